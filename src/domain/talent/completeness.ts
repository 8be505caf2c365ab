/**
 * How complete a talent's profile is, and what is missing, each item pointing at the profile
 * section where it is filled in. Pure: the page, the API and reports compute it the same way.
 */

export type ProfileSectionAnchor =
  'basic' | 'skills' | 'experience' | 'interests' | 'availability' | 'preferences' | 'regions' | 'documents';

export interface CompletenessInput {
  profile: {
    familyName: string;
    givenName: string;
    familyNameKana: string;
    givenNameKana: string;
    phone: string | null;
    prefectureCode: string | null;
    headline: string;
    currentWork: string;
    bio: string;
    fieldsOfInterest: readonly string[];
    hoursPerWeek: number | null;
    availableWeekdays: boolean;
    availableWeekends: boolean;
    preferredWorkStyle: string | null;
  } | null;
  skillCount: number;
  experienceCount: number;
  regionTieCount: number;
  documentCount: number;
}

export interface CompletenessItem {
  /** i18n key suffix: talent.completeness.item.<key> */
  key: string;
  section: ProfileSectionAnchor;
  done: boolean;
}

export interface ProfileCompleteness {
  /** 0–100, rounded down so 100 means truly complete. */
  percent: number;
  items: CompletenessItem[];
  missing: CompletenessItem[];
}

export function computeProfileCompleteness(input: CompletenessInput): ProfileCompleteness {
  const p = input.profile;
  const filled = (text: string | null | undefined) => Boolean(text && text.trim());
  const items: CompletenessItem[] = [
    {
      key: 'name',
      section: 'basic',
      done: Boolean(
        p &&
        filled(p.familyName) &&
        filled(p.givenName) &&
        filled(p.familyNameKana) &&
        filled(p.givenNameKana),
      ),
    },
    { key: 'phone', section: 'basic', done: filled(p?.phone) },
    { key: 'prefecture', section: 'basic', done: filled(p?.prefectureCode) },
    { key: 'headline', section: 'basic', done: filled(p?.headline) },
    { key: 'currentWork', section: 'basic', done: filled(p?.currentWork) },
    { key: 'bio', section: 'basic', done: filled(p?.bio) },
    { key: 'skills', section: 'skills', done: input.skillCount > 0 },
    { key: 'experience', section: 'experience', done: input.experienceCount > 0 },
    { key: 'interests', section: 'interests', done: (p?.fieldsOfInterest.length ?? 0) > 0 },
    {
      key: 'availability',
      section: 'availability',
      done: Boolean(p && p.hoursPerWeek !== null && (p.availableWeekdays || p.availableWeekends)),
    },
    { key: 'workStyle', section: 'preferences', done: filled(p?.preferredWorkStyle) },
    { key: 'regions', section: 'regions', done: input.regionTieCount > 0 },
    { key: 'documents', section: 'documents', done: input.documentCount > 0 },
  ];
  const done = items.filter((item) => item.done).length;
  return {
    percent: Math.floor((done / items.length) * 100),
    items,
    missing: items.filter((item) => !item.done),
  };
}

import type { StageCategory } from '#src/domain/applications/stages';
import { IDENTITY_REVEALED_CATEGORIES } from '#src/domain/applications/stages';
import type { TalentProfileView } from '#src/domain/talent/view';

/**
 * Blind screening: until an application reaches the interview stage, reviewers see neither the
 * applicant's name nor their age, gender, photo, contact details or documents, only what they can do.
 */
export function isIdentityHidden(options: {
  blindScreening: boolean;
  stageCategory: StageCategory;
}): boolean {
  return options.blindScreening && !IDENTITY_REVEALED_CATEGORIES.includes(options.stageCategory);
}

/** The stand-in for a hidden name, e.g. 応募者 #123: the applicant's place in the order of submission. */
export function blindLabelParams(applicantNumber: number): { number: number } {
  return { number: applicantNumber };
}

/**
 * A profile as a blind reviewer may see it: the account id, names, birth year, gender, contact
 * details and documents (a CV carries all of them) are removed; skills, experience, availability
 * and ties stay.
 */
export function redactTalentProfileView(view: TalentProfileView, label: string): TalentProfileView {
  return {
    ...view,
    id: '',
    displayName: label,
    name: { familyName: '', givenName: '', familyNameKana: '', givenNameKana: '' },
    contact: null,
    documents: null,
    completeness: null,
    profile: view.profile ? { ...view.profile, birthYear: null, gender: null } : null,
  };
}

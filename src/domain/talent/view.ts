import type { TalentAccessBasis, TalentAccessLevel } from './can-view-talent-profile';
import { computeProfileCompleteness, type ProfileCompleteness } from './completeness';
import type { TalentProfileParts } from './profile-records';
import type { ProfileVisibility, RegionTieKind } from './types';

/**
 * A talent's profile as one viewer may see it. Sections the viewer may not see are null, never
 * filled with placeholders, so neither the page nor the API can show them by mistake.
 */
export interface TalentProfileView {
  id: string;
  access: {
    level: Exclude<TalentAccessLevel, 'none'>;
    contact: boolean;
    documents: boolean;
    basis: TalentAccessBasis;
  };
  displayName: string;
  name: { familyName: string; givenName: string; familyNameKana: string; givenNameKana: string };
  /** Only with an application relation (or for the talent themself and admins). */
  contact: { email: string; phone: string | null } | null;
  /** Null at the 'application' level: the talent keeps the profile private. */
  profile: {
    headline: string;
    currentWork: string;
    bio: string;
    prefectureCode: string | null;
    birthYear: number | null;
    gender: string | null;
    fieldsOfInterest: string[];
    tags: string[];
    hoursPerWeek: number | null;
    availableWeekdays: boolean;
    availableWeekends: boolean;
    availableFrom: string | null;
    preferredWorkStyle: string | null;
    compensationExpectation: number | null;
    compensationExpectationUnit: string | null;
    graduationYear: number | null;
    visibility: ProfileVisibility;
    updatedAt: string | null;
    skills: Array<{ skill: string; level: number }>;
    experiences: Array<{
      id: string;
      organisation: string;
      role: string;
      startedOn: string | null;
      endedOn: string | null;
      description: string;
    }>;
    regionTies: Array<{ regionCode: string; prefectureCode: string; kind: RegionTieKind }>;
  } | null;
  /** Résumé / portfolio PDFs: only with an application relation (or self / admin). */
  documents: Array<{
    id: string;
    kind: string;
    originalName: string;
    sizeBytes: number;
    createdAt: string;
  }> | null;
  /** Only for the talent themself. */
  completeness: ProfileCompleteness | null;
}

export function namesOf(parts: TalentProfileParts) {
  const [fallbackFamily = '', fallbackGiven = ''] = parts.account.displayName.trim().split(/\s+/u);
  const p = parts.profile;
  return {
    familyName: p?.familyName || fallbackFamily,
    givenName: p?.givenName || fallbackGiven,
    familyNameKana: p?.familyNameKana ?? '',
    givenNameKana: p?.givenNameKana ?? '',
  };
}

export function completenessOf(parts: TalentProfileParts): ProfileCompleteness {
  return computeProfileCompleteness({
    profile: parts.profile,
    skillCount: parts.skills.length,
    experienceCount: parts.experiences.length,
    regionTieCount: parts.regionTies.length,
    documentCount: parts.documents.length,
  });
}

export function shapeTalentProfileView(
  parts: TalentProfileParts,
  access: {
    level: Exclude<TalentAccessLevel, 'none'>;
    contact: boolean;
    documents: boolean;
    basis: TalentAccessBasis;
  },
): TalentProfileView {
  const p = parts.profile;
  const names = namesOf(parts);
  return {
    id: parts.account.id,
    access,
    displayName:
      names.familyName && names.givenName
        ? `${names.familyName} ${names.givenName}`
        : parts.account.displayName,
    name: names,
    contact: access.contact ? { email: parts.account.email, phone: p?.phone ?? null } : null,
    profile:
      access.level === 'full'
        ? {
            headline: p?.headline ?? '',
            currentWork: p?.currentWork ?? '',
            bio: p?.bio ?? '',
            prefectureCode: p?.prefectureCode ?? null,
            birthYear: p?.birthYear ?? null,
            gender: p?.gender ?? null,
            fieldsOfInterest: p?.fieldsOfInterest ?? [],
            tags: p?.tags ?? [],
            hoursPerWeek: p?.hoursPerWeek ?? null,
            availableWeekdays: p?.availableWeekdays ?? false,
            availableWeekends: p?.availableWeekends ?? false,
            availableFrom: p?.availableFrom ?? null,
            preferredWorkStyle: p?.preferredWorkStyle ?? null,
            compensationExpectation: p?.compensationExpectation ?? null,
            compensationExpectationUnit: p?.compensationExpectationUnit ?? null,
            graduationYear: p?.graduationYear ?? null,
            visibility: p?.visibility ?? 'applied_hosts',
            updatedAt: p?.updatedAt ? p.updatedAt.toISOString() : null,
            skills: parts.skills,
            experiences: parts.experiences.map((entry) => ({
              id: entry.id,
              organisation: entry.organisation,
              role: entry.role,
              startedOn: entry.startedOn,
              endedOn: entry.endedOn,
              description: entry.description,
            })),
            regionTies: parts.regionTies,
          }
        : null,
    documents: access.documents
      ? parts.documents.map((doc) => ({ ...doc, createdAt: doc.createdAt.toISOString() }))
      : null,
    completeness: access.basis === 'self' ? completenessOf(parts) : null,
  };
}

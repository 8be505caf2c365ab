import type {
  profileVisibility,
  regionTieKind,
  talentDocuments,
  talentExperiences,
  talentProfiles,
} from '#src/db/schema';

export type ProfileVisibility = (typeof profileVisibility.enumValues)[number];
export type RegionTieKind = (typeof regionTieKind.enumValues)[number];
export type TalentProfileRow = typeof talentProfiles.$inferSelect;
export type TalentProfileInsert = typeof talentProfiles.$inferInsert;
export type TalentExperienceRow = typeof talentExperiences.$inferSelect;
export type TalentDocumentRow = typeof talentDocuments.$inferSelect;

export const PROFILE_VISIBILITIES = [
  'private',
  'applied_hosts',
  'open_to_scouting',
] as const satisfies readonly ProfileVisibility[];
export const REGION_TIE_KINDS = [
  'hometown',
  'lived',
  'studied',
  'family',
  'visited',
  'wants_to_move',
] as const satisfies readonly RegionTieKind[];
export const WORK_STYLES = ['remote', 'hybrid', 'onsite'] as const;
export const GENDERS = ['female', 'male', 'other', 'prefer_not_to_say'] as const;
export type Gender = (typeof GENDERS)[number];
/** Units a talent states their compensation expectation in (the opportunities' units, less 'none'). */
export const EXPECTATION_UNITS = ['hour', 'month', 'project'] as const;
export type ExpectationUnit = (typeof EXPECTATION_UNITS)[number];

export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;
export const MAX_DOCUMENTS_PER_TALENT = 5;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_KINDS = ['resume', 'portfolio'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

import type { OpportunityEligibility } from '#src/db/schema';
import { derivePrefectureCodes, type OpportunityInput } from './schema';
import type { OpportunityRow } from './types';

/** Validated host input → the columns it sets. */
export function opportunityColumns(input: OpportunityInput) {
  const eligibility: OpportunityEligibility = {};
  if (input.eligibility.graduationYear !== null)
    eligibility.graduationYear = input.eligibility.graduationYear;
  if (input.eligibility.residentMunicipalityCodes.length > 0) {
    eligibility.residentMunicipalityCodes = input.eligibility.residentMunicipalityCodes;
  }
  if (input.eligibility.note) eligibility.note = input.eligibility.note;
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    kind: input.kind,
    municipalityCodes: input.municipalityCodes,
    prefectureCodes: derivePrefectureCodes(input.municipalityCodes, input.prefectureCodes),
    workStyle: input.workStyle,
    visitsPerMonth: input.workStyle === 'remote' ? null : input.visitsPerMonth,
    hoursPerWeekMin: input.hoursPerWeekMin,
    hoursPerWeekMax: input.hoursPerWeekMax,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    durationMonths: input.durationMonths,
    compensationUnit: input.compensationUnit,
    compensationMin: input.compensationUnit === 'none' ? null : input.compensationMin,
    compensationMax: input.compensationUnit === 'none' ? null : input.compensationMax,
    fields: input.fields,
    requiredSkills: input.requiredSkills,
    preferredSkills: input.preferredSkills.filter((skill) => !input.requiredSkills.includes(skill)),
    tags: input.tags,
    eligibility,
    openings: input.openings,
    applicationsOpenAt: input.applicationsOpenAt,
    applicationsCloseAt: input.applicationsCloseAt,
    languages: input.languages,
    howToApply: input.howToApply,
    programmeId: input.programmeId,
    blindScreening: input.blindScreening,
    updatedAt: new Date(),
  };
}

/** A stored opportunity as raw input, so a partial change (REST PATCH) can be merged over it. */
export function opportunityAsInput(row: OpportunityRow): Record<string, unknown> {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind,
    prefectureCodes: row.prefectureCodes,
    municipalityCodes: row.municipalityCodes,
    workStyle: row.workStyle,
    visitsPerMonth: row.visitsPerMonth,
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    durationMonths: row.durationMonths,
    compensationUnit: row.compensationUnit,
    compensationMin: row.compensationMin,
    compensationMax: row.compensationMax,
    fields: row.fields,
    requiredSkills: row.requiredSkills,
    preferredSkills: row.preferredSkills,
    tags: row.tags,
    eligibility: {
      graduationYear: row.eligibility.graduationYear ?? null,
      residentMunicipalityCodes: row.eligibility.residentMunicipalityCodes ?? [],
      note: row.eligibility.note ?? '',
    },
    openings: row.openings,
    applicationsOpenAt: row.applicationsOpenAt,
    applicationsCloseAt: row.applicationsCloseAt,
    languages: row.languages,
    howToApply: row.howToApply,
    programmeId: row.programmeId,
    blindScreening: row.blindScreening,
  };
}

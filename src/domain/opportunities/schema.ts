import { z } from 'zod';
import {
  findPlacesByName,
  getMunicipality,
  getPrefecture,
  listPrefectures,
  type Municipality,
} from '#src/domain/regions/data';
import { WORK_FIELD_IDS } from '#src/domain/taxonomy/fields';
import { SKILL_SLUGS } from '#src/domain/taxonomy/skills';
import { AppError } from '#src/lib/errors';
import {
  COMPENSATION_UNITS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_LANGUAGES,
  WORK_STYLES,
  type CompensationUnit,
  type OpportunityKind,
  type WorkStyle,
} from './types';

/*
 * One input schema for the host form and the REST API. It is lenient about how values arrive
 * (numbers or numeric text, one value or a list, "" for "not given") so a form post and a JSON
 * body validate the same way; messages are i18n keys.
 */

const blankToUndefined = (value: unknown) =>
  value === '' || value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

function optionalInt(min: number, max: number, message: string) {
  return z.preprocess((value) => {
    const present = blankToUndefined(value);
    if (present === undefined) return null;
    if (typeof present === 'string') {
      const normalised = present.normalize('NFKC').replace(/[,\s円¥]/g, '');
      return /^-?\d+$/.test(normalised) ? Number(normalised) : Number.NaN;
    }
    return present;
  }, z.number(message).int(message).min(min, message).max(max, message).nullable());
}

function list(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const strings = items.filter((item): item is string => typeof item === 'string');
  return [...new Set(strings.map((item) => item.trim()).filter(Boolean))];
}

function stringList<T extends z.ZodType<string>>(item: T, maxItems: number, tooMany: string) {
  return z.preprocess(list, z.array(item).max(maxItems, tooMany));
}

const dateOnly = z.preprocess(
  (value) => blankToUndefined(value) ?? null,
  z
    .string('opportunities.validation.date')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'opportunities.validation.date')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'opportunities.validation.date')
    .nullable(),
);

/** A datetime-local value ("2026-07-01T18:00") is read as Japan time; full ISO strings keep their offset. */
export function parseTokyoDateTime(value: string): Date | null {
  const trimmed = value.trim();
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(trimmed);
  const date = local ? new Date(`${local[1]}T${local[2]}${local[3] ?? ':00'}+09:00`) : new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateTime = z.preprocess((value) => {
  const present = blankToUndefined(value);
  if (present === undefined) return null;
  if (present instanceof Date) return present;
  if (typeof present === 'string') return parseTokyoDateTime(present) ?? 'invalid';
  return present;
}, z.date('opportunities.validation.dateTime').nullable());

const longText = (max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? '' : value),
    z
      .string('validation.invalid')
      .max(max, 'opportunities.validation.tooLong')
      .transform((text) => text.replace(/\r\n/g, '\n').trim()),
  );

/** Names like "古賀市" or "福岡県古賀市", or local-government codes, resolved to municipalities. */
export function resolveMunicipality(entry: string): Municipality | 'ambiguous' | undefined {
  const text = entry.trim();
  if (/^\d{5,6}$/.test(text)) return getMunicipality(text);
  const prefecture = listPrefectures().find((candidate) => text.startsWith(candidate.name));
  const rest = prefecture ? text.slice(prefecture.name.length) : text;
  if (!rest) return undefined;
  const matches = findPlacesByName(rest)
    .filter((match) => match.type === 'municipality')
    .map((match) => match.municipality)
    .filter((municipality) => !prefecture || municipality.prefectureCode === prefecture.code);
  const wanted = rest.normalize('NFKC');
  const exact = matches.filter((municipality) => {
    const parent = municipality.parentCode ? getMunicipality(municipality.parentCode) : undefined;
    return (
      municipality.name === wanted ||
      municipality.name.replace(/[市町村区]$/u, '') === wanted ||
      (parent !== undefined && parent.name + municipality.name === wanted)
    );
  });
  const candidates = exact.length ? exact : matches;
  if (candidates.length === 0) return undefined;
  return candidates.length === 1 ? candidates[0] : 'ambiguous';
}

const municipalityCodes = (unknownKey: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(/[,、，\n]/) : value),
    z
      .preprocess(list, z.array(z.string()).max(50, 'opportunities.validation.tooManyPlaces'))
      .transform((entries, context) => {
        const codes: string[] = [];
        for (const entry of entries) {
          const found = resolveMunicipality(entry);
          if (!found || found === 'ambiguous') {
            context.addIssue({
              code: 'custom',
              message: found === 'ambiguous' ? 'opportunities.validation.ambiguousMunicipality' : unknownKey,
            });
            return z.NEVER;
          }
          if (!codes.includes(found.code)) codes.push(found.code);
        }
        return codes;
      }),
  );

const prefectureCodes = z.preprocess(
  list,
  z
    .array(
      z
        .string()
        .refine(
          (code) => /^\d{2}$/.test(code) && getPrefecture(code) !== undefined,
          'opportunities.validation.prefecture',
        ),
    )
    .max(47, 'opportunities.validation.prefecture'),
);

const tags = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[,、，\n#＃]/) : value),
  stringList(
    z.string().max(40, 'opportunities.validation.tagTooLong'),
    20,
    'opportunities.validation.tooManyTags',
  ),
);

function enumWithDefault<T extends string>(values: readonly T[], fallback: T, message: string) {
  return z.preprocess((value) => blankToUndefined(value) ?? fallback, z.enum(values as [T, ...T[]], message));
}

const booleanish = z.preprocess(
  (value) => value === true || value === 'true' || value === 'on' || value === '1',
  z.boolean(),
);

export const OpportunityInputSchema = z.object({
  title: z
    .string('validation.required')
    .trim()
    .min(1, 'validation.required')
    .max(120, 'opportunities.validation.titleTooLong'),
  summary: longText(300),
  description: longText(20000),
  kind: enumWithDefault<OpportunityKind>(OPPORTUNITY_KINDS, 'side_job', 'opportunities.validation.kind'),
  prefectureCodes,
  municipalityCodes: municipalityCodes('opportunities.validation.unknownMunicipality'),
  workStyle: enumWithDefault<WorkStyle>(WORK_STYLES, 'remote', 'opportunities.validation.workStyle'),
  visitsPerMonth: optionalInt(0, 31, 'opportunities.validation.visits'),
  hoursPerWeekMin: optionalInt(0, 80, 'opportunities.validation.hours'),
  hoursPerWeekMax: optionalInt(0, 80, 'opportunities.validation.hours'),
  startsOn: dateOnly,
  endsOn: dateOnly,
  durationMonths: optionalInt(1, 60, 'opportunities.validation.duration'),
  compensationUnit: enumWithDefault<CompensationUnit>(
    COMPENSATION_UNITS,
    'none',
    'opportunities.validation.compensationUnit',
  ),
  compensationMin: optionalInt(0, 100_000_000, 'opportunities.validation.amount'),
  compensationMax: optionalInt(0, 100_000_000, 'opportunities.validation.amount'),
  fields: stringList(
    z.enum(WORK_FIELD_IDS, 'opportunities.validation.field'),
    16,
    'opportunities.validation.field',
  ),
  requiredSkills: stringList(
    z.enum(SKILL_SLUGS, 'opportunities.validation.skill'),
    30,
    'opportunities.validation.skill',
  ),
  preferredSkills: stringList(
    z.enum(SKILL_SLUGS, 'opportunities.validation.skill'),
    30,
    'opportunities.validation.skill',
  ),
  tags,
  eligibility: z.preprocess(
    (value) => (value && typeof value === 'object' ? value : {}),
    z.object({
      graduationYear: optionalInt(2000, 2100, 'opportunities.validation.graduationYear'),
      residentMunicipalityCodes: municipalityCodes('opportunities.validation.unknownMunicipality'),
      note: longText(500),
    }),
  ),
  openings: z.preprocess(
    (value) => blankToUndefined(value) ?? 1,
    optionalInt(1, 10_000, 'opportunities.validation.openings').pipe(z.number()),
  ),
  applicationsOpenAt: dateTime,
  applicationsCloseAt: dateTime,
  languages: z.preprocess(
    (value) => {
      const items = list(value);
      return items.length ? items : ['ja'];
    },
    z.array(z.enum(OPPORTUNITY_LANGUAGES, 'opportunities.validation.language')),
  ),
  howToApply: longText(3000),
  programmeId: z.preprocess(
    (value) => blankToUndefined(value) ?? null,
    z.uuid('opportunities.validation.programme').nullable(),
  ),
  blindScreening: booleanish,
});

type CrossFieldValues = Pick<
  z.output<typeof OpportunityInputSchema>,
  | 'hoursPerWeekMin'
  | 'hoursPerWeekMax'
  | 'compensationMin'
  | 'compensationMax'
  | 'startsOn'
  | 'endsOn'
  | 'applicationsOpenAt'
  | 'applicationsCloseAt'
>;
const crossFieldKeys = [
  'hoursPerWeekMin',
  'hoursPerWeekMax',
  'compensationMin',
  'compensationMax',
  'startsOn',
  'endsOn',
  'applicationsOpenAt',
  'applicationsCloseAt',
] as const;

/** Checks between fields (minimum ≤ maximum, start ≤ end, opening < deadline). */
function crossFieldProblems(input: CrossFieldValues): Record<string, string> {
  const problems: Record<string, string> = {};
  const { hoursPerWeekMin, hoursPerWeekMax, compensationMin, compensationMax } = input;
  if (hoursPerWeekMin !== null && hoursPerWeekMax !== null && hoursPerWeekMin > hoursPerWeekMax) {
    problems.hoursPerWeekMax = 'opportunities.validation.hoursOrder';
  }
  if (compensationMin !== null && compensationMax !== null && compensationMin > compensationMax) {
    problems.compensationMax = 'opportunities.validation.amountOrder';
  }
  if (input.startsOn && input.endsOn && input.startsOn > input.endsOn) {
    problems.endsOn = 'opportunities.validation.periodOrder';
  }
  if (
    input.applicationsOpenAt &&
    input.applicationsCloseAt &&
    input.applicationsOpenAt >= input.applicationsCloseAt
  ) {
    problems.applicationsCloseAt = 'opportunities.validation.windowOrder';
  }
  return problems;
}

/** Each cross-checked field parsed on its own, so those checks run even when other fields fail. */
function crossFieldValues(raw: unknown): CrossFieldValues {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const values: Record<string, unknown> = {};
  for (const key of crossFieldKeys) {
    const parsed = OpportunityInputSchema.shape[key].safeParse(source[key]);
    values[key] = parsed.success ? parsed.data : null;
  }
  return values as CrossFieldValues;
}

export type OpportunityInput = z.output<typeof OpportunityInputSchema>;

/** Field name (dotted for nested ones, as the form names them) → i18n key. */
export function opportunityFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((part) => typeof part === 'string').join('.') || '_form';
    fields[key] ??=
      issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid';
  }
  return fields;
}

/** Parses host input for a draft (only the title is required); throws INVALID_INPUT with field errors. */
export function parseOpportunityInput(raw: unknown): OpportunityInput {
  const result = OpportunityInputSchema.safeParse(raw);
  const problems = result.success ? {} : opportunityFieldErrors(result.error);
  for (const [field, message] of Object.entries(
    crossFieldProblems(result.success ? result.data : crossFieldValues(raw)),
  )) {
    problems[field] ??= message;
  }
  if (!result.success || Object.keys(problems).length > 0) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', problems);
  }
  return result.data;
}

export interface PublishableFields {
  title: string;
  summary: string;
  description: string;
  workStyle: WorkStyle;
  municipalityCodes: readonly string[];
  prefectureCodes: readonly string[];
  compensationUnit: CompensationUnit;
  compensationMin: number | null;
  compensationMax: number | null;
  fields: readonly string[];
  howToApply: string;
  applicationsCloseAt: Date | null;
}

/**
 * What publishing needs on top of a valid draft: enough for a reader to decide and for a valid
 * JobPosting (a description, a place unless fully remote, the pay when paid, a way to apply).
 */
export function publishingProblems(
  opportunity: PublishableFields,
  now: Date = new Date(),
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (opportunity.summary.trim().length === 0) problems.summary = 'validation.required';
  if (opportunity.description.trim().length < 50)
    problems.description = 'opportunities.validation.descriptionTooShort';
  if (
    opportunity.workStyle !== 'remote' &&
    opportunity.municipalityCodes.length === 0 &&
    opportunity.prefectureCodes.length === 0
  ) {
    problems.municipalityCodes = 'opportunities.validation.placeRequired';
  }
  if (
    opportunity.compensationUnit !== 'none' &&
    opportunity.compensationMin === null &&
    opportunity.compensationMax === null
  ) {
    problems.compensationMin = 'opportunities.validation.amountRequired';
  }
  if (opportunity.fields.length === 0) problems.fields = 'opportunities.validation.fieldRequired';
  if (opportunity.howToApply.trim().length === 0) problems.howToApply = 'validation.required';
  if (opportunity.applicationsCloseAt && opportunity.applicationsCloseAt <= now) {
    problems.applicationsCloseAt = 'opportunities.validation.closeInPast';
  }
  return problems;
}

/** Throws INVALID_INPUT (with the fields to fix) when the opportunity is not ready to publish. */
export function assertPublishable(opportunity: PublishableFields, now: Date = new Date()): void {
  const problems = publishingProblems(opportunity, now);
  if (Object.keys(problems).length > 0) {
    throw new AppError('INVALID_INPUT', 'opportunities.errors.notReadyToPublish', problems);
  }
}

/** Every prefecture a set of municipalities lies in, plus any named on their own. */
export function derivePrefectureCodes(
  municipalityCodes: readonly string[],
  prefectureCodes: readonly string[],
) {
  const codes = new Set(prefectureCodes);
  for (const code of municipalityCodes) {
    const municipality = getMunicipality(code);
    if (municipality) codes.add(municipality.prefectureCode);
  }
  return [...codes].sort();
}

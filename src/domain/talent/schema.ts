import { z } from 'zod';
import {
  getMunicipality,
  getPrefecture,
  listMunicipalities,
  normalizePlaceQuery,
} from '#src/domain/regions/data';
import { WORK_FIELD_IDS } from '#src/domain/taxonomy/fields';
import { SKILL_SLUGS } from '#src/domain/taxonomy/skills';
import { normalizeKana } from './kana';
import { EXPECTATION_UNITS, GENDERS, PROFILE_VISIBILITIES, REGION_TIE_KINDS, WORK_STYLES } from './types';

/*
 * Validation for the profile, shared by the page forms (strings from FormData) and the REST API
 * (JSON). Messages are i18n keys. Each schema's output parses again to itself, so a route may
 * validate for the form and the domain validate again without surprises.
 */

const THIS_YEAR = new Date().getFullYear();

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** '' and missing → null; numeric text → number; anything else passes through to fail validation. */
function optionalInt(min: number, max: number, message: string) {
  return z.preprocess(
    (value) =>
      isBlank(value) ? null : typeof value === 'string' ? Number(value.normalize('NFKC').trim()) : value,
    z.number(message).int(message).min(min, message).max(max, message).nullable(),
  );
}

function requiredText(max: number, tooLong: string) {
  return z
    .string('validation.required')
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(1, 'validation.required').max(max, tooLong));
}

function optionalText(max: number, tooLong: string) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? '' : value),
    z
      .string('validation.invalid')
      .transform((value) => value.normalize('NFC').replace(/\r\n/g, '\n').trim())
      .pipe(z.string().max(max, tooLong)),
  );
}

function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (value) => (isBlank(value) ? null : value),
    z.enum(values, 'validation.invalid').nullable(),
  );
}

/** A checkbox: 'on' / 'true' / true when ticked; absent when not. */
const Checkbox = z.preprocess(
  (value) => value === true || value === 'on' || value === 'true' || value === '1',
  z.boolean(),
);

/** One or many values from a form, or an array from JSON. */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) =>
      value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value],
    z.array(item),
  );
}

export const KanaSchema = z
  .string('validation.required')
  .transform((value) => value.trim())
  .pipe(z.string().min(1, 'validation.required').max(50, 'talent.validation.nameTooLong'))
  .transform((value, context) => {
    const kana = normalizeKana(value);
    if (kana === null) {
      context.addIssue({ code: 'custom', message: 'talent.validation.kana' });
      return z.NEVER;
    }
    return kana;
  });

/** Japanese numbers (03-1234-5678, 090-1234-5678) or international (+81 90 1234 5678): 10–15 digits. */
export const PhoneSchema = z.preprocess(
  (value) => (isBlank(value) ? null : typeof value === 'string' ? value.normalize('NFKC').trim() : value),
  z
    .string('talent.validation.phone')
    .regex(/^\+?[\d\s()-]+$/, 'talent.validation.phone')
    .refine((value) => {
      const digits = value.replace(/\D/g, '').length;
      return digits >= 10 && digits <= 15;
    }, 'talent.validation.phone')
    .nullable(),
);

export const PrefectureCodeSchema = z
  .string('validation.required')
  .refine(
    (code) => /^\d{2}$/.test(code) && getPrefecture(code) !== undefined,
    'talent.validation.prefecture',
  );

const OptionalPrefectureSchema = z.preprocess(
  (value) => (isBlank(value) ? null : value),
  PrefectureCodeSchema.nullable(),
);

/** 'YYYY-MM-DD' (a date input), or null. */
const OptionalDateSchema = z.preprocess(
  (value) => (isBlank(value) ? null : value),
  z
    .string('validation.invalid')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'talent.validation.date')
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'talent.validation.date')
    .nullable(),
);

/** 'YYYY-MM' (a month input) or a full date, stored as the first of the month; or null. */
const OptionalMonthSchema = z.preprocess(
  (value) => {
    if (isBlank(value)) return null;
    if (typeof value !== 'string') return value;
    const match = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(value.normalize('NFKC').trim());
    return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-01` : value;
  },
  z
    .string('validation.invalid')
    .regex(/^\d{4}-\d{2}-01$/, 'talent.validation.month')
    .refine((value) => {
      const year = Number(value.slice(0, 4));
      const month = Number(value.slice(5, 7));
      return year >= 1950 && year <= THIS_YEAR + 1 && month >= 1 && month <= 12;
    }, 'talent.validation.month')
    .nullable(),
);

// ---------------------------------------------------------------------------------------------------------
// Profile sections

export const ProfileBasicsSchema = z.object({
  familyName: requiredText(50, 'talent.validation.nameTooLong'),
  givenName: requiredText(50, 'talent.validation.nameTooLong'),
  familyNameKana: KanaSchema,
  givenNameKana: KanaSchema,
  phone: PhoneSchema,
  birthYear: optionalInt(1920, THIS_YEAR - 15, 'talent.validation.birthYear'),
  gender: optionalEnum(GENDERS),
  prefectureCode: OptionalPrefectureSchema,
  headline: optionalText(100, 'talent.validation.headlineTooLong'),
  currentWork: optionalText(200, 'talent.validation.currentWorkTooLong'),
  bio: optionalText(2000, 'talent.validation.bioTooLong'),
});

export const ProfileInterestsSchema = z.object({
  fieldsOfInterest: listOf(z.enum(WORK_FIELD_IDS, 'validation.invalid'))
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length <= 8, 'talent.validation.tooManyFields'),
});

export const ProfileAvailabilitySchema = z.object({
  hoursPerWeek: optionalInt(1, 80, 'talent.validation.hoursPerWeek'),
  availableWeekdays: Checkbox,
  availableWeekends: Checkbox,
  availableFrom: OptionalDateSchema,
});

const preferencesShape = {
  preferredWorkStyle: optionalEnum(WORK_STYLES),
  compensationExpectation: optionalInt(0, 100_000_000, 'talent.validation.compensation'),
  compensationExpectationUnit: optionalEnum(EXPECTATION_UNITS),
  graduationYear: optionalInt(THIS_YEAR - 10, THIS_YEAR + 8, 'talent.validation.graduationYear'),
};

export const ProfilePreferencesSchema = z
  .object(preferencesShape)
  .superRefine((value, context) => {
    if (value.compensationExpectation !== null && value.compensationExpectationUnit === null) {
      context.addIssue({
        code: 'custom',
        path: ['compensationExpectationUnit'],
        message: 'talent.validation.compensationUnit',
      });
    }
  })
  // A unit without an amount says nothing; keep the two consistent.
  .transform((value) =>
    value.compensationExpectation === null ? { ...value, compensationExpectationUnit: null } : value,
  );

export const ProfileVisibilitySchema = z.object({
  visibility: z.enum(PROFILE_VISIBILITIES, 'talent.validation.visibility'),
});

export const MAX_SKILLS = 30;
export const MAX_TAGS = 20;

export const SkillEntrySchema = z.object({
  skill: z.enum(SKILL_SLUGS, 'talent.validation.skill'),
  level: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    z
      .number('talent.validation.skillLevel')
      .int('talent.validation.skillLevel')
      .min(1, 'talent.validation.skillLevel')
      .max(5, 'talent.validation.skillLevel'),
  ),
});

/** Free tags: '#二拠点生活, 農業、ドローン' from a form, or an array from JSON. */
export const TagsSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[,、，\n]/u) : (value ?? [])),
  z
    .array(z.string('validation.invalid'))
    .transform((tags) => [
      ...new Set(tags.map((tag) => tag.normalize('NFKC').trim().replace(/^#+/u, '').trim()).filter(Boolean)),
    ])
    .pipe(
      z
        .array(z.string().max(30, 'talent.validation.tagTooLong'))
        .max(MAX_TAGS, 'talent.validation.tooManyTags'),
    ),
);

export const ProfileSkillsSchema = z.object({
  skills: z
    .array(SkillEntrySchema)
    .max(MAX_SKILLS, 'talent.validation.tooManySkills')
    .refine(
      (entries) => new Set(entries.map((entry) => entry.skill)).size === entries.length,
      'talent.validation.duplicateSkill',
    ),
  tags: TagsSchema,
});

export const ExperienceSchema = z
  .object({
    organisation: requiredText(100, 'talent.validation.organisationTooLong'),
    role: requiredText(100, 'talent.validation.roleTooLong'),
    startedOn: OptionalMonthSchema,
    endedOn: OptionalMonthSchema,
    description: optionalText(1000, 'talent.validation.descriptionTooLong'),
  })
  .superRefine((value, context) => {
    if (value.startedOn && value.endedOn && value.endedOn < value.startedOn) {
      context.addIssue({ code: 'custom', path: ['endedOn'], message: 'talent.validation.endBeforeStart' });
    }
  });
export const MAX_EXPERIENCES = 20;

/**
 * A municipality named in a prefecture: its code, its name ('長岡市'), or a designated city's ward
 * with or without the city ('北区', '新潟市北区'). Returns the 6-digit code, or undefined.
 */
export function resolveMunicipality(prefectureCode: string, text: string): string | undefined {
  const query = text.normalize('NFKC').trim();
  if (/^\d{5,6}$/.test(query)) {
    const municipality = getMunicipality(query);
    return municipality?.prefectureCode === prefectureCode ? municipality.code : undefined;
  }
  const wanted = normalizePlaceQuery(query);
  const candidates = listMunicipalities(prefectureCode);
  const byName = candidates.filter((m) => {
    const parent = m.parentCode ? getMunicipality(m.parentCode) : undefined;
    const names = [m.name, ...(parent ? [parent.name + m.name] : [])];
    return names.some((name) => normalizePlaceQuery(name) === wanted);
  });
  // A ward name alone ('北区') may exist in two designated cities of a prefecture: then it is ambiguous.
  return byName.length === 1 ? byName[0]!.code : undefined;
}

/** A tie as the form sends it: prefecture + optional municipality name or code + kind. */
export const RegionTieFormSchema = z
  .object({
    prefectureCode: PrefectureCodeSchema,
    municipality: optionalText(40, 'talent.validation.municipality'),
    kind: z.enum(REGION_TIE_KINDS, 'talent.validation.tieKind'),
  })
  .transform((value, context) => {
    let regionCode = value.prefectureCode;
    if (value.municipality) {
      const code = resolveMunicipality(value.prefectureCode, value.municipality);
      if (!code) {
        context.addIssue({
          code: 'custom',
          path: ['municipality'],
          message: 'talent.validation.municipality',
        });
        return z.NEVER;
      }
      regionCode = code;
    }
    return {
      regionCode,
      prefectureCode: value.prefectureCode,
      kind: value.kind,
    };
  });
export const MAX_REGION_TIES = 20;

/** A tie as the API sends it: a prefecture (2 digits) or municipality (6 digits) code + kind. */
export const RegionTieCodeSchema = z
  .object({
    regionCode: z.string('validation.required'),
    kind: z.enum(REGION_TIE_KINDS, 'talent.validation.tieKind'),
  })
  .transform((value, context) => {
    const prefecture = /^\d{2}$/.test(value.regionCode) ? getPrefecture(value.regionCode) : undefined;
    const municipality = /^\d{6}$/.test(value.regionCode) ? getMunicipality(value.regionCode) : undefined;
    const prefectureCode = prefecture?.code ?? municipality?.prefectureCode;
    if (!prefectureCode) {
      context.addIssue({ code: 'custom', path: ['regionCode'], message: 'talent.validation.regionCode' });
      return z.NEVER;
    }
    return { regionCode: value.regionCode, prefectureCode, kind: value.kind };
  });

/** The whole profile in one document (PUT /me/profile): every section; lists replace what was there. */
export const TalentProfileDocumentSchema = ProfileBasicsSchema.extend({
  ...ProfileInterestsSchema.shape,
  ...ProfileAvailabilitySchema.shape,
  ...preferencesShape,
  visibility: ProfileVisibilitySchema.shape.visibility,
  skills: ProfileSkillsSchema.shape.skills.optional(),
  tags: TagsSchema.optional(),
  regionTies: z.array(RegionTieCodeSchema).max(MAX_REGION_TIES, 'talent.validation.tooManyTies').optional(),
  experiences: z
    .array(ExperienceSchema)
    .max(MAX_EXPERIENCES, 'talent.validation.tooManyExperiences')
    .optional(),
}).superRefine((value, context) => {
  if (value.compensationExpectation !== null && value.compensationExpectationUnit === null) {
    context.addIssue({
      code: 'custom',
      path: ['compensationExpectationUnit'],
      message: 'talent.validation.compensationUnit',
    });
  }
  const ties = value.regionTies ?? [];
  if (new Set(ties.map((tie) => `${tie.regionCode}:${tie.kind}`)).size !== ties.length) {
    context.addIssue({ code: 'custom', path: ['regionTies'], message: 'talent.validation.duplicateTie' });
  }
});

export type ProfileBasics = z.infer<typeof ProfileBasicsSchema>;
export type ProfileSection = 'basics' | 'interests' | 'availability' | 'preferences' | 'visibility';
export const profileSectionSchemas = {
  basics: ProfileBasicsSchema,
  interests: ProfileInterestsSchema,
  availability: ProfileAvailabilitySchema,
  preferences: ProfilePreferencesSchema,
  visibility: ProfileVisibilitySchema,
} as const;
export type RegionTieInput = z.infer<typeof RegionTieFormSchema>;
export type ExperienceInput = z.infer<typeof ExperienceSchema>;
export type TalentProfileDocument = z.infer<typeof TalentProfileDocumentSchema>;

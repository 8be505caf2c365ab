import { z } from 'zod';
import {
  EXPECTATION_UNITS,
  GENDERS,
  PROFILE_VISIBILITIES,
  REGION_TIE_KINDS,
  WORK_STYLES,
} from '#src/domain/talent/types';

const RegionTieSchema = z.object({
  regionCode: z
    .string()
    .meta({ description: 'Prefecture (2 digits) or municipality (6 digits, 全国地方公共団体コード)' }),
  prefectureCode: z.string(),
  kind: z.enum(REGION_TIE_KINDS),
});
const SkillSchema = z.object({
  skill: z.string().meta({ description: 'Skill slug from the shared taxonomy' }),
  level: z.number().int().min(1).max(5),
});

/**
 * A talent profile as one viewer may see it. `contact`, `profile` and `documents` are null when the
 * access rule withholds them; nothing else is sent.
 */
export const TalentProfileSchema = z
  .object({
    id: z.uuid(),
    access: z.object({
      level: z.enum(['full', 'application']),
      contact: z.boolean(),
      documents: z.boolean(),
      basis: z.enum(['self', 'admin', 'applicant', 'scouting']).nullable(),
    }),
    displayName: z.string(),
    name: z.object({
      familyName: z.string(),
      givenName: z.string(),
      familyNameKana: z.string(),
      givenNameKana: z.string(),
    }),
    contact: z.object({ email: z.string(), phone: z.string().nullable() }).nullable(),
    profile: z
      .object({
        headline: z.string(),
        currentWork: z.string(),
        bio: z.string(),
        prefectureCode: z.string().nullable(),
        birthYear: z.number().int().nullable(),
        gender: z.string().nullable(),
        fieldsOfInterest: z.array(z.string()),
        tags: z.array(z.string()),
        hoursPerWeek: z.number().int().nullable(),
        availableWeekdays: z.boolean(),
        availableWeekends: z.boolean(),
        availableFrom: z.string().nullable(),
        preferredWorkStyle: z.string().nullable(),
        compensationExpectation: z.number().int().nullable(),
        compensationExpectationUnit: z.string().nullable(),
        graduationYear: z.number().int().nullable(),
        visibility: z.enum(PROFILE_VISIBILITIES),
        updatedAt: z.string().nullable(),
        skills: z.array(SkillSchema),
        experiences: z.array(
          z.object({
            id: z.uuid(),
            organisation: z.string(),
            role: z.string(),
            startedOn: z.string().nullable(),
            endedOn: z.string().nullable(),
            description: z.string(),
          }),
        ),
        regionTies: z.array(RegionTieSchema),
      })
      .nullable(),
    documents: z
      .array(
        z.object({
          id: z.uuid(),
          kind: z.string(),
          originalName: z.string(),
          sizeBytes: z.number().int(),
          createdAt: z.string(),
        }),
      )
      .nullable(),
    completeness: z
      .object({
        percent: z.number().int(),
        missing: z.array(z.object({ key: z.string(), section: z.string() })),
      })
      .nullable()
      .meta({ description: 'Only for the talent themself' }),
  })
  .meta({ id: 'TalentProfile' });

const nullableString = z.string().nullable().optional();
const nullableInt = z.number().int().nullable().optional();

/** PUT /me/profile: the whole profile; lists replace the old ones when present. Validated in full by the domain. */
export const TalentProfileInputSchema = z
  .object({
    familyName: z.string(),
    givenName: z.string(),
    familyNameKana: z.string().meta({ description: 'Hiragana or katakana; stored as katakana' }),
    givenNameKana: z.string(),
    phone: nullableString,
    birthYear: nullableInt,
    gender: z.enum(GENDERS).nullable().optional(),
    prefectureCode: nullableString,
    headline: z.string().optional(),
    currentWork: z.string().optional(),
    bio: z.string().optional(),
    fieldsOfInterest: z.array(z.string()).optional(),
    tags: z.array(z.string()).optional(),
    hoursPerWeek: nullableInt,
    availableWeekdays: z.boolean().optional(),
    availableWeekends: z.boolean().optional(),
    availableFrom: nullableString.meta({ description: 'YYYY-MM-DD' }),
    preferredWorkStyle: z.enum(WORK_STYLES).nullable().optional(),
    compensationExpectation: nullableInt,
    compensationExpectationUnit: z.enum(EXPECTATION_UNITS).nullable().optional(),
    graduationYear: nullableInt,
    visibility: z.enum(PROFILE_VISIBILITIES),
    skills: z.array(SkillSchema).optional(),
    regionTies: z.array(z.object({ regionCode: z.string(), kind: z.enum(REGION_TIE_KINDS) })).optional(),
    experiences: z
      .array(
        z.object({
          organisation: z.string(),
          role: z.string(),
          startedOn: nullableString.meta({ description: 'YYYY-MM' }),
          endedOn: nullableString,
          description: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'TalentProfileInput' });

export const TalentDirectoryEntrySchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    headline: z.string(),
    currentWork: z.string(),
    prefectureCode: z.string().nullable(),
    hoursPerWeek: z.number().int().nullable(),
    availableWeekdays: z.boolean(),
    availableWeekends: z.boolean(),
    preferredWorkStyle: z.string().nullable(),
    fieldsOfInterest: z.array(z.string()),
    skills: z.array(SkillSchema),
    regionTies: z.array(RegionTieSchema),
  })
  .meta({ id: 'TalentDirectoryEntry' });

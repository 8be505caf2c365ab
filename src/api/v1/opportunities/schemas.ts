import { z } from 'zod';
import type { OpportunityDetails } from '#src/domain/opportunities/get-opportunity';
import {
  COMPENSATION_UNITS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_LANGUAGES,
  OPPORTUNITY_STATUSES,
  WORK_STYLES,
  isOpportunityOpen,
  type OpportunityRow,
} from '#src/domain/opportunities/types';

export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS as [string, ...string[]]);

const nullableInt = z.number().int().nullable();
const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const OpportunitySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.string().meta({ description: 'Path of the public page' }),
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    kind: OpportunityKindSchema,
    status: z.enum(OPPORTUNITY_STATUSES as [string, ...string[]]),
    isOpen: z.boolean().meta({ description: 'Published and the deadline (if any) not yet passed' }),
    organisation: z.object({ slug: z.string(), name: z.string(), nameEn: z.string().nullable() }),
    programme: z.object({ slug: z.string(), name: z.string() }).nullable(),
    prefectureCodes: z.array(z.string()),
    municipalityCodes: z.array(z.string()),
    workStyle: z.enum(WORK_STYLES as [string, ...string[]]),
    visitsPerMonth: nullableInt,
    hoursPerWeekMin: nullableInt,
    hoursPerWeekMax: nullableInt,
    startsOn: dateOnly.nullable(),
    endsOn: dateOnly.nullable(),
    durationMonths: nullableInt,
    compensation: z.object({
      unit: z.enum(COMPENSATION_UNITS as [string, ...string[]]),
      min: nullableInt.meta({ description: 'Yen' }),
      max: nullableInt.meta({ description: 'Yen' }),
    }),
    fields: z.array(z.string()),
    requiredSkills: z.array(z.string()),
    preferredSkills: z.array(z.string()),
    tags: z.array(z.string()),
    eligibility: z.object({
      graduationYear: z.number().int().optional(),
      residentMunicipalityCodes: z.array(z.string()).optional(),
      note: z.string().optional(),
    }),
    openings: z.number().int(),
    applicationsOpenAt: z.iso.datetime().nullable(),
    applicationsCloseAt: z.iso.datetime().nullable(),
    languages: z.array(z.string()),
    howToApply: z.string(),
    blindScreening: z.boolean(),
    featured: z.boolean(),
    publishedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Opportunity' });

export const OpportunitySummarySchema = OpportunitySchema.pick({
  id: true,
  slug: true,
  url: true,
  title: true,
  summary: true,
  kind: true,
  status: true,
  isOpen: true,
  organisation: true,
  prefectureCodes: true,
  municipalityCodes: true,
  workStyle: true,
  hoursPerWeekMin: true,
  hoursPerWeekMax: true,
  compensation: true,
  applicationsCloseAt: true,
  featured: true,
  publishedAt: true,
}).meta({ id: 'OpportunitySummary' });

/** The fields a host sends; all optional on PATCH, the title required on create. */
export const OpportunityBodySchema = z
  .object({
    title: z.string().max(120),
    summary: z.string(),
    description: z.string(),
    kind: OpportunityKindSchema,
    prefectureCodes: z.array(z.string()).meta({ description: 'Prefecture-wide places (2-digit codes)' }),
    municipalityCodes: z
      .array(z.string())
      .meta({ description: 'Local-government codes (6 digits) or names such as 福岡県古賀市' }),
    workStyle: z.enum(WORK_STYLES as [string, ...string[]]),
    visitsPerMonth: nullableInt,
    hoursPerWeekMin: nullableInt,
    hoursPerWeekMax: nullableInt,
    startsOn: dateOnly.nullable(),
    endsOn: dateOnly.nullable(),
    durationMonths: nullableInt,
    compensationUnit: z.enum(COMPENSATION_UNITS as [string, ...string[]]),
    compensationMin: nullableInt,
    compensationMax: nullableInt,
    fields: z.array(z.string()),
    requiredSkills: z.array(z.string()),
    preferredSkills: z.array(z.string()),
    tags: z.array(z.string()),
    eligibility: z.object({
      graduationYear: nullableInt.optional(),
      residentMunicipalityCodes: z.array(z.string()).optional(),
      note: z.string().optional(),
    }),
    openings: z.number().int(),
    applicationsOpenAt: z.iso.datetime({ offset: true }).nullable(),
    applicationsCloseAt: z.iso.datetime({ offset: true }).nullable(),
    languages: z.array(z.enum(OPPORTUNITY_LANGUAGES)),
    howToApply: z.string(),
    programmeId: z.uuid().nullable(),
    blindScreening: z.boolean(),
  })
  .partial()
  .meta({ id: 'OpportunityInput' });

export const OpportunityCreateSchema = OpportunityBodySchema.required({ title: true });

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toOpportunitySummary(
  row: Pick<
    OpportunityRow,
    | 'id'
    | 'slug'
    | 'title'
    | 'summary'
    | 'kind'
    | 'status'
    | 'prefectureCodes'
    | 'municipalityCodes'
    | 'workStyle'
    | 'hoursPerWeekMin'
    | 'hoursPerWeekMax'
    | 'compensationUnit'
    | 'compensationMin'
    | 'compensationMax'
    | 'applicationsCloseAt'
    | 'featuredAt'
    | 'publishedAt'
  > & { organisationSlug: string; organisationName: string; organisationNameEn?: string | null },
): z.input<typeof OpportunitySummarySchema> {
  return {
    id: row.id,
    slug: row.slug,
    url: `/opportunities/${row.slug}`,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    status: row.status,
    isOpen: isOpportunityOpen(row),
    organisation: {
      slug: row.organisationSlug,
      name: row.organisationName,
      nameEn: row.organisationNameEn ?? null,
    },
    prefectureCodes: row.prefectureCodes,
    municipalityCodes: row.municipalityCodes,
    workStyle: row.workStyle,
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    compensation: { unit: row.compensationUnit, min: row.compensationMin, max: row.compensationMax },
    applicationsCloseAt: iso(row.applicationsCloseAt),
    featured: row.featuredAt !== null,
    publishedAt: iso(row.publishedAt),
  };
}

export function toOpportunityResource(details: OpportunityDetails): z.input<typeof OpportunitySchema> {
  const { opportunity: row, organisation, programme } = details;
  return {
    ...toOpportunitySummary({
      ...row,
      organisationSlug: organisation.slug,
      organisationName: organisation.name,
      organisationNameEn: organisation.nameEn,
    }),
    description: row.description,
    programme: programme ? { slug: programme.slug, name: programme.name } : null,
    visitsPerMonth: row.visitsPerMonth,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    durationMonths: row.durationMonths,
    fields: row.fields,
    requiredSkills: row.requiredSkills,
    preferredSkills: row.preferredSkills,
    tags: row.tags,
    eligibility: row.eligibility,
    openings: row.openings,
    applicationsOpenAt: iso(row.applicationsOpenAt),
    languages: row.languages,
    howToApply: row.howToApply,
    blindScreening: row.blindScreening,
    closedAt: iso(row.closedAt),
  };
}

import { z } from 'zod';
import { COMPENSATION_BANDS, HOURS_BANDS, PERIOD_BANDS } from '#src/domain/search/bands';
import { FACET_NAMES, SEARCH_SORTS } from '#src/domain/search/params';
import { OPPORTUNITY_KINDS, WORK_STYLES } from '#src/domain/opportunities/types';
import { WORK_FIELD_IDS } from '#src/domain/taxonomy/fields';

const list = (description: string) =>
  z
    .union([z.string().max(1000), z.array(z.string().max(100)).max(100)])
    .optional()
    .describe(`${description}; repeat the parameter or separate values with commas`);

/** The /search page's parameters, as a query string. */
export const SearchQuerySchema = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .describe('Text in Japanese or English; synonyms and place names are expanded'),
  prefecture: list('Prefecture codes (JIS, two digits)'),
  kind: list(`Kinds: ${OPPORTUNITY_KINDS.join(', ')}`),
  field: list(`Fields of work: ${WORK_FIELD_IDS.join(', ')}`),
  style: list(`Work styles: ${WORK_STYLES.join(', ')}`),
  pay: list(`Compensation bands: ${COMPENSATION_BANDS.join(', ')}`),
  hours: list(`Hours-per-week bands: ${HOURS_BANDS.join(', ')}`),
  period: list(`Duration bands: ${PERIOD_BANDS.join(', ')}`),
  open: z
    .enum(['1', 'true', '0', 'false'])
    .optional()
    .describe('Only opportunities open for applications now'),
  sort: z.enum(SEARCH_SORTS).optional().describe('Default: relevance with text, newest without'),
  cursor: z.string().max(500).optional().describe('`nextCursor` of the previous page'),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const SearchHitSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    title: z.string(),
    summary: z.string(),
    kind: z.enum(OPPORTUNITY_KINDS as [string, ...string[]]),
    status: z.string(),
    isOpen: z.boolean(),
    workStyle: z.enum(WORK_STYLES as [string, ...string[]]),
    organisation: z.object({ slug: z.string(), name: z.string() }),
    prefectureCodes: z.array(z.string()),
    municipalityCodes: z.array(z.string()),
    compensation: z.object({ unit: z.string(), min: z.number().nullable(), max: z.number().nullable() }),
    hoursPerWeek: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
    applicationsCloseAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'SearchHit' });

const FacetCountSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

export const SearchResultSchema = z
  .object({
    items: z.array(SearchHitSchema),
    total: z.number().int(),
    totalIsLowerBound: z
      .boolean()
      .describe('True when there are at least `total` matches (a very broad search)'),
    position: z.number().int().describe('Zero-based index of the first item'),
    nextCursor: z.string().nullable(),
    sort: z.enum(SEARCH_SORTS),
    facets: z.object({
      counts: z.object(Object.fromEntries(FACET_NAMES.map((name) => [name, z.array(FacetCountSchema)]))),
      openNow: z.number().int(),
      estimated: z.boolean().describe('True when counts are estimated from a sample (very broad searches)'),
    }),
  })
  .meta({ id: 'SearchResult' });

export const SavedSearchFiltersSchema = z
  .object({
    q: z.string().max(200).optional(),
    prefecture: z.array(z.string()).max(47).optional(),
    kind: z.array(z.string()).max(20).optional(),
    field: z.array(z.string()).max(50).optional(),
    style: z.array(z.string()).max(10).optional(),
    pay: z.array(z.string()).max(20).optional(),
    hours: z.array(z.string()).max(20).optional(),
    period: z.array(z.string()).max(20).optional(),
    open: z.boolean().optional(),
    sort: z.enum(SEARCH_SORTS).nullable().optional(),
  })
  .meta({ id: 'SavedSearchFilters' });

export const SavedSearchSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    filters: SavedSearchFiltersSchema,
    searchUrl: z.string().describe('Path of the search page for it'),
    createdAt: z.string(),
    lastDigestAt: z.string(),
  })
  .meta({ id: 'SavedSearch' });

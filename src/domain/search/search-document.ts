import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { getMunicipality, getPrefecture } from '#src/domain/regions/data';
import type { OpportunityRow } from '#src/domain/opportunities/types';
import { skillLabel } from '#src/domain/taxonomy/skills';
import { workFieldLabel } from '#src/domain/taxonomy/fields';
import { compensationBand, hoursBand, periodBand } from './bands';
import { facetLexeme } from './facet-lexemes';
import { FACET_NAMES, type FacetName } from './params';
import { normalizeSearchText, toTsvector } from './tokenize';

/** Opportunity statuses that have a search document (a closed one stays findable, marked closed). */
export const SEARCHABLE_STATUSES = ['published', 'closed'] as const;

export type SearchSource = Pick<
  OpportunityRow,
  | 'id'
  | 'organisationId'
  | 'status'
  | 'kind'
  | 'workStyle'
  | 'title'
  | 'summary'
  | 'description'
  | 'prefectureCodes'
  | 'municipalityCodes'
  | 'fields'
  | 'requiredSkills'
  | 'preferredSkills'
  | 'tags'
  | 'compensationUnit'
  | 'compensationMin'
  | 'compensationMax'
  | 'hoursPerWeekMin'
  | 'hoursPerWeekMax'
  | 'durationMonths'
  | 'startsOn'
  | 'endsOn'
  | 'publishedAt'
  | 'createdAt'
  | 'applicationsCloseAt'
> & {
  organisationName: string;
  organisationNameEn: string | null;
  programmeName: string | null;
};

/**
 * Place names to index: each municipality with its prefecture (so 「新潟」 finds work in 長岡市) and, for a
 * designated-city ward, its city; then the prefectures listed on their own.
 */
export function placeNames(
  prefectureCodes: readonly string[],
  municipalityCodes: readonly string[],
): string[] {
  const names = new Set<string>();
  for (const code of municipalityCodes) {
    const municipality = getMunicipality(code);
    if (!municipality) continue;
    const parent = municipality.parentCode ? getMunicipality(municipality.parentCode) : undefined;
    const prefecture = getPrefecture(municipality.prefectureCode);
    for (const name of [
      prefecture?.name,
      prefecture?.nameEn,
      parent?.name,
      parent?.nameEn,
      municipality.name,
      municipality.nameEn,
    ]) {
      if (name) names.add(name);
    }
    // The full written form too, so 「新潟県長岡市」 or 「札幌市中央区」 matches as one word.
    names.add(`${prefecture?.name ?? ''}${parent?.name ?? ''}${municipality.name}`);
  }
  for (const code of prefectureCodes) {
    const prefecture = getPrefecture(code);
    if (prefecture) {
      names.add(prefecture.name);
      names.add(prefecture.nameEn);
    }
  }
  return [...names];
}

/** A search row as the JSON that `writeSearchRows` inserts (column names as in the table). */
export interface SearchRowJson {
  opportunity_id: string;
  organisation_id: string;
  status: string;
  kind: string;
  work_style: string;
  prefecture_codes: string[];
  municipality_codes: string[];
  fields: string[];
  compensation_band: string;
  hours_band: string;
  period_band: string;
  published_at: string;
  closes_at: string | null;
  tsv: string;
  title_norm: string;
}

export function buildSearchRow(source: SearchSource): SearchRowJson {
  const skills = [...source.requiredSkills, ...source.preferredSkills];
  const texts = [
    source.title,
    source.tags.join(' '),
    skills.flatMap((slug) => [skillLabel(slug, 'ja'), skillLabel(slug, 'en')]).join(' '),
    source.fields.flatMap((id) => [workFieldLabel(id, 'ja'), workFieldLabel(id, 'en')]).join(' '),
    source.organisationName,
    source.organisationNameEn ?? '',
    placeNames(source.prefectureCodes, source.municipalityCodes).join(' '),
    source.programmeName ?? '',
    source.summary,
    source.description,
  ];
  const prefectureCodes = new Set(source.prefectureCodes);
  for (const code of source.municipalityCodes) {
    const municipality = getMunicipality(code);
    if (municipality) prefectureCodes.add(municipality.prefectureCode);
  }
  const facets: Record<FacetName, string[]> = {
    prefecture: [...prefectureCodes].sort(),
    kind: [source.kind],
    field: [...new Set(source.fields)],
    style: [source.workStyle],
    pay: [compensationBand(source.compensationUnit, source.compensationMin, source.compensationMax)],
    hours: [hoursBand(source.hoursPerWeekMin, source.hoursPerWeekMax)],
    period: [periodBand(source.durationMonths, source.startsOn, source.endsOn)],
  };
  const facetTokens = FACET_NAMES.flatMap((name) => facets[name].map((value) => facetLexeme(name, value)));
  return {
    opportunity_id: source.id,
    organisation_id: source.organisationId,
    status: source.status,
    kind: source.kind,
    work_style: source.workStyle,
    prefecture_codes: facets.prefecture,
    municipality_codes: [...source.municipalityCodes],
    fields: facets.field,
    compensation_band: facets.pay[0]!,
    hours_band: facets.hours[0]!,
    period_band: facets.period[0]!,
    published_at: (source.publishedAt ?? source.createdAt).toISOString(),
    closes_at: source.applicationsCloseAt ? source.applicationsCloseAt.toISOString() : null,
    tsv: toTsvector(texts, facetTokens),
    title_norm: normalizeSearchText(source.title),
  };
}

/**
 * Inserts or replaces search rows: one statement per call, the rows travelling as one JSON parameter
 * (far cheaper than thousands of bind parameters, on PGlite especially).
 */
export async function writeSearchRows(db: DbOrTx, rows: readonly SearchRowJson[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into opportunity_search (opportunity_id, organisation_id, status, kind, work_style, prefecture_codes,
      municipality_codes, fields, compensation_band, hours_band, period_band, published_at, closes_at, tsv,
      title_norm, updated_at)
    select opportunity_id, organisation_id, status, kind, work_style, prefecture_codes, municipality_codes,
      fields, compensation_band, hours_band, period_band, published_at, closes_at, tsv, title_norm, now()
    from jsonb_populate_recordset(null::opportunity_search, ${JSON.stringify(rows)}::jsonb)
    on conflict (opportunity_id) do update set
      organisation_id = excluded.organisation_id, status = excluded.status, kind = excluded.kind,
      work_style = excluded.work_style, prefecture_codes = excluded.prefecture_codes,
      municipality_codes = excluded.municipality_codes, fields = excluded.fields,
      compensation_band = excluded.compensation_band, hours_band = excluded.hours_band,
      period_band = excluded.period_band, published_at = excluded.published_at, closes_at = excluded.closes_at,
      tsv = excluded.tsv, title_norm = excluded.title_norm, updated_at = excluded.updated_at`);
}

/** Loads the sources for the given opportunities (only those that should be searchable). */
export async function loadSearchSources(
  db: DbOrTx,
  opportunityIds: readonly string[],
): Promise<SearchSource[]> {
  if (opportunityIds.length === 0) return [];
  const rows = await db.execute(sql`
    select o.id, o.organisation_id, o.status, o.kind, o.work_style, o.title, o.summary, o.description,
           o.prefecture_codes, o.municipality_codes, o.fields, o.required_skills, o.preferred_skills, o.tags,
           o.compensation_unit, o.compensation_min, o.compensation_max, o.hours_per_week_min,
           o.hours_per_week_max, o.duration_months, o.starts_on::text as starts_on, o.ends_on::text as ends_on,
           o.published_at, o.created_at, o.applications_close_at,
           org.name as organisation_name, org.name_en as organisation_name_en, p.name as programme_name
    from opportunities o
    join organisations org on org.id = o.organisation_id
    left join programmes p on p.id = o.programme_id
    where o.id = any(${sql.param([...opportunityIds])}::uuid[])
      and o.status in ('published', 'closed')`);
  return (rows as unknown as { rows: Record<string, unknown>[] }).rows.map(toSource);
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

function toSource(row: Record<string, unknown>): SearchSource {
  return {
    id: row.id as string,
    organisationId: row.organisation_id as string,
    status: row.status as SearchSource['status'],
    kind: row.kind as SearchSource['kind'],
    workStyle: row.work_style as SearchSource['workStyle'],
    title: row.title as string,
    summary: row.summary as string,
    description: row.description as string,
    prefectureCodes: (row.prefecture_codes as string[] | null) ?? [],
    municipalityCodes: (row.municipality_codes as string[] | null) ?? [],
    fields: (row.fields as string[] | null) ?? [],
    requiredSkills: (row.required_skills as string[] | null) ?? [],
    preferredSkills: (row.preferred_skills as string[] | null) ?? [],
    tags: (row.tags as string[] | null) ?? [],
    compensationUnit: row.compensation_unit as SearchSource['compensationUnit'],
    compensationMin: row.compensation_min as number | null,
    compensationMax: row.compensation_max as number | null,
    hoursPerWeekMin: row.hours_per_week_min as number | null,
    hoursPerWeekMax: row.hours_per_week_max as number | null,
    durationMonths: row.duration_months as number | null,
    startsOn: row.starts_on as string | null,
    endsOn: row.ends_on as string | null,
    publishedAt: toDate(row.published_at),
    createdAt: toDate(row.created_at) ?? new Date(),
    applicationsCloseAt: toDate(row.applications_close_at),
    organisationName: row.organisation_name as string,
    organisationNameEn: row.organisation_name_en as string | null,
    programmeName: row.programme_name as string | null,
  };
}

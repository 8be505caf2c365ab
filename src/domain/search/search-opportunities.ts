import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import type { OpportunityCardSource } from '#src/domain/opportunities/card-data';
import { decodeCursor, encodeCursor } from './cursor';
import { facetLexeme } from './facet-lexemes';
import { effectiveSort, FACET_NAMES, type FacetName, type SearchFilters, type SearchSort } from './params';
import { parseSearchQuery, quoteLexeme, termTsqueries, type QueryTerm } from './tokenize';

/**
 * How many candidate rows facet counts look at. Up to this many every count is exact; beyond it (a broad
 * search) counts are estimated from this sample, scaled to the exact total, and the page says so.
 */
export const FACET_SAMPLE_LIMIT = 500;
/** Totals are counted exactly up to this; beyond it the page says "20,000 or more". */
export const TOTAL_COUNT_LIMIT = 20_000;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  counts: Record<FacetName, FacetCount[]>;
  /** How many of the matches would be open now (the "open now" toggle). */
  openNow: number;
  /**
   * True when the search matched more rows than the counts looked at: the counts are then estimates, from
   * a sample of FACET_SAMPLE_LIMIT candidates scaled to the exact total.
   */
  estimated: boolean;
}

export type SearchHit = OpportunityCardSource & {
  id: string;
  organisationSlug: string;
  publishedAt: Date | null;
  updatedAt: Date;
};

export interface SearchResult {
  items: SearchHit[];
  /** How many opportunities match; null when not counted (`withFacets: false`). */
  total: number | null;
  /** True when `total` is a lower bound (there are at least that many). */
  totalIsLowerBound: boolean;
  facets: SearchFacets | null;
  /** Zero-based index of the first item within all results. */
  position: number;
  nextCursor: string | null;
  sort: SearchSort;
  /** Whether the text produced anything to search for (false for empty or punctuation-only text). */
  hasText: boolean;
}

type FilterName = FacetName | 'open';
const FILTER_NAMES: readonly FilterName[] = [...FACET_NAMES, 'open'];

function isActive(filters: SearchFilters, name: FilterName): boolean {
  return name === 'open' ? filters.open : filters[name].length > 0;
}

function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

function openCondition(now: Date, alias: string): SQL {
  const s = sql.raw(alias);
  return sql`(${s}.status = 'published' and (${s}.closes_at is null or ${s}.closes_at > ${now.toISOString()}::timestamptz))`;
}

/** Each active filter as a condition on the row's columns (exact; used for the per-facet counts). */
function rowConditions(filters: SearchFilters, now: Date): Partial<Record<FilterName, SQL>> {
  const conditions: Partial<Record<FilterName, SQL>> = {};
  if (filters.prefecture.length)
    conditions.prefecture = sql`s.prefecture_codes && ${textArray(filters.prefecture)}`;
  if (filters.kind.length) conditions.kind = sql`s.kind::text = any(${textArray(filters.kind)})`;
  if (filters.field.length) conditions.field = sql`s.fields && ${textArray(filters.field)}`;
  if (filters.style.length) conditions.style = sql`s.work_style::text = any(${textArray(filters.style)})`;
  if (filters.pay.length) conditions.pay = sql`s.compensation_band = any(${textArray(filters.pay)})`;
  if (filters.hours.length) conditions.hours = sql`s.hours_band = any(${textArray(filters.hours)})`;
  if (filters.period.length) conditions.period = sql`s.period_band = any(${textArray(filters.period)})`;
  if (filters.open) conditions.open = openCondition(now, 's');
  return conditions;
}

/** Each active facet filter as a tsquery over the facet lexemes: ('p:15' | 'p:20'). */
function facetClauses(filters: SearchFilters): string[] {
  return FACET_NAMES.filter((name) => filters[name].length > 0).map(
    (name) => `(${filters[name].map((value) => quoteLexeme(facetLexeme(name, value))).join(' | ')})`,
  );
}

/** Rows that fail at most one of the clauses: the union of what every per-facet count needs. */
function allButOne(clauses: readonly string[]): string | null {
  if (clauses.length <= 1) return null;
  return clauses.map((_, skip) => `(${clauses.filter((__, i) => i !== skip).join(' & ')})`).join(' | ');
}

/** Relevance: how many query terms (any of their synonyms) appear in the title. */
function scoreExpression(terms: readonly QueryTerm[], alias: string): SQL {
  if (terms.length === 0) return sql`0`;
  const s = sql.raw(alias);
  return sql.join(
    terms.map(
      (term) =>
        sql`(${sql.join(
          term.words.map((word) => sql`strpos(${s}.title_norm, ${word}) > 0`),
          sql` or `,
        )})::int`,
    ),
    sql` + `,
  );
}

const FAR_FUTURE_MICROS = '9223372036854775807';
const micros = (column: SQL) => sql`(extract(epoch from ${column}) * 1000000)::bigint`;
const fromMicros = (value: string) =>
  sql`(timestamptz 'epoch' + ${value}::bigint * interval '1 microsecond')`;

interface SortSpec {
  /** The order over the row alias's raw columns (cheap to compute for every match). */
  order: SQL;
  /** The keyset condition (` and …`) for rows after the cursor, over the same columns. */
  after(cursor: string[] | null): SQL;
  /** k1, k2 (text) for the cursor, computed only for the rows of the page; the id is the last key. */
  keys(pageAlias: string): [SQL, SQL];
}

/**
 * The order, keyset condition and cursor keys of a sort, over a row alias with id, status, published_at,
 * closes_at and score.
 */
function sortSpec(sort: SearchSort, alias: string, id: string, score: SQL, now: Date): SortSpec {
  const a = (column: string) => sql.raw(`${alias}.${column}`);
  const idColumn = a(id);
  const nowParam = sql`${now.toISOString()}::timestamptz`;
  const bucket = (row: (column: string) => SQL) =>
    sql`(case when ${row('status')} = 'published' and ${row('closes_at')} > ${nowParam} then 0
      when ${row('status')} = 'published' and ${row('closes_at')} is null then 1 else 2 end)`;
  const p = (pageAlias: string) => (column: string) => sql.raw(`${pageAlias}.${column}`);
  switch (sort) {
    case 'relevance':
      return {
        order: sql`${score} desc, ${a('published_at')} desc, ${idColumn} desc`,
        after: (cursor) =>
          cursor
            ? sql`and (${score}, ${a('published_at')}, ${idColumn}) < (${cursor[0]}::int, ${fromMicros(cursor[1]!)}, ${cursor[2]}::uuid)`
            : sql``,
        keys: (page) => [sql`${p(page)('score')}::text`, sql`${micros(p(page)('published_at'))}::text`],
      };
    case 'deadline': {
      // No deadline sorts last in its bucket: 'infinity' here, the largest bigint in the cursor.
      const closes = sql`coalesce(${a('closes_at')}, 'infinity'::timestamptz)`;
      const cursorCloses = (value: string) =>
        value === FAR_FUTURE_MICROS ? sql`'infinity'::timestamptz` : fromMicros(value);
      return {
        order: sql`${bucket(a)}, ${closes}, ${idColumn}`,
        after: (cursor) =>
          cursor
            ? sql`and (${bucket(a)}, ${closes}, ${idColumn}) > (${cursor[0]}::int, ${cursorCloses(cursor[1]!)}, ${cursor[2]}::uuid)`
            : sql``,
        keys: (page) => [
          sql`${bucket(p(page))}::text`,
          sql`coalesce(${micros(p(page)('closes_at'))}, ${FAR_FUTURE_MICROS}::bigint)::text`,
        ],
      };
    }
    case 'newest':
      return {
        order: sql`${a('published_at')} desc, ${idColumn} desc`,
        after: (cursor) =>
          cursor
            ? sql`and (${a('published_at')}, ${idColumn}) < (${fromMicros(cursor[0]!)}, ${cursor[1]}::uuid)`
            : sql``,
        keys: (page) => [sql`${micros(p(page)('published_at'))}::text`, sql`null::text`],
      };
  }
}

/**
 * The page subquery: the first `limit` rows of `source` (id, status, published_at, closes_at, score) after
 * the cursor, in order, with their cursor keys and `ord` numbering them (PostgreSQL hands the rows of an
 * ordered, limited subquery to `row_number() over ()` in that order).
 */
function pageSubquery(source: SQL, spec: SortSpec, cursor: string[] | null, limit: number): SQL {
  const [k1, k2] = spec.keys('t');
  return sql`select t.id, ${k1} as k1, ${k2} as k2, row_number() over () as ord from (
      select h.id, h.status, h.published_at, h.closes_at, h.score
      from ${source} h
      where true ${spec.after(cursor)}
      order by ${spec.order}
      limit ${limit + 1}
    ) t`;
}

/**
 * The page's rows as one JSON array, in order (`ord` numbers the rows of an ordered, limited subquery:
 * PostgreSQL hands them to `row_number() over ()` in that order), with what a result card shows (joined here, so a search
 * is one statement and not a second round trip). `page` must have id, k1, k2 and ord.
 */
const PAGE_HITS_JSON = sql`(select json_agg(json_build_object(
    'id', o.id, 'k1', page.k1, 'k2', page.k2, 'slug', o.slug, 'title', o.title, 'summary', o.summary,
    'kind', o.kind, 'status', o.status, 'workStyle', o.work_style, 'visitsPerMonth', o.visits_per_month,
    'prefectureCodes', o.prefecture_codes, 'municipalityCodes', o.municipality_codes,
    'compensationUnit', o.compensation_unit, 'compensationMin', o.compensation_min,
    'compensationMax', o.compensation_max, 'hoursPerWeekMin', o.hours_per_week_min,
    'hoursPerWeekMax', o.hours_per_week_max, 'applicationsCloseAt', o.applications_close_at,
    'featuredAt', o.featured_at, 'publishedAt', o.published_at, 'updatedAt', o.updated_at,
    'organisationName', org.name, 'organisationSlug', org.slug) order by page.ord)::text
  from page
  join opportunities o on o.id = page.id
  join organisations org on org.id = o.organisation_id)`;

type HitJson = Omit<SearchHit, 'applicationsCloseAt' | 'featuredAt' | 'publishedAt' | 'updatedAt'> & {
  k1: string;
  k2: string | null;
  applicationsCloseAt: string | null;
  featuredAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
};

interface PageRow {
  id: string;
  k1: string;
  k2: string | null;
  hit: SearchHit;
}

function parsePage(json: string | null | undefined): PageRow[] {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return ((JSON.parse(json ?? '[]') as HitJson[] | null) ?? []).map(({ k1, k2, ...hit }) => ({
    id: hit.id,
    k1,
    k2,
    hit: {
      ...hit,
      applicationsCloseAt: date(hit.applicationsCloseAt),
      featuredAt: date(hit.featuredAt),
      publishedAt: date(hit.publishedAt),
      updatedAt: new Date(hit.updatedAt),
    },
  }));
}

function cursorKeysOf(sort: SearchSort, row: PageRow): string[] {
  return sort === 'newest' ? [row.k1, row.id] : [row.k1, row.k2 ?? '', row.id];
}

/** `s.tsv @@ q` for each tsquery text (one GIN scan key each), or `true` for none. */
function matchConditions(queries: readonly string[]): SQL {
  return queries.length
    ? sql.join(
        queries.map((query) => sql`s.tsv @@ ${query}::tsquery`),
        sql` and `,
      )
    : sql`true`;
}

/** One row of the grouping-sets count: the grouped facet's value (null for the others), a mask, a count. */
type GroupRow = { [K in FacetName]: string | null } & { mask: number; n: number | string };

/** The mask bit for "open now", above the bits of the (at most eight) filters. */
const OPEN_BIT = 15;

interface CountRow {
  facet: string;
  value: string | null;
  n: number | string;
}

/** What a search needs to find: its text, its filters, and the rows it is limited to. */
interface SearchPlan {
  filters: SearchFilters;
  /** One tsquery per query term. */
  termQueries: string[];
  /** One tsquery per active facet ('p:15' | 'p:20'). */
  facetQueries: string[];
  score: SQL;
  sort: SearchSort;
  cursor: string[] | null;
  limit: number;
  now: Date;
  /** Extra conditions on every row (` and …`): the digest's publication window. */
  published: SQL;
}

/** Every match of the search: each term and facet its own GIN scan key, "open now" and the window on the row. */
function fullMatchWhere(plan: SearchPlan): SQL {
  const open = plan.filters.open ? sql` and ${openCondition(plan.now, 's')}` : sql``;
  return sql`${matchConditions([...plan.termQueries, ...plan.facetQueries])}${open}${plan.published}`;
}

/**
 * Facet counts and the page in one statement. The rows that match the text and fail at most one filter
 * (found through the GIN index, capped at `sampleLimit`) are materialised once; each facet is counted over
 * them with every other filter applied but its own. When they all fit under the cap, the page is read from
 * those passing every filter and all counts are exact. When they do not (a broad search), the statement
 * also reads every full match (`fullScan`), for the exact total and the page, and the counts are estimated
 * from the sample; without `fullScan` the caller reads the page itself.
 */
async function searchWithFacets(
  db: DbOrTx,
  plan: SearchPlan,
  options: { sampleLimit: number; fullScan: boolean },
): Promise<{ counts: CountRow[]; page: PageRow[]; fullTotal: number | null }> {
  const { filters, now } = plan;
  const conditions = rowConditions(filters, now);
  const active = FILTER_NAMES.filter((name) => isActive(filters, name));
  const relaxed = allButOne(plan.facetQueries);
  const candidateQueries = relaxed ? [...plan.termQueries, relaxed] : plan.termQueries;
  const failing =
    active.length >= 2
      ? sql`and (${sql.join(
          active.map((name) => sql`(not (${conditions[name]!}))::int`),
          sql` + `,
        )}) <= 1`
      : sql``;
  // Each candidate row carries a bit mask: bit i set when it passes active filter i, OPEN_BIT when it is
  // open now. Counting groups by (facet value, mask), one count each; which masks count for which facet
  // (all filters but the facet's own) is decided below, in JavaScript, over a few dozen groups.
  const mask = sql.join(
    [
      ...active.map((name, i) => sql`((${conditions[name]!})::int << ${sql.raw(String(i))})`),
      sql`((${openCondition(now, 's')})::int << ${sql.raw(String(OPEN_BIT))})`,
    ],
    sql` | `,
  );
  const all = active.reduce((bits, _, i) => bits | (1 << i), 0);
  const spec = sortSpec(plan.sort, 'h', 'id', sql.raw('h.score'), now);
  const sampleLimit = options.sampleLimit;
  const capped = sql`(select count(*) from m) > ${sampleLimit}`;
  const passing = sql`select m.id, m.status, m.published_at, m.closes_at, m.score
      from m where (m.mask & ${sql.raw(String(all))}) = ${sql.raw(String(all))}`;
  // Every full match, read only when the sample is full (a one-time filter skips the scan otherwise).
  const full = options.fullScan
    ? sql`f as materialized (
        select s.opportunity_id as id, s.status, s.published_at, s.closes_at, ${plan.score} as score
        from opportunity_search s
        where ${capped} and ${fullMatchWhere(plan)}
      ),`
    : sql``;
  const hits = options.fullScan
    ? sql`(${passing} and not ${capped} union all select * from f)`
    : sql`(${passing})`;
  const fullTotal = options.fullScan
    ? sql`case when ${capped} then (select count(*) from f) end`
    : sql`null::bigint`;
  const [row] = await queryRows<{ counts: string; page: string | null; full_total: number | string | null }>(
    db,
    sql`
      with m as materialized (
        select s.opportunity_id as id, s.status, s.published_at, s.closes_at, ${plan.score} as score,
               s.prefecture_codes, s.fields, s.kind, s.work_style, s.compensation_band, s.hours_band,
               s.period_band, ${mask} as mask
        from opportunity_search s
        where ${matchConditions(candidateQueries)} ${failing} ${plan.published}
        limit ${sampleLimit + 1}
      ),
      ${full}
      counts as (
        select m.prefecture_codes::text as prefecture, m.fields::text as field, m.kind::text as kind,
               m.work_style::text as style, m.compensation_band as pay, m.hours_band as hours,
               m.period_band as period, m.mask, count(*) as n
        from m
        group by grouping sets ((m.prefecture_codes, m.mask), (m.fields, m.mask), (m.kind, m.mask),
                                (m.work_style, m.mask), (m.compensation_band, m.mask), (m.hours_band, m.mask),
                                (m.period_band, m.mask), (m.mask))
      ),
      page as (${pageSubquery(hits, spec, plan.cursor, plan.limit)})
      select (select coalesce(json_agg(counts), '[]')::text from counts) as counts, ${PAGE_HITS_JSON} as page,
             ${fullTotal} as full_total`,
  );
  const bit = (name: FilterName) => (active.includes(name) ? 1 << active.indexOf(name) : 0);
  const passes = (groupMask: number, except: FilterName | null) =>
    ((groupMask | (except ? bit(except) : 0)) & all) === all;
  const sums = new Map<string, CountRow>();
  const add = (facet: string, value: string | null, n: number) => {
    const key = `${facet}\u0000${value ?? ''}`;
    const entry = sums.get(key);
    if (entry) entry.n = Number(entry.n) + n;
    else sums.set(key, { facet, value, n });
  };
  for (const group of JSON.parse(row?.counts ?? '[]') as GroupRow[]) {
    const n = Number(group.n);
    const facet = FACET_NAMES.find((name) => group[name] !== null);
    if (facet) {
      if (passes(group.mask, facet)) add(facet, group[facet], n);
    } else {
      add('sample', null, n);
      if (passes(group.mask, null)) add('total', null, n);
      if (passes(group.mask, 'open') && (group.mask & (1 << OPEN_BIT)) !== 0) add('open', null, n);
    }
  }
  return {
    counts: [...sums.values()],
    page: parsePage(row?.page),
    fullTotal: row?.full_total == null ? null : Number(row.full_total),
  };
}

/**
 * The page straight from the table (no counts wanted, or a search without text or facets), optionally with
 * the number of all matches counted in the same pass (the sort reads them all anyway).
 */
async function searchPage(
  db: DbOrTx,
  plan: SearchPlan,
  withTotal: boolean,
): Promise<{ rows: PageRow[]; total: number | null }> {
  const where = fullMatchWhere(plan);
  if (withTotal) {
    // Every match is read once (the sort needs them all anyway): counted, and the page taken by top-N.
    const spec = sortSpec(plan.sort, 'h', 'id', sql.raw('h.score'), plan.now);
    const [row] = await queryRows<{ page: string | null; n: number | string | null }>(
      db,
      sql`with f as materialized (
            select s.opportunity_id as id, s.status, s.published_at, s.closes_at, ${plan.score} as score
            from opportunity_search s
            where ${where}
          ),
          page as (${pageSubquery(sql`f`, spec, plan.cursor, plan.limit)})
          select ${PAGE_HITS_JSON} as page, (select count(*) from f) as n`,
    );
    return { rows: parsePage(row?.page), total: Number(row?.n ?? 0) };
  }
  // Straight from the table, so an index on the sort order (newest, deadline) can stop after the page.
  const spec = sortSpec(plan.sort, 's', 'opportunity_id', plan.score, plan.now);
  const [k1, k2] = spec.keys('s');
  const matches = sql`select t.*, row_number() over () as ord from (
            select s.opportunity_id as id, ${k1} as k1, ${k2} as k2
            from opportunity_search s
            where ${where} ${spec.after(plan.cursor)}
            order by ${spec.order}
            limit ${plan.limit + 1}
          ) t`;
  const [row] = await queryRows<{ page: string | null }>(
    db,
    sql`with page as (${matches}) select ${PAGE_HITS_JSON} as page`,
  );
  return { rows: parsePage(row?.page), total: null };
}

async function countTotal(db: DbOrTx, plan: SearchPlan): Promise<{ total: number; lowerBound: boolean }> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from (select 1 from opportunity_search s where ${fullMatchWhere(plan)} limit ${TOTAL_COUNT_LIMIT + 1}) t`,
  );
  const count = Number(row?.n ?? 0);
  return count > TOTAL_COUNT_LIMIT
    ? { total: TOTAL_COUNT_LIMIT, lowerBound: true }
    : { total: count, lowerBound: false };
}

/** '{15,20}' → ['15', '20']: facet values are codes and ids, never quoted or containing commas. */
function parseTextArray(text: string): string[] {
  const inner = text.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map((value) => value.replace(/^"|"$/g, '')) : [];
}

interface CountedFacets {
  counts: Record<FacetName, FacetCount[]>;
  openNow: number;
  /** Rows in the sample passing every filter. */
  total: number;
  capped: boolean;
}

function toFacets(rows: readonly CountRow[], sampleLimit: number): CountedFacets {
  const counts = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetCount[]])) as Record<
    FacetName,
    FacetCount[]
  >;
  let sample = 0;
  let total = 0;
  let openNow = 0;
  // Multi-valued facets come grouped by their whole array ('{15,20}'), far cheaper than unnesting every row.
  const sums = new Map<string, number>();
  for (const row of rows) {
    const n = Number(row.n);
    if (row.facet === 'sample') sample = n;
    else if (row.facet === 'total') total = n;
    else if (row.facet === 'open') openNow = n;
    else if (row.value !== null && (FACET_NAMES as readonly string[]).includes(row.facet)) {
      const values =
        row.facet === 'prefecture' || row.facet === 'field' ? parseTextArray(row.value) : [row.value];
      for (const value of values) {
        const key = `${row.facet}\u0000${value}`;
        sums.set(key, (sums.get(key) ?? 0) + n);
      }
    }
  }
  for (const [key, n] of sums) {
    const [facet, value] = key.split('\u0000') as [FacetName, string];
    counts[facet].push({ value, count: n });
  }
  return { counts, openNow, total, capped: sample > sampleLimit };
}

function sortCounts(counts: Record<FacetName, FacetCount[]>): Record<FacetName, FacetCount[]> {
  for (const name of FACET_NAMES)
    counts[name].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return counts;
}

/**
 * Counts from a capped sample, scaled by how the sample's share of full matches compares with the exact
 * total. A value seen in the sample counts at least 1.
 */
function estimateFacets(counted: CountedFacets, total: number): SearchFacets {
  const factor = counted.total > 0 ? total / counted.total : 1;
  const scale = (n: number) => (n > 0 ? Math.max(1, Math.round(n * factor)) : 0);
  const counts = Object.fromEntries(
    FACET_NAMES.map((name) => [
      name,
      counted.counts[name].map((entry) => ({ value: entry.value, count: scale(entry.count) })),
    ]),
  ) as Record<FacetName, FacetCount[]>;
  return { counts: sortCounts(counts), openNow: scale(counted.openNow), estimated: true };
}

/**
 * Searches published (and closed) opportunities: text in Japanese or English (synonyms and place names
 * included), facet filters, one of three orders, keyset pagination, and facet counts for the search.
 * Public data only, so there is no actor.
 */
export async function searchOpportunities(options: {
  db: DbOrTx;
  filters: SearchFilters;
  cursor?: string | null;
  limit?: number;
  /** Facet counts and the total (default true); feeds and digests leave them out. */
  withFacets?: boolean;
  /** Count the total even without facets (capped at TOTAL_COUNT_LIMIT). */
  withTotal?: boolean;
  /** How many candidates facet counts look at before estimating (default FACET_SAMPLE_LIMIT). */
  facetSampleLimit?: number;
  /** Only opportunities first published after `after` and no later than `until` (saved-search digests). */
  publishedBetween?: { after: Date; until: Date };
  now?: Date;
}): Promise<SearchResult> {
  const { filters } = options;
  const now = options.now ?? new Date();
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
  const sampleLimit = Math.max(1, Math.trunc(options.facetSampleLimit ?? FACET_SAMPLE_LIMIT));
  const terms = filters.q ? parseSearchQuery(filters.q) : [];
  const termQueries = termTsqueries(terms);
  let sort = effectiveSort(filters);
  if (sort === 'relevance' && termQueries.length === 0) sort = 'newest';
  const cursor = decodeCursor(options.cursor, sort);
  const position = cursor?.position ?? 0;
  const between = options.publishedBetween;
  const plan: SearchPlan = {
    filters,
    termQueries,
    facetQueries: facetClauses(filters),
    // Only the relevance order reads the score; the others skip it for every match.
    score: sort === 'relevance' ? scoreExpression(terms, 's') : sql`0`,
    sort,
    cursor: cursor?.keys ?? null,
    limit,
    now,
    published: between
      ? sql` and s.published_at > ${between.after.toISOString()}::timestamptz and s.published_at <= ${between.until.toISOString()}::timestamptz`
      : sql``,
  };
  const indexed = plan.termQueries.length + plan.facetQueries.length > 0;

  const run = async (db: DbOrTx) => {
    // Matching reads the GIN index; a sequential scan would read every row's token list from TOAST.
    if (indexed) await db.execute(sql`set local enable_seqscan = off`);
    let facets: SearchFacets | null = null;
    let counted: CountedFacets | null = null;
    let total: number | null = null;
    let totalIsLowerBound = false;
    let rows: PageRow[] | null = null;
    if (options.withFacets ?? true) {
      // With text or a facet, the statement also reads the page and the exact total of a broad search;
      // without either, every row matches, and the page below comes from the sort's own index instead.
      const result = await searchWithFacets(db, plan, { sampleLimit, fullScan: indexed });
      counted = toFacets(result.counts, sampleLimit);
      if (!counted.capped) {
        facets = { counts: sortCounts(counted.counts), openNow: counted.openNow, estimated: false };
        total = counted.total;
        rows = result.page;
      } else if (result.fullTotal !== null) {
        total = result.fullTotal;
        rows = result.page;
        facets = estimateFacets(counted, total);
      }
    }
    if (!rows) {
      const wantTotal = Boolean(counted || options.withTotal);
      const page = await searchPage(db, plan, wantTotal && indexed);
      rows = page.rows;
      if (wantTotal) {
        if (page.total !== null) total = page.total;
        else {
          // Without any text or facet the whole table matches: counted only up to TOTAL_COUNT_LIMIT.
          const exact = await countTotal(db, plan);
          total = exact.total;
          totalIsLowerBound = exact.lowerBound;
        }
      }
      if (counted && total !== null) facets = estimateFacets(counted, total);
    }
    const pageRows = rows.slice(0, limit);
    return {
      items: pageRows.map((row) => row.hit),
      total,
      totalIsLowerBound,
      facets,
      position,
      nextCursor:
        rows.length > limit
          ? encodeCursor({ sort, keys: cursorKeysOf(sort, pageRows.at(-1)!), position: position + limit })
          : null,
      sort,
      hasText: termQueries.length > 0,
    };
  };
  return options.db.transaction(run);
}

import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { SKILL_SLUGS } from '#src/domain/taxonomy/skills';
import { toKatakana } from '#src/domain/talent/kana';
import { MIN_SKILL_LEVEL } from './fit-score';
import { textArray } from './sql-arrays';
import { IDENTITY_REVEALED_CATEGORIES } from './stages';
import {
  AVAILABILITY_FILTERS,
  PIPELINE_SORTS,
  type PipelineQuery,
  type PipelineSort,
} from './pipeline-query';

export * from './pipeline-query';

const list = (value: unknown) =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value];
const blank = (value: unknown) => (value === '' ? undefined : value);

/**
 * The pipeline's filters and sort, as they travel in a query string (the page's GET form, the REST
 * API, the CSV link, the detail page's previous / next links). Messages are i18n keys.
 */
export const PipelineQuerySchema = z.object({
  stage: z.preprocess(blank, z.uuid('pipeline.filter.invalid').optional()),
  skill: z.preprocess(
    list,
    z.array(z.enum(SKILL_SLUGS, 'pipeline.filter.invalid')).max(5, 'pipeline.filter.invalid'),
  ),
  tie: z.preprocess(
    blank,
    z
      .string()
      .regex(/^(0[1-9]|[1-3]\d|4[0-7])$/, 'pipeline.filter.invalid')
      .optional(),
  ),
  minHours: z.preprocess(blank, z.coerce.number('pipeline.filter.invalid').int().min(1).max(80).optional()),
  availability: z.preprocess(blank, z.enum(AVAILABILITY_FILTERS, 'pipeline.filter.invalid').optional()),
  /** `<question id>:<value>`: applicants who gave that answer (yes / no, or a choice). */
  answer: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[0-9a-f-]{36}:.{1,200}$/i, 'pipeline.filter.invalid')
      .optional(),
  ),
  q: z.preprocess(blank, z.string().trim().max(100, 'pipeline.filter.invalid').optional()),
  /** A reviewer's account id, 'me' or 'none' (nobody assigned). */
  reviewer: z.preprocess(blank, z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional()),
  /** Only applications at least one reviewer has scored (the shortlist). */
  scored: z.preprocess(
    (value) => (value === '1' || value === 'true' || value === true ? true : undefined),
    z.literal(true).optional(),
  ),
  sort: z.preprocess(blank, z.enum(PIPELINE_SORTS, 'pipeline.filter.invalid').default('fit')),
  page: z.preprocess(blank, z.coerce.number('pipeline.filter.invalid').int().min(1).max(10_000).default(1)),
});
export type PipelineQueryInput = z.input<typeof PipelineQuerySchema>;

/** Reads the query from URL parameters, dropping any value that does not validate (a page never fails on a bad link). */
export function parsePipelineQuery(params: URLSearchParams): PipelineQuery {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(PipelineQuerySchema.shape)) {
    const all = params.getAll(key);
    if (all.length > 0) raw[key] = key === 'skill' ? all : all[0];
  }
  for (let attempt = 0; attempt < 12; attempt++) {
    const parsed = PipelineQuerySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
  }
  return PipelineQuerySchema.parse({});
}

/** Name search: kanji as typed, kana folded to katakana (the stored form), spaces ignored. */
export function nameSearchPattern(text: string): string {
  const folded = toKatakana(text).replace(/\s+/gu, '');
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const REVEALED = textArray(IDENTITY_REVEALED_CATEGORIES);

/**
 * The WHERE conditions of a pipeline query over `applications a` joined with `talent_profiles tp`,
 * except the opportunity and stage. Profile facts (skills, ties, hours, availability) only match
 * applicants whose profile the staff may see (not private); in blind mode the name search only
 * finds applicants whose identity is already revealed.
 */
export function pipelineConditions(options: {
  query: PipelineQuery;
  viewerId: string;
  blind: boolean;
}): SQL[] {
  const { query, viewerId } = options;
  const conditions: SQL[] = [];
  const visibleProfile = sql`coalesce(tp.visibility, 'applied_hosts') <> 'private'`;
  if (query.skill.length > 0) {
    conditions.push(visibleProfile);
    for (const skill of query.skill) {
      conditions.push(sql`exists (select 1 from talent_skills ts
        where ts.account_id = a.applicant_id and ts.skill = ${skill} and ts.level >= ${MIN_SKILL_LEVEL})`);
    }
  }
  if (query.tie) {
    conditions.push(sql`${visibleProfile} and (tp.prefecture_code = ${query.tie} or exists (
      select 1 from talent_region_ties t where t.account_id = a.applicant_id and t.prefecture_code = ${query.tie}))`);
  }
  if (query.minHours) conditions.push(sql`${visibleProfile} and tp.hours_per_week >= ${query.minHours}`);
  if (query.availability === 'weekdays') conditions.push(sql`${visibleProfile} and tp.available_weekdays`);
  if (query.availability === 'weekends') conditions.push(sql`${visibleProfile} and tp.available_weekends`);
  if (query.answer) {
    const separator = query.answer.indexOf(':');
    const questionId = query.answer.slice(0, separator);
    const value = query.answer.slice(separator + 1);
    conditions.push(sql`(a.answers @> ${JSON.stringify([{ questionId, value }])}::jsonb
      or a.answers @> ${JSON.stringify([{ questionId, value: [value] }])}::jsonb)`);
  }
  if (query.q) {
    const pattern = nameSearchPattern(query.q);
    const names = sql`(coalesce(tp.family_name, '') || coalesce(tp.given_name, '') || ' ' ||
      coalesce(tp.family_name_kana, '') || coalesce(tp.given_name_kana, '') || ' ' || replace(ac.display_name, ' ', ''))`;
    conditions.push(
      options.blind
        ? sql`(${names} ilike ${pattern} and a.stage_category::text = any(${REVEALED}::text[]))`
        : sql`${names} ilike ${pattern}`,
    );
  }
  if (query.reviewer === 'none') conditions.push(sql`a.assigned_reviewer_id is null`);
  else if (query.reviewer) {
    conditions.push(sql`a.assigned_reviewer_id = ${query.reviewer === 'me' ? viewerId : query.reviewer}`);
  }
  if (query.scored) {
    conditions.push(
      sql`exists (select 1 from scorecards s where s.application_id = a.id and s.submitted_at is not null)`,
    );
  }
  return conditions;
}

/**
 * FROM for a pipeline query: `applications a`, joined with the profile (`tp`) and the account (`ac`)
 * only when a filter or the sort needs them, since most views need neither.
 */
export function pipelineFrom(query: PipelineQuery): SQL {
  const needsProfile =
    query.skill.length > 0 ||
    query.tie ||
    query.minHours ||
    query.availability ||
    query.q ||
    query.sort === 'name';
  return sql.join(
    [
      sql`from applications a`,
      needsProfile ? sql`left join talent_profiles tp on tp.account_id = a.applicant_id` : sql``,
      query.q ? sql`join accounts ac on ac.id = a.applicant_id` : sql``,
    ],
    sql` `,
  );
}

/**
 * The mean of the submitted scorecards of `a`, over the opportunity's current criteria, visible only
 * to a viewer who has submitted their own (scores stay independent until then).
 */
export function visibleMeanSql(viewerId: string, criterionIds: string[]): SQL {
  return sql`(select case when bool_or(s.reviewer_id = ${viewerId}) then avg((
      select avg(e.value::numeric) from jsonb_each_text(s.scores) e
      where e.key = any(${textArray(criterionIds)}::text[]))) end
    from scorecards s where s.application_id = a.id and s.submitted_at is not null)`;
}

/** ORDER BY for the sort; `mean` is the viewer-visible mean score expression. Name sort is off in blind mode. */
export function pipelineOrder(sort: PipelineSort, options: { blind: boolean; mean: SQL }): SQL {
  switch (sort) {
    case 'submitted':
      return sql`a.submitted_at desc, a.id`;
    case 'name':
      return options.blind
        ? sql`a.submitted_at desc, a.id`
        : sql`coalesce(nullif(tp.family_name_kana, ''), tp.family_name), tp.given_name_kana, a.id`;
    case 'score':
      return sql`${options.mean} desc nulls last, a.fit_score desc nulls last, a.id`;
    default:
      return sql`a.fit_score desc nulls last, a.submitted_at desc, a.id`;
  }
}

// The pipeline's filters and sort as plain data, with no server dependencies: the pipeline page's
// browser code (links, the filter form) imports this; parsing and SQL live in pipeline-filters.ts.

export const PIPELINE_SORTS = ['fit', 'submitted', 'name', 'score'] as const;
export type PipelineSort = (typeof PIPELINE_SORTS)[number];
export const PIPELINE_PAGE_SIZE = 50;
export const AVAILABILITY_FILTERS = ['weekdays', 'weekends'] as const;
export type AvailabilityFilter = (typeof AVAILABILITY_FILTERS)[number];

export interface PipelineQuery {
  /** A stage id. */
  stage?: string;
  /** Skill slugs the applicant must all have (level ≥ 2). */
  skill: string[];
  /** A prefecture code the applicant lives in or has a tie to. */
  tie?: string;
  minHours?: number;
  availability?: AvailabilityFilter;
  /** `<question id>:<value>`. */
  answer?: string;
  /** Name search. */
  q?: string;
  /** A reviewer id, 'me' or 'none'. */
  reviewer?: string;
  /** Only applications with a submitted scorecard. */
  scored?: true;
  sort: PipelineSort;
  page: number;
}

/** The query as URL parameters, leaving out defaults, so links stay short and stable. */
export function pipelineQueryString(
  query: Partial<PipelineQuery>,
  overrides: Partial<PipelineQuery> = {},
): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.stage) params.set('stage', merged.stage);
  for (const skill of merged.skill ?? []) params.append('skill', skill);
  if (merged.tie) params.set('tie', merged.tie);
  if (merged.minHours) params.set('minHours', String(merged.minHours));
  if (merged.availability) params.set('availability', merged.availability);
  if (merged.answer) params.set('answer', merged.answer);
  if (merged.q) params.set('q', merged.q);
  if (merged.reviewer) params.set('reviewer', merged.reviewer);
  if (merged.scored) params.set('scored', '1');
  if (merged.sort && merged.sort !== 'fit') params.set('sort', merged.sort);
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  return params.toString();
}

/** Whether any filter other than the stage is set. */
export function hasPipelineFilters(query: PipelineQuery): boolean {
  return Boolean(
    query.skill.length ||
    query.tie ||
    query.minHours ||
    query.availability ||
    query.answer ||
    query.q ||
    query.reviewer ||
    query.scored,
  );
}

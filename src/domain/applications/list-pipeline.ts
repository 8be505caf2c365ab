import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import type { FitExplanation } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { isIdentityHidden } from '#src/domain/screening/blind';
import type { Actor } from '../accounts/actor';
import { requireOpportunityStaff, type StaffOpportunity } from './access';
import {
  PIPELINE_PAGE_SIZE,
  pipelineConditions,
  pipelineFrom,
  pipelineOrder,
  visibleMeanSql,
  type PipelineQuery,
} from './pipeline-filters';
import { requireUuid } from './require-application-participant';
import { ensurePipelineStages, type StageCategory } from './stages';

export interface PipelineStageSummary {
  id: string;
  category: StageCategory;
  name: string;
  nameEn: string;
  position: number;
  /** Applications at this stage that match the current filters. */
  count: number;
}

export interface PipelineRow {
  id: string;
  /** The applicant's account; null while blind screening hides who they are. */
  applicantId: string | null;
  /** The applicant's name; null when blind screening hides it (show the applicant number instead). */
  name: string | null;
  /** Place in the order of submission (応募者 #n), for blind screening. */
  applicantNumber: number;
  identityHidden: boolean;
  /** The applicant keeps their profile private: only the application itself is shown. */
  profileHidden: boolean;
  stage: { id: string; category: StageCategory; name: string; nameEn: string };
  fitScore: number | null;
  fitReasons: FitExplanation['reasons'];
  regionTie: string | null;
  topSkills: Array<{ skill: string; level: number }>;
  hoursPerWeek: number | null;
  submittedAt: string;
  reviewer: { id: string; name: string } | null;
  /** Mean of the submitted scorecards, shown only once the viewer has submitted their own. */
  meanScore: number | null;
  reviewCount: number;
  /** Whether the viewer has submitted a scorecard for this application. */
  reviewedByMe: boolean;
}

export interface PipelineListing {
  opportunity: StaffOpportunity;
  stages: PipelineStageSummary[];
  /** Applications matching the filters at every stage. */
  totalAllStages: number;
  /** Applications matching the filters and the chosen stage. */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  rows: PipelineRow[];
}

export interface PipelineBoard {
  opportunity: StaffOpportunity;
  stages: Array<PipelineStageSummary & { cards: PipelineRow[] }>;
  totalAllStages: number;
}

interface RawRow {
  id: string;
  applicant_id: string;
  stage_id: string;
  stage_category: StageCategory;
  fit_score: number | null;
  fit_explanation: FitExplanation | null;
  submitted_at: Date | string;
  reviewer_id: string | null;
  reviewer_name: string | null;
  family_name: string | null;
  given_name: string | null;
  display_name: string;
  visibility: string | null;
  hours_per_week: number | null;
  skills: Array<{ skill: string; level: number }> | null;
  mean_score: string | number | null;
  review_count: number | string;
  reviewed_by_me: boolean;
  applicant_number: number | string;
}

/** The staff check, the stages and the scorecard criteria every pipeline view starts from. */
async function pipelineContext(options: { db: DbOrTx; actor: Actor | null; opportunityId: string }) {
  requireUuid(options.opportunityId);
  const opportunity = await requireOpportunityStaff(options);
  const stages = await ensurePipelineStages({ db: options.db, opportunityId: opportunity.id });
  const criteria = await queryRows<{ id: string }>(
    options.db,
    sql`select id from scorecard_criteria where opportunity_id = ${opportunity.id}`,
  );
  return { opportunity, stages, criterionIds: criteria.map((row) => row.id) };
}

/** Selects the display columns for the applications listed in `page(id, pos)`, in that order. */
async function loadRows(options: {
  db: DbOrTx;
  page: SQL;
  opportunity: StaffOpportunity;
  viewerId: string;
  criterionIds: string[];
  stages: Map<string, PipelineStageSummary>;
}): Promise<PipelineRow[]> {
  const { opportunity } = options;
  const numbering = opportunity.blindScreening
    ? sql`(select n from (select id, row_number() over (order by submitted_at, id) as n
         from applications where opportunity_id = ${opportunity.id}) numbered where numbered.id = a.id)`
    : sql`0`;
  const rows = await queryRows<RawRow>(
    options.db,
    sql`with page as (${options.page})
      select a.id, a.applicant_id, a.stage_id, a.stage_category, a.fit_score, a.fit_explanation, a.submitted_at,
        a.assigned_reviewer_id as reviewer_id, rv.display_name as reviewer_name,
        tp.family_name, tp.given_name, ac.display_name, tp.visibility, tp.hours_per_week,
        (select json_agg(json_build_object('skill', x.skill, 'level', x.level))
          from (select ts.skill, ts.level from talent_skills ts where ts.account_id = a.applicant_id
                order by ts.level desc, ts.skill limit 3) x) as skills,
        ${visibleMeanSql(options.viewerId, options.criterionIds)} as mean_score,
        (select count(*) from scorecards s where s.application_id = a.id and s.submitted_at is not null) as review_count,
        exists (select 1 from scorecards s where s.application_id = a.id and s.reviewer_id = ${options.viewerId}
          and s.submitted_at is not null) as reviewed_by_me,
        ${numbering} as applicant_number
      from page
      join applications a on a.id = page.id
      left join talent_profiles tp on tp.account_id = a.applicant_id
      join accounts ac on ac.id = a.applicant_id
      left join accounts rv on rv.id = a.assigned_reviewer_id
      order by page.pos`,
  );
  return rows.map((row) => {
    const stage = options.stages.get(row.stage_id)!;
    const identityHidden = isIdentityHidden({
      blindScreening: opportunity.blindScreening,
      stageCategory: row.stage_category,
    });
    const profileHidden = row.visibility === 'private';
    const fullName = [row.family_name, row.given_name].filter(Boolean).join(' ') || row.display_name;
    return {
      id: row.id,
      applicantId: identityHidden ? null : row.applicant_id,
      name: identityHidden ? null : fullName,
      applicantNumber: Number(row.applicant_number),
      identityHidden,
      profileHidden,
      stage: { id: stage.id, category: stage.category, name: stage.name, nameEn: stage.nameEn },
      fitScore: row.fit_score,
      fitReasons: row.fit_explanation?.reasons ?? [],
      regionTie: profileHidden ? null : (row.fit_explanation?.regionTie ?? null),
      topSkills: profileHidden ? [] : (row.skills ?? []),
      hoursPerWeek: profileHidden ? null : row.hours_per_week,
      submittedAt: new Date(row.submitted_at).toISOString(),
      reviewer: row.reviewer_id ? { id: row.reviewer_id, name: row.reviewer_name ?? '' } : null,
      meanScore: row.mean_score === null ? null : Math.round(Number(row.mean_score) * 100) / 100,
      reviewCount: Number(row.review_count),
      reviewedByMe: row.reviewed_by_me,
    };
  });
}

function whereSql(options: {
  opportunityId: string;
  query: PipelineQuery;
  viewerId: string;
  blind: boolean;
  withStage: boolean;
}): SQL {
  const conditions = [
    sql`a.opportunity_id = ${options.opportunityId}`,
    ...(options.withStage && options.query.stage ? [sql`a.stage_id = ${options.query.stage}`] : []),
    ...pipelineConditions({ query: options.query, viewerId: options.viewerId, blind: options.blind }),
  ];
  return sql.join(conditions, sql` and `);
}

async function stageCounts(options: {
  db: DbOrTx;
  opportunity: StaffOpportunity;
  query: PipelineQuery;
  viewerId: string;
  stages: Awaited<ReturnType<typeof ensurePipelineStages>>;
}): Promise<{ summaries: PipelineStageSummary[]; total: number }> {
  const where = whereSql({
    opportunityId: options.opportunity.id,
    query: options.query,
    viewerId: options.viewerId,
    blind: options.opportunity.blindScreening,
    withStage: false,
  });
  const counts = await queryRows<{ stage_id: string; count: number | string }>(
    options.db,
    sql`select a.stage_id, count(*) as count ${pipelineFrom(options.query)} where ${where} group by a.stage_id`,
  );
  const byStage = new Map(counts.map((row) => [row.stage_id, Number(row.count)]));
  const summaries = options.stages.map((stage) => ({
    id: stage.id,
    category: stage.category,
    name: stage.name,
    nameEn: stage.nameEn,
    position: stage.position,
    count: byStage.get(stage.id) ?? 0,
  }));
  return { summaries, total: summaries.reduce((sum, stage) => sum + stage.count, 0) };
}

/**
 * One opportunity's applications for its staff (host members, programme coordinators): filtered,
 * sorted and paged, with counts per stage for the same filters. Anyone else gets NOT_FOUND.
 */
export async function listPipeline(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
  query: PipelineQuery;
}): Promise<PipelineListing> {
  const { db, query } = options;
  const { opportunity, stages, criterionIds } = await pipelineContext(options);
  const viewerId = options.actor!.accountId;
  const { summaries, total: totalAllStages } = await stageCounts({
    db,
    opportunity,
    query,
    viewerId,
    stages,
  });
  const stageFilter = query.stage ? summaries.find((stage) => stage.id === query.stage) : undefined;
  const total = query.stage ? (stageFilter?.count ?? 0) : totalAllStages;
  const pageCount = Math.max(1, Math.ceil(total / PIPELINE_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const where = whereSql({
    opportunityId: opportunity.id,
    query,
    viewerId,
    blind: opportunity.blindScreening,
    withStage: true,
  });
  const order = pipelineOrder(query.sort, {
    blind: opportunity.blindScreening,
    mean: visibleMeanSql(viewerId, criterionIds),
  });
  const rows =
    total === 0
      ? []
      : await loadRows({
          db,
          opportunity,
          viewerId,
          criterionIds,
          stages: new Map(summaries.map((stage) => [stage.id, stage])),
          page: sql`select a.id, row_number() over (order by ${order}) as pos ${pipelineFrom(query)} where ${where}
              order by pos limit ${PIPELINE_PAGE_SIZE} offset ${(page - 1) * PIPELINE_PAGE_SIZE}`,
        });
  return {
    opportunity,
    stages: summaries,
    totalAllStages,
    total,
    page,
    pageCount,
    pageSize: PIPELINE_PAGE_SIZE,
    rows,
  };
}

/** The board: one column per stage with its count and its first `perStage` cards in the chosen order. */
export async function listPipelineBoard(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
  query: PipelineQuery;
  perStage?: number;
}): Promise<PipelineBoard> {
  const { db, query } = options;
  const perStage = options.perStage ?? 8;
  const { opportunity, stages, criterionIds } = await pipelineContext(options);
  const viewerId = options.actor!.accountId;
  const { summaries, total } = await stageCounts({ db, opportunity, query, viewerId, stages });
  const where = whereSql({
    opportunityId: opportunity.id,
    query,
    viewerId,
    blind: opportunity.blindScreening,
    withStage: false,
  });
  const order = pipelineOrder(query.sort, {
    blind: opportunity.blindScreening,
    mean: visibleMeanSql(viewerId, criterionIds),
  });
  const cards =
    total === 0
      ? []
      : await loadRows({
          db,
          opportunity,
          viewerId,
          criterionIds,
          stages: new Map(summaries.map((stage) => [stage.id, stage])),
          page: sql`select ranked.id, row_number() over (order by ranked.stage_id, ranked.rank) as pos from (
              select a.id, a.stage_id, row_number() over (partition by a.stage_id order by ${order}) as rank
              ${pipelineFrom(query)} where ${where}) ranked
            where ranked.rank <= ${perStage}`,
        });
  return {
    opportunity,
    totalAllStages: total,
    stages: summaries.map((stage) => ({
      ...stage,
      cards: cards.filter((card) => card.stage.id === stage.id),
    })),
  };
}

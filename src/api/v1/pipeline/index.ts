import { z } from 'zod';
import { assignReviewer } from '#src/domain/applications/assign-reviewer';
import { bulkReject } from '#src/domain/applications/bulk-reject';
import { contentDisposition, exportPipelineCsv } from '#src/domain/applications/export-pipeline-csv';
import { describeFitReason } from '#src/domain/applications/fit-score';
import { getApplicationForStaff } from '#src/domain/applications/get-application-for-staff';
import { listPipeline } from '#src/domain/applications/list-pipeline';
import {
  addPipelineStage,
  listPipelineStages,
  removePipelineStage,
  renamePipelineStages,
} from '#src/domain/applications/manage-stages';
import { moveApplications } from '#src/domain/applications/move-applications';
import { PipelineQuerySchema, type PipelineQuery } from '#src/domain/applications/pipeline-filters';
import { recomputeFitScores } from '#src/domain/applications/recompute-fit-scores';
import { requireApplicationStaff } from '#src/domain/applications/access';
import { requireUuid } from '#src/domain/applications/require-application-participant';
import { resolveOpportunityId } from '#src/domain/opportunities/access';
import { listScorecardCriteria } from '#src/domain/screening/list-scorecard-criteria';
import { listScorecards } from '#src/domain/screening/list-scorecards';
import { listScreeningQuestions } from '#src/domain/screening/list-screening-questions';
import { replaceScorecardCriteria } from '#src/domain/screening/replace-scorecard-criteria';
import { replaceScreeningQuestions } from '#src/domain/screening/replace-screening-questions';
import { submitScorecard } from '#src/domain/screening/submit-scorecard';
import type { FitExplanation } from '#src/db/schema';
import type { Locale } from '#src/i18n';
import { AppError } from '#src/lib/errors';
import { defineRoute, type ApiContext } from '../framework';
import {
  BulkActionBodySchema,
  NewStageBodySchema,
  PipelineQueryParams,
  PipelineSchema,
  PipelineStageSchema,
  ScorecardBodySchema,
  ScorecardCriteriaBodySchema,
  ScorecardCriterionSchema,
  ScorecardSchema,
  ScorecardsSchema,
  ScreeningQuestionSchema,
  ScreeningQuestionsBodySchema,
  StaffApplicationSchema,
  StageChangeBodySchema,
  StageRenameBodySchema,
} from './schemas';

const OpportunityParams = z.object({
  opportunity: z.string().min(1).max(100).meta({ description: 'The opportunity’s id or slug' }),
});
const IdParams = z.object({ id: z.uuid() });
const tags = ['screening'];

function publicUrl(ctx: ApiContext): string {
  return ctx.runtime.config.PUBLIC_URL ?? new URL(ctx.request.url).origin;
}

function opportunityIdOf(ctx: ApiContext, key: string) {
  return resolveOpportunityId({ db: ctx.db, key });
}

/** The pipeline filters from the (already type-checked) query parameters, by the domain's own rules. */
function pipelineQuery(query: z.infer<typeof PipelineQueryParams>): PipelineQuery {
  const parsed = PipelineQuerySchema.safeParse(query);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fields[String(issue.path[0] ?? '_')] ??= 'pipeline.filter.invalid';
    throw new AppError('INVALID_INPUT', 'errors.INVALID_INPUT', fields);
  }
  return parsed.data;
}

function fitReasons(locale: Locale, explanation: FitExplanation | null | undefined) {
  return (explanation?.reasons ?? []).map((reason) => ({
    ...reason,
    text: describeFitReason(locale, reason),
  }));
}

/** The application's opportunity, after checking the actor is its staff (NOT_FOUND otherwise). */
async function staffOpportunityOfApplication(ctx: ApiContext, applicationId: string) {
  requireUuid(applicationId);
  const { opportunity } = await requireApplicationStaff({ db: ctx.db, actor: ctx.actor, applicationId });
  return opportunity;
}

async function staffApplication(ctx: ApiContext, applicationId: string) {
  const detail = await getApplicationForStaff({
    db: ctx.db,
    actor: ctx.actor,
    applicationId,
    locale: ctx.locale,
  });
  const { opportunity, application, applicant } = detail;
  const profile = applicant.profile;
  return {
    id: application.id,
    opportunity: {
      id: opportunity.id,
      slug: opportunity.slug,
      title: opportunity.title,
      blindScreening: opportunity.blindScreening,
    },
    applicantId: application.applicantId,
    applicantLabel: applicant.label,
    applicantNumber: applicant.applicantNumber,
    identityHidden: applicant.identityHidden,
    stage: application.stage,
    submittedAt: application.submittedAt,
    updatedAt: application.updatedAt,
    withdrawnAt: application.withdrawnAt,
    motivation: application.motivation,
    answers: application.answers,
    fitScore: application.fitScore,
    fitReasons: fitReasons(ctx.locale, application.fitExplanation),
    regionTie: application.fitExplanation?.regionTie ?? null,
    reviewer: application.reviewer,
    profile: profile
      ? {
          displayName: profile.displayName,
          accessLevel: profile.access.level,
          contact: profile.contact,
          headline: profile.profile?.headline ?? null,
          prefectureCode: profile.profile?.prefectureCode ?? null,
          hoursPerWeek: profile.profile?.hoursPerWeek ?? null,
          skills: profile.profile?.skills ?? [],
          regionTies: profile.profile?.regionTies ?? [],
        }
      : null,
    stages: detail.stages,
  };
}

/**
 * Screening for the host's staff (host organisation members and the programme's coordinators):
 * the same domain operations, permission checks and blind-screening rules as the pages.
 */
export const pipelineRoutes = [
  defineRoute({
    method: 'GET',
    path: '/opportunities/{opportunity}/pipeline',
    operationId: 'listPipeline',
    summary:
      'The opportunity’s applicants for its staff: filtered, sorted (fit by default), 50 a page, with counts per stage',
    tags,
    auth: 'required',
    params: OpportunityParams,
    query: PipelineQueryParams,
    response: PipelineSchema,
    async handler({ ctx, params, query }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      const listing = await listPipeline({
        db: ctx.db,
        actor: ctx.actor,
        opportunityId,
        query: pipelineQuery(query),
      });
      return {
        opportunity: {
          id: listing.opportunity.id,
          slug: listing.opportunity.slug,
          title: listing.opportunity.title,
          blindScreening: listing.opportunity.blindScreening,
        },
        stages: listing.stages,
        totalAllStages: listing.totalAllStages,
        total: listing.total,
        page: listing.page,
        pageCount: listing.pageCount,
        pageSize: listing.pageSize,
        items: listing.rows.map((row) => ({
          ...row,
          fitReasons: row.fitReasons.map((reason) => ({
            ...reason,
            text: describeFitReason(ctx.locale, reason),
          })),
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/opportunities/{opportunity}/pipeline.csv',
    operationId: 'exportPipelineCsv',
    summary:
      'The pipeline as CSV for Excel (UTF-8 with BOM, CRLF), with the same filters; headers in the response language',
    tags,
    auth: 'required',
    params: OpportunityParams,
    query: PipelineQueryParams,
    response: z.string(),
    rawContentType: 'text/csv',
    async handler({ ctx, params, query }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      const { filename, content } = await exportPipelineCsv({
        db: ctx.db,
        actor: ctx.actor,
        opportunityId,
        query: pipelineQuery(query),
        locale: ctx.locale,
      });
      return new Response(content, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': contentDisposition(filename),
          'Cache-Control': 'no-store',
        },
      });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/opportunities/{opportunity}/fit-scores/recompute',
    operationId: 'recomputeFitScores',
    summary: 'Score every application again against the opportunity’s current requirements',
    tags,
    auth: 'required',
    params: OpportunityParams,
    response: z.object({ updated: z.number().int() }),
    async handler({ ctx, params }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return recomputeFitScores({ db: ctx.db, actor: ctx.actor, opportunityId });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/opportunities/{opportunity}/applications/bulk',
    operationId: 'bulkUpdateApplications',
    summary:
      'Move, reject (with a message to each applicant) or assign a reviewer to several applications at once; all or nothing',
    tags,
    auth: 'required',
    params: OpportunityParams,
    body: BulkActionBodySchema,
    response: z.object({ affected: z.number().int() }),
    async handler({ ctx, params, body }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      const common = {
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        opportunityId,
        applicationIds: body.applicationIds,
        publicUrl: publicUrl(ctx),
      };
      switch (body.action) {
        case 'move':
          return {
            affected: (await moveApplications({ ...common, toStageId: body.stageId, message: body.message }))
              .moved,
          };
        case 'reject':
          return { affected: (await bulkReject({ ...common, message: body.message })).rejected };
        case 'assign':
          return { affected: (await assignReviewer({ ...common, reviewerId: body.reviewerId })).assigned };
      }
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/opportunities/{opportunity}/stages',
    operationId: 'listPipelineStages',
    summary: 'The opportunity’s pipeline stages in order',
    tags,
    auth: 'required',
    params: OpportunityParams,
    response: z.object({ items: z.array(PipelineStageSchema) }),
    async handler({ ctx, params }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return { items: await listPipelineStages({ db: ctx.db, actor: ctx.actor, opportunityId }) };
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/opportunities/{opportunity}/stages',
    operationId: 'renamePipelineStages',
    summary: 'Rename stages (Japanese and English); host organisation only',
    tags,
    auth: 'required',
    params: OpportunityParams,
    body: StageRenameBodySchema,
    response: z.object({ items: z.array(PipelineStageSchema) }),
    async handler({ ctx, params, body }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return {
        items: await renamePipelineStages({
          db: ctx.db,
          actor: ctx.actor,
          opportunityId,
          stages: body.stages,
        }),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/opportunities/{opportunity}/stages',
    operationId: 'addPipelineStage',
    summary: 'Add a screening or interview round after a stage; host organisation only',
    tags,
    auth: 'required',
    params: OpportunityParams,
    body: NewStageBodySchema,
    response: z.object({ items: z.array(PipelineStageSchema) }),
    status: 201,
    async handler({ ctx, params, body }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return { items: await addPipelineStage({ db: ctx.db, actor: ctx.actor, opportunityId, stage: body }) };
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/opportunities/{opportunity}/stages/{stageId}',
    operationId: 'removePipelineStage',
    summary: 'Remove an added stage that has never held an application; host organisation only',
    tags,
    auth: 'required',
    params: OpportunityParams.extend({ stageId: z.uuid() }),
    response: z.object({ items: z.array(PipelineStageSchema) }),
    async handler({ ctx, params }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return {
        items: await removePipelineStage({
          db: ctx.db,
          actor: ctx.actor,
          opportunityId,
          stageId: params.stageId,
        }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/opportunities/{opportunity}/questions',
    operationId: 'listScreeningQuestions',
    summary: 'The questions applicants answer, in order',
    tags,
    auth: 'required',
    params: OpportunityParams,
    response: z.object({ items: z.array(ScreeningQuestionSchema) }),
    async handler({ ctx, params }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return { items: await listScreeningQuestions({ db: ctx.db, actor: ctx.actor, opportunityId }) };
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/opportunities/{opportunity}/questions',
    operationId: 'replaceScreeningQuestions',
    summary:
      'Set the questions (in this order): keep by id, add without id, drop the rest; host organisation only',
    tags,
    auth: 'required',
    params: OpportunityParams,
    body: ScreeningQuestionsBodySchema,
    response: z.object({ items: z.array(ScreeningQuestionSchema) }),
    async handler({ ctx, params, body }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return {
        items: await replaceScreeningQuestions({
          db: ctx.db,
          actor: ctx.actor,
          opportunityId,
          questions: body.questions,
        }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/opportunities/{opportunity}/scorecard-criteria',
    operationId: 'listScorecardCriteria',
    summary: 'The scorecard criteria (scored 1–5, with anchors for 1, 3 and 5)',
    tags,
    auth: 'required',
    params: OpportunityParams,
    response: z.object({ items: z.array(ScorecardCriterionSchema) }),
    async handler({ ctx, params }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return { items: await listScorecardCriteria({ db: ctx.db, actor: ctx.actor, opportunityId }) };
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/opportunities/{opportunity}/scorecard-criteria',
    operationId: 'replaceScorecardCriteria',
    summary: 'Set the scorecard criteria (in this order); host organisation only',
    tags,
    auth: 'required',
    params: OpportunityParams,
    body: ScorecardCriteriaBodySchema,
    response: z.object({ items: z.array(ScorecardCriterionSchema) }),
    async handler({ ctx, params, body }) {
      const opportunityId = await opportunityIdOf(ctx, params.opportunity);
      return {
        items: await replaceScorecardCriteria({
          db: ctx.db,
          actor: ctx.actor,
          opportunityId,
          criteria: body.criteria,
        }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/applications/{id}',
    operationId: 'getApplicationForStaff',
    summary: 'One application as its staff see it (profile redacted under blind screening)',
    tags,
    auth: 'required',
    params: IdParams,
    response: StaffApplicationSchema,
    async handler({ ctx, params }) {
      return staffApplication(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/applications/{id}/stage',
    operationId: 'changeApplicationStage',
    summary:
      'Move one application to a stage of its pipeline; the applicant is notified (with the message, if any)',
    tags,
    auth: 'required',
    params: IdParams,
    body: StageChangeBodySchema,
    response: StaffApplicationSchema,
    async handler({ ctx, params, body }) {
      const opportunity = await staffOpportunityOfApplication(ctx, params.id);
      await moveApplications({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        opportunityId: opportunity.id,
        applicationIds: [params.id],
        toStageId: body.stageId,
        message: body.message,
        publicUrl: publicUrl(ctx),
      });
      return staffApplication(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/applications/{id}/scorecards',
    operationId: 'listScorecards',
    summary: 'Your scorecard and, once you have submitted it, the other reviewers’ and the aggregate',
    tags,
    auth: 'required',
    params: IdParams,
    response: ScorecardsSchema,
    async handler({ ctx, params }) {
      return listScorecards({ db: ctx.db, actor: ctx.actor, applicationId: params.id });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/applications/{id}/scorecard',
    operationId: 'saveScorecard',
    summary: 'Save your scorecard as a draft, or submit it (every criterion scored; final)',
    tags,
    auth: 'required',
    params: IdParams,
    body: ScorecardBodySchema,
    response: ScorecardSchema,
    async handler({ ctx, params, body }) {
      await submitScorecard({ db: ctx.db, actor: ctx.actor, applicationId: params.id, input: body });
      const { mine } = await listScorecards({ db: ctx.db, actor: ctx.actor, applicationId: params.id });
      return mine!;
    },
  }),
];

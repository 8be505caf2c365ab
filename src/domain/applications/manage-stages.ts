import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '#src/db/client';
import { applicationEvents, applications, pipelineStages } from '#src/db/schema';
import { fieldErrorsOf } from '#src/domain/screening/schema';
import { requireOpportunityHost, requireStaffOpportunity } from '#src/domain/screening/access';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { ensurePipelineStages, type PipelineStage, type StageCategory } from './stages';

/** Custom stages can be added after these, as a further screening or interview round. */
export const INSERTABLE_AFTER: StageCategory[] = ['applied', 'screening', 'interview'];
export const CUSTOM_STAGE_CATEGORIES = ['screening', 'interview'] as const;

const StageNameSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(40, 'pipeline.validation.stageNameTooLong'),
  nameEn: z.string().trim().min(1, 'validation.required').max(40, 'pipeline.validation.stageNameTooLong'),
});

export const StageRenamesSchema = z
  .array(StageNameSchema.extend({ id: z.uuid() }))
  .min(1)
  .max(30);
export type StageRename = z.input<typeof StageRenamesSchema>[number];

export const NewStageSchema = StageNameSchema.extend({
  afterStageId: z.uuid('validation.required'),
  category: z.enum(CUSTOM_STAGE_CATEGORIES, 'validation.invalid'),
});
export type NewStageInput = z.input<typeof NewStageSchema>;

/** The opportunity's stages (the default pipeline created on first use) for its staff, in order. */
export async function listPipelineStages(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}) {
  const opportunity = await requireStaffOpportunity(options);
  return ensurePipelineStages({ db: options.db, opportunityId: opportunity.id });
}

/**
 * Renames stages (Japanese and English names; what a stage means, its category, stays). Host
 * organisation only; ids of another opportunity's stages are refused.
 */
export async function renamePipelineStages(options: {
  db: Db;
  actor: Actor | null;
  opportunityId: string;
  stages: StageRename[];
}): Promise<PipelineStage[]> {
  const parsed = StageRenamesSchema.safeParse(options.stages);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
  return options.db.transaction(async (tx) => {
    const opportunity = await requireOpportunityHost({
      db: tx,
      actor: options.actor,
      opportunityId: options.opportunityId,
    });
    const existing = await ensurePipelineStages({ db: tx, opportunityId: opportunity.id });
    const ids = new Set(existing.map((stage) => stage.id));
    for (const stage of parsed.data) {
      if (!ids.has(stage.id)) throw new AppError('INVALID_INPUT', 'applications.unknownStage');
      await tx
        .update(pipelineStages)
        .set({ name: stage.name, nameEn: stage.nameEn })
        .where(eq(pipelineStages.id, stage.id));
    }
    return ensurePipelineStages({ db: tx, opportunityId: opportunity.id });
  });
}

/**
 * Adds a stage right after another, as a further screening or interview round (二次面談…). It can
 * follow 応募, a screening or an interview stage; an interview round cannot be followed by screening.
 */
export async function addPipelineStage(options: {
  db: Db;
  actor: Actor | null;
  opportunityId: string;
  stage: NewStageInput;
}): Promise<PipelineStage[]> {
  const parsed = NewStageSchema.safeParse(options.stage);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  return options.db.transaction(async (tx) => {
    const opportunity = await requireOpportunityHost({
      db: tx,
      actor: options.actor,
      opportunityId: options.opportunityId,
    });
    const stages = await ensurePipelineStages({ db: tx, opportunityId: opportunity.id });
    const after = stages.find((stage) => stage.id === input.afterStageId);
    if (!after || !INSERTABLE_AFTER.includes(after.category)) {
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
        afterStageId: 'pipeline.stages.cannotInsertHere',
      });
    }
    if (after.category === 'interview' && input.category === 'screening') {
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
        category: 'pipeline.stages.screeningAfterInterview',
      });
    }
    if (stages.length >= 20) throw new AppError('CONFLICT', 'pipeline.stages.tooMany');
    await tx
      .update(pipelineStages)
      .set({ position: sql`${pipelineStages.position} + 1` })
      .where(
        and(eq(pipelineStages.opportunityId, opportunity.id), gt(pipelineStages.position, after.position)),
      );
    await tx.insert(pipelineStages).values({
      opportunityId: opportunity.id,
      category: input.category,
      name: input.name,
      nameEn: input.nameEn,
      position: after.position + 1,
    });
    return ensurePipelineStages({ db: tx, opportunityId: opportunity.id });
  });
}

/**
 * Removes a stage that was added (another stage of the same category remains) and has never held an
 * application, so no one's history loses a step.
 */
export async function removePipelineStage(options: {
  db: Db;
  actor: Actor | null;
  opportunityId: string;
  stageId: string;
}): Promise<PipelineStage[]> {
  return options.db.transaction(async (tx) => {
    const opportunity = await requireOpportunityHost({
      db: tx,
      actor: options.actor,
      opportunityId: options.opportunityId,
    });
    const stages = await ensurePipelineStages({ db: tx, opportunityId: opportunity.id });
    const stage = stages.find((candidate) => candidate.id === options.stageId);
    if (!stage) throw new AppError('NOT_FOUND');
    if (stages.filter((candidate) => candidate.category === stage.category).length < 2) {
      throw new AppError('CONFLICT', 'pipeline.stages.lastOfCategory');
    }
    const [used] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.stageId, stage.id))
      .limit(1);
    const [inHistory] = await tx
      .select({ id: applicationEvents.id })
      .from(applicationEvents)
      .where(or(eq(applicationEvents.fromStageId, stage.id), eq(applicationEvents.toStageId, stage.id)))
      .limit(1);
    if (used || inHistory) throw new AppError('CONFLICT', 'pipeline.stages.inUse');
    await tx.delete(pipelineStages).where(eq(pipelineStages.id, stage.id));
    await tx
      .update(pipelineStages)
      .set({ position: sql`${pipelineStages.position} - 1` })
      .where(
        and(eq(pipelineStages.opportunityId, opportunity.id), gt(pipelineStages.position, stage.position)),
      );
    return tx
      .select()
      .from(pipelineStages)
      .where(eq(pipelineStages.opportunityId, opportunity.id))
      .orderBy(asc(pipelineStages.position));
  });
}

import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '#src/db/client';
import { applicationEvents, applications, pipelineStages } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import type { Mailer } from '../notifications/mailer';
import { notifyAccount } from '../notifications/notify-account';
import { requireApplicationStaff } from './access';

/**
 * Moves applications to another stage of their opportunity's pipeline, recording each change
 * (who, when, from, to) and e-mailing each applicant whose stage changed. Staff only; applications
 * the actor may not handle are reported as NOT_FOUND. All moves happen in one transaction.
 */
export async function changeApplicationStage(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  applicationIds: string[];
  toStageId: string;
  /** Shown to the applicant in the notification (e.g. a templated rejection message). */
  message?: string;
  publicUrl?: string;
}): Promise<{ moved: number }> {
  if (options.applicationIds.length === 0) return { moved: 0 };
  const movedApplicants: Array<{
    applicantId: string;
    applicationId: string;
    stageName: string;
    stageNameEn: string;
    title: string;
  }> = [];
  await options.db.transaction(async (tx) => {
    for (const applicationId of options.applicationIds) {
      const { application, opportunity } = await requireApplicationStaff({
        db: tx,
        actor: options.actor,
        applicationId,
      });
      const [stage] = await tx
        .select()
        .from(pipelineStages)
        .where(
          and(eq(pipelineStages.id, options.toStageId), eq(pipelineStages.opportunityId, opportunity.id)),
        )
        .limit(1);
      if (!stage) throw new AppError('INVALID_INPUT', 'applications.unknownStage');
      if (application.stageId === stage.id) continue;
      await recordStageChange({
        db: tx,
        applicationId,
        actorId: options.actor!.accountId,
        fromStageId: application.stageId,
        toStage: stage,
        message: options.message,
      });
      movedApplicants.push({
        applicantId: application.applicantId,
        applicationId,
        stageName: stage.name,
        stageNameEn: stage.nameEn,
        title: opportunity.title,
      });
    }
  });
  for (const moved of movedApplicants) {
    await notifyAccount({
      db: options.db,
      mailer: options.mailer,
      accountId: moved.applicantId,
      subjectKey: 'applications.email.stageChangedSubject',
      bodyKey: options.message
        ? 'applications.email.stageChangedWithMessage'
        : 'applications.email.stageChangedBody',
      params: { title: moved.title, stage: moved.stageName, message: options.message ?? '' },
      paramsByLocale: { en: { stage: moved.stageNameEn } },
      path: `/account/applications/${moved.applicationId}`,
      publicUrl: options.publicUrl,
    });
  }
  return { moved: movedApplicants.length };
}

/** The low-level write shared by staff moves and the applicant's own withdrawal. */
export async function recordStageChange(options: {
  db: DbOrTx;
  applicationId: string;
  actorId: string | null;
  fromStageId: string | null;
  toStage: typeof pipelineStages.$inferSelect;
  message?: string;
  kind?: string;
}) {
  const now = new Date();
  await options.db
    .update(applications)
    .set({
      stageId: options.toStage.id,
      stageCategory: options.toStage.category,
      updatedAt: now,
      ...(options.toStage.category === 'withdrawn' ? { withdrawnAt: now } : {}),
    })
    .where(eq(applications.id, options.applicationId));
  await options.db.insert(applicationEvents).values({
    applicationId: options.applicationId,
    actorId: options.actorId,
    kind: options.kind ?? 'stage_changed',
    fromStageId: options.fromStageId,
    toStageId: options.toStage.id,
    payload: options.message ? { message: options.message } : {},
    visibleToApplicant: true,
  });
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { interviews, organisations } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { markInterviewCancelled, sendInterviewCancelledEmails } from '../interviews/cancel-interview';
import type { Mailer } from '../notifications/mailer';
import { notifyAccount } from '../notifications/notify-account';
import { requireOwnApplication } from './access';
import { recordStageChange } from './change-application-stage';
import { APPLICATION_MANAGER_ROLES, hostRecipientIds } from './host-recipients';
import { requireUuid } from './require-application-participant';
import { CLOSED_CATEGORIES, ensurePipelineStages } from './stages';

/**
 * The applicant withdraws (辞退) from any stage that is not closed: the application moves to the
 * withdrawn stage (recorded like any stage change, kind 'withdrawn'), open interviews are called off
 * (with cancelling invites), and the host's owners and admins are told.
 */
export async function withdrawApplication(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  applicationId: string;
  publicUrl?: string;
  now?: Date;
}): Promise<{ applicationId: string }> {
  requireActor(options.actor);
  const actor = options.actor;
  requireUuid(options.applicationId);
  const now = options.now ?? new Date();
  const outcome = await options.db.transaction(async (tx) => {
    const { application, opportunity } = await requireOwnApplication({
      db: tx,
      actor,
      applicationId: options.applicationId,
    });
    if (CLOSED_CATEGORIES.includes(application.stageCategory))
      throw new AppError('CONFLICT', 'apply.withdraw.closed');
    const stages = await ensurePipelineStages({ db: tx, opportunityId: opportunity.id });
    await recordStageChange({
      db: tx,
      applicationId: application.id,
      actorId: actor.accountId,
      fromStageId: application.stageId,
      toStage: stages.find((stage) => stage.category === 'withdrawn')!,
      kind: 'withdrawn',
    });
    const open = await tx
      .select()
      .from(interviews)
      .where(
        and(
          eq(interviews.applicationId, application.id),
          inArray(interviews.status, ['proposed', 'scheduled']),
        ),
      )
      .for('update');
    const cancelled = [];
    for (const interview of open) {
      cancelled.push(
        await markInterviewCancelled({
          db: tx,
          interview,
          actorId: actor.accountId,
          side: 'applicant',
          reason: '',
          now,
        }),
      );
    }
    return { application, opportunity, cancelled };
  });

  const { application, opportunity } = outcome;
  const [organisation] = await options.db
    .select({ name: organisations.name, nameEn: organisations.nameEn })
    .from(organisations)
    .where(eq(organisations.id, opportunity.organisationId));
  for (const interview of outcome.cancelled) {
    await sendInterviewCancelledEmails({
      db: options.db,
      mailer: options.mailer,
      context: {
        interview,
        applicationId: application.id,
        applicantId: application.applicantId,
        opportunity,
        organisation: organisation!,
      },
      cancelledBy: 'applicant',
      actorId: actor.accountId,
      reason: '',
      publicUrl: options.publicUrl,
    });
  }
  const recipients = await hostRecipientIds({
    db: options.db,
    organisationId: opportunity.organisationId,
    roles: APPLICATION_MANAGER_ROLES,
  });
  for (const accountId of recipients) {
    await notifyAccount({
      db: options.db,
      mailer: options.mailer,
      accountId,
      subjectKey: 'apply.email.withdrawnSubject',
      bodyKey: 'apply.email.withdrawnBody',
      params: { title: opportunity.title },
      path: `/manage/applications/${application.id}`,
      publicUrl: options.publicUrl,
    });
  }
  return { applicationId: application.id };
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { applications } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import type { Mailer } from '../notifications/mailer';
import { requireOpportunityStaff } from './access';
import { changeApplicationStage } from './change-application-stage';
import { requireUuid } from './require-application-participant';
import { ensurePipelineStages } from './stages';

export const REJECTION_MESSAGE_MAX = 4000;

/**
 * Rejects several applications of one opportunity at once with the host's message (usually a
 * template they edited): each moves to the 不採用 stage, the change is recorded and each applicant
 * is e-mailed the message. All or nothing, in one transaction (see changeApplicationStage).
 */
export async function bulkReject(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  opportunityId: string;
  applicationIds: string[];
  message: string;
  publicUrl?: string;
}): Promise<{ rejected: number }> {
  requireUuid(options.opportunityId);
  options.applicationIds.forEach(requireUuid);
  const message = options.message.trim();
  if (message === '')
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', { message: 'validation.required' });
  if (message.length > REJECTION_MESSAGE_MAX) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
      message: 'pipeline.validation.messageTooLong',
    });
  }
  const ids = [...new Set(options.applicationIds)];
  if (ids.length === 0) throw new AppError('INVALID_INPUT', 'pipeline.bulk.noneSelected');
  const opportunity = await requireOpportunityStaff({
    db: options.db,
    actor: options.actor,
    opportunityId: options.opportunityId,
  });
  const found = await options.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.opportunityId, opportunity.id), inArray(applications.id, ids)));
  if (found.length !== ids.length) throw new AppError('NOT_FOUND');
  const stages = await ensurePipelineStages({ db: options.db, opportunityId: opportunity.id });
  const rejected = stages.find((stage) => stage.category === 'rejected');
  if (!rejected) throw new AppError('CONFLICT', 'applications.unknownStage');
  const { moved } = await changeApplicationStage({
    db: options.db,
    mailer: options.mailer,
    actor: options.actor,
    applicationIds: ids,
    toStageId: rejected.id,
    message,
    publicUrl: options.publicUrl,
  });
  return { rejected: moved };
}

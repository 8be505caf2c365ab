import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { applications } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import type { Mailer } from '../notifications/mailer';
import { requireOpportunityStaff } from './access';
import { changeApplicationStage } from './change-application-stage';
import { requireUuid } from './require-application-participant';

/**
 * Moves applications of one opportunity to one of its stages (bulk or single), with an optional
 * message to the applicants. Checks that every application belongs to the opportunity, then hands
 * over to changeApplicationStage (one transaction, recorded, applicants e-mailed).
 */
export async function moveApplications(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  opportunityId: string;
  applicationIds: string[];
  toStageId: string;
  message?: string;
  publicUrl?: string;
}): Promise<{ moved: number }> {
  requireUuid(options.opportunityId);
  options.applicationIds.forEach(requireUuid);
  const ids = [...new Set(options.applicationIds)];
  if (ids.length === 0) throw new AppError('INVALID_INPUT', 'pipeline.bulk.noneSelected');
  if (!/^[0-9a-f-]{36}$/i.test(options.toStageId))
    throw new AppError('INVALID_INPUT', 'applications.unknownStage');
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
  const message = options.message?.trim() || undefined;
  return changeApplicationStage({
    db: options.db,
    mailer: options.mailer,
    actor: options.actor,
    applicationIds: ids,
    toStageId: options.toStageId,
    message,
    publicUrl: options.publicUrl,
  });
}

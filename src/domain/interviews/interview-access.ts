import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { interviews } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { requireApplicationParticipant, requireUuid } from '../applications/require-application-participant';

export type InterviewRow = typeof interviews.$inferSelect;

/**
 * The interview with its application, when the actor is its applicant or staff for it; NOT_FOUND for
 * anyone else. Inside a transaction, `forUpdate` locks the interview row until the commit, so two
 * concurrent changes (a double click on "choose") apply one after the other.
 */
export async function requireInterviewParticipant(options: {
  db: DbOrTx;
  actor: Actor | null;
  interviewId: string;
  forUpdate?: boolean;
}) {
  requireActor(options.actor);
  requireUuid(options.interviewId);
  const query = options.db.select().from(interviews).where(eq(interviews.id, options.interviewId));
  const [interview] = options.forUpdate ? await query.for('update') : await query;
  if (!interview) throw new AppError('NOT_FOUND');
  const participant = await requireApplicationParticipant({
    db: options.db,
    actor: options.actor,
    applicationId: interview.applicationId,
  });
  return { interview, ...participant };
}

/** A proposed interview, or a scheduled one that has not ended yet. */
export function isInterviewOpen(
  interview: Pick<InterviewRow, 'status' | 'scheduledStart' | 'durationMinutes'>,
  now: Date,
) {
  if (interview.status === 'proposed') return true;
  if (interview.status !== 'scheduled' || !interview.scheduledStart) return false;
  return interview.scheduledStart.getTime() + interview.durationMinutes * 60_000 > now.getTime();
}

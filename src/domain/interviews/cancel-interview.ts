import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '#src/db/client';
import { applicationEvents, interviews } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import type { ApplicationSide } from '../applications/require-application-participant';
import type { Mailer } from '../notifications/mailer';
import { requireInterviewParticipant, type InterviewRow } from './interview-access';
import {
  describeInterviewTime,
  interviewHostRecipients,
  interviewMailContext,
  sendInterviewEmails,
  type InterviewMailContext,
} from './interview-emails';
import { CancelReasonSchema, fieldErrorsOf } from './schema';

/**
 * Either side calls an interview off. SEQUENCE goes up and both sides get METHOD:CANCEL with
 * STATUS:CANCELLED for the same UID, which removes the event from their calendars (when a time had
 * been set; a proposal nobody picked yet only gets an e-mail). Cancelling again changes nothing.
 */
export async function cancelInterview(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  interviewId: string;
  reason?: string;
  publicUrl?: string;
  now?: Date;
}): Promise<InterviewRow> {
  const now = options.now ?? new Date();
  const reason = CancelReasonSchema.safeParse(options.reason ?? '');
  const result = await options.db.transaction(async (tx) => {
    const participant = await requireInterviewParticipant({
      db: tx,
      actor: options.actor,
      interviewId: options.interviewId,
      forUpdate: true,
    });
    if (!reason.success)
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(reason.error));
    if (participant.interview.status === 'cancelled')
      return { interview: participant.interview, participant, changed: false };
    if (participant.interview.status === 'completed') throw new AppError('CONFLICT', 'interviews.notOpen');
    const interview = await markInterviewCancelled({
      db: tx,
      interview: participant.interview,
      actorId: options.actor!.accountId,
      side: participant.side,
      reason: reason.data,
      now,
    });
    return { interview, participant, changed: true };
  });
  if (!result.changed) return result.interview;
  const { participant, interview } = result;
  await sendInterviewCancelledEmails({
    db: options.db,
    mailer: options.mailer,
    context: interviewMailContext(interview, participant),
    cancelledBy: participant.side,
    actorId: options.actor!.accountId,
    reason: reason.success ? reason.data : '',
    publicUrl: options.publicUrl,
  });
  return interview;
}

/** The write shared with withdrawing an application: status, SEQUENCE + 1, and the timeline event. */
export async function markInterviewCancelled(options: {
  db: DbOrTx;
  interview: InterviewRow;
  actorId: string;
  side: ApplicationSide;
  reason: string;
  now: Date;
}): Promise<InterviewRow> {
  const [updated] = await options.db
    .update(interviews)
    .set({ status: 'cancelled', sequence: options.interview.sequence + 1, updatedAt: options.now })
    .where(eq(interviews.id, options.interview.id))
    .returning();
  await options.db.insert(applicationEvents).values({
    applicationId: options.interview.applicationId,
    actorId: options.actorId,
    kind: 'interview_cancelled',
    payload: {
      interviewId: options.interview.id,
      by: options.side,
      ...(options.reason ? { reason: options.reason } : {}),
    },
  });
  return updated!;
}

export async function sendInterviewCancelledEmails(options: {
  db: Db;
  mailer: Mailer;
  context: InterviewMailContext;
  cancelledBy: ApplicationSide;
  actorId: string;
  reason: string;
  publicUrl?: string;
}) {
  const { context } = options;
  const hostIds = await interviewHostRecipients(
    options.db,
    context,
    options.cancelledBy === 'host' ? [options.actorId] : [],
  );
  const start = context.interview.scheduledStart;
  await sendInterviewEmails({
    db: options.db,
    mailer: options.mailer,
    context,
    recipients: [
      { accountId: context.applicantId, side: 'applicant' },
      ...hostIds.map((accountId) => ({ accountId, side: 'host' as const })),
    ],
    subjectKey: 'interviews.email.cancelledSubject',
    bodyKey:
      options.cancelledBy === 'host'
        ? 'interviews.email.cancelledByHostBody'
        : 'interviews.email.cancelledByApplicantBody',
    params: (locale) => ({
      time: start ? describeInterviewTime(locale, start, context.interview.durationMinutes) : '—',
      reason: options.reason || '—',
    }),
    invite: start ? { method: 'CANCEL' } : null,
    publicUrl: options.publicUrl,
  });
}

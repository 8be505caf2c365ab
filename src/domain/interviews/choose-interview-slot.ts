import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { applicationEvents, interviews } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import type { Mailer } from '../notifications/mailer';
import { requireInterviewParticipant, type InterviewRow } from './interview-access';
import { interviewMailContext, sendInterviewScheduledEmails } from './interview-emails';

/**
 * The applicant picks one of the proposed times: the interview is scheduled and both sides get an
 * e-mail with the iCalendar invite (METHOD:REQUEST). Choosing the time already chosen again (a
 * double click) changes nothing. Only the applicant chooses; staff reschedule instead.
 */
export async function chooseInterviewSlot(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  interviewId: string;
  slot: string | Date;
  publicUrl?: string;
  now?: Date;
}): Promise<InterviewRow> {
  const now = options.now ?? new Date();
  const chosen = new Date(options.slot);
  const result = await options.db.transaction(async (tx) => {
    const participant = await requireInterviewParticipant({
      db: tx,
      actor: options.actor,
      interviewId: options.interviewId,
      forUpdate: true,
    });
    const { interview, application } = participant;
    if (participant.side !== 'applicant') throw new AppError('FORBIDDEN', 'interviews.applicantChooses');
    if (interview.status === 'scheduled' && interview.scheduledStart?.getTime() === chosen.getTime()) {
      return { interview, participant, changed: false };
    }
    if (interview.status !== 'proposed') throw new AppError('CONFLICT', 'interviews.notProposed');
    const offered = interview.proposedSlots.some((slot) => new Date(slot).getTime() === chosen.getTime());
    if (Number.isNaN(chosen.getTime()) || !offered) {
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
        slot: 'interviews.validation.slotNotOffered',
      });
    }
    if (chosen.getTime() <= now.getTime()) {
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
        slot: 'interviews.validation.slotInPast',
      });
    }
    const [updated] = await tx
      .update(interviews)
      .set({ status: 'scheduled', scheduledStart: chosen, updatedAt: now })
      .where(eq(interviews.id, interview.id))
      .returning();
    await tx.insert(applicationEvents).values({
      applicationId: application.id,
      actorId: options.actor!.accountId,
      kind: 'interview_scheduled',
      payload: { interviewId: interview.id, start: chosen.toISOString() },
    });
    return { interview: updated!, participant, changed: true };
  });
  if (!result.changed) return result.interview;

  const { participant, interview } = result;
  await sendInterviewScheduledEmails({
    db: options.db,
    mailer: options.mailer,
    context: interviewMailContext(interview, participant),
    subjectKey: 'interviews.email.scheduledSubject',
    bodyKey: 'interviews.email.scheduledBody',
    publicUrl: options.publicUrl,
  });
  return interview;
}

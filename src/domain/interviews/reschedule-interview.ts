import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { applicationEvents, interviews } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import type { Mailer } from '../notifications/mailer';
import { requireInterviewParticipant, type InterviewRow } from './interview-access';
import {
  describeInterviewLocation,
  describeInterviewTime,
  interviewMailContext,
  sendInterviewEmails,
  sendInterviewScheduledEmails,
} from './interview-emails';
import {
  checkSlots,
  fieldErrorsOf,
  RescheduleInterviewInputSchema,
  type RescheduleInterviewInput,
} from './schema';

/**
 * Staff move an interview that is not cancelled: offer new times ('propose': the applicant picks
 * again; the previous time no longer holds) or set the time ('fix': scheduled at once). Either way
 * SEQUENCE goes up by one, so the next invite replaces the event already in calendars (same UID);
 * a fixed time sends the updated invite to both sides right away.
 */
export async function rescheduleInterview(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  interviewId: string;
  input: RescheduleInterviewInput;
  publicUrl?: string;
  now?: Date;
}): Promise<InterviewRow> {
  const now = options.now ?? new Date();
  const result = await options.db.transaction(async (tx) => {
    const participant = await requireInterviewParticipant({
      db: tx,
      actor: options.actor,
      interviewId: options.interviewId,
      forUpdate: true,
    });
    const { interview, application } = participant;
    if (participant.side !== 'host') throw new AppError('FORBIDDEN', 'interviews.staffReschedules');
    if (interview.status === 'cancelled' || interview.status === 'completed') {
      throw new AppError('CONFLICT', 'interviews.notOpen');
    }
    const parsed = RescheduleInterviewInputSchema.safeParse(options.input);
    if (!parsed.success)
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
    const input = parsed.data;
    const fieldErrors: Record<string, string> = {};
    let slots: Date[] = [];
    if (input.mode === 'propose') {
      const checked = checkSlots(input.slots ?? [], now);
      slots = checked.slots;
      if (slots.length === 0) fieldErrors.slots = 'interviews.validation.slotsRequired';
      else if (checked.error) fieldErrors.slots = checked.error;
    } else if (!input.startAt) {
      fieldErrors.startAt = 'interviews.validation.startRequired';
    } else if (input.startAt.getTime() <= now.getTime()) {
      fieldErrors.startAt = 'interviews.validation.slotInPast';
    }
    const meetingUrl = input.meetingUrl === undefined ? interview.meetingUrl : input.meetingUrl;
    const place = input.place === undefined ? interview.place : input.place;
    if (!meetingUrl && !place) fieldErrors.meetingUrl = 'interviews.validation.locationRequired';
    if (Object.keys(fieldErrors).length > 0)
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrors);

    const [updated] = await tx
      .update(interviews)
      .set({
        ...(input.mode === 'propose'
          ? { status: 'proposed' as const, proposedSlots: slots.map((slot) => slot.toISOString()) }
          : {
              status: 'scheduled' as const,
              scheduledStart: input.startAt!,
              proposedSlots: [input.startAt!.toISOString()],
            }),
        durationMinutes: input.durationMinutes ?? interview.durationMinutes,
        meetingUrl,
        place,
        note: input.note ?? interview.note,
        sequence: interview.sequence + 1,
        updatedAt: now,
      })
      .where(eq(interviews.id, interview.id))
      .returning();
    await tx.insert(applicationEvents).values({
      applicationId: application.id,
      actorId: options.actor!.accountId,
      kind: 'interview_rescheduled',
      payload:
        input.mode === 'propose'
          ? { interviewId: interview.id, slots: updated!.proposedSlots }
          : { interviewId: interview.id, start: input.startAt!.toISOString() },
    });
    return { interview: updated!, participant, mode: input.mode };
  });

  const { participant, interview } = result;
  const context = interviewMailContext(interview, participant);
  if (result.mode === 'propose') {
    await sendInterviewEmails({
      db: options.db,
      mailer: options.mailer,
      context,
      recipients: [{ accountId: participant.application.applicantId, side: 'applicant' }],
      subjectKey: 'interviews.email.reproposedSubject',
      bodyKey: 'interviews.email.reproposedBody',
      params: (locale) => ({
        slots: interview.proposedSlots
          .map((slot) => `・${describeInterviewTime(locale, new Date(slot), interview.durationMinutes)}`)
          .join('\n'),
        location: describeInterviewLocation(locale, interview),
      }),
      publicUrl: options.publicUrl,
    });
    return interview;
  }
  await sendInterviewScheduledEmails({
    db: options.db,
    mailer: options.mailer,
    context,
    extraHostIds: [options.actor!.accountId],
    subjectKey: 'interviews.email.rescheduledSubject',
    bodyKey: 'interviews.email.rescheduledBody',
    publicUrl: options.publicUrl,
  });
  return interview;
}

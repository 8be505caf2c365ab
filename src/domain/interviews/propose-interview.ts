import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { applicationEvents, interviews, organisations } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { requireApplicationStaff } from '../applications/access';
import { changeApplicationStage } from '../applications/change-application-stage';
import { requireUuid } from '../applications/require-application-participant';
import { CLOSED_CATEGORIES, ensurePipelineStages } from '../applications/stages';
import type { Mailer } from '../notifications/mailer';
import { isInterviewOpen, type InterviewRow } from './interview-access';
import { describeInterviewLocation, describeInterviewTime, sendInterviewEmails } from './interview-emails';
import { checkSlots, fieldErrorsOf, ProposeInterviewInputSchema, type ProposeInterviewInput } from './schema';

/**
 * Staff (host members, the programme's coordinators) offer the applicant 1–5 interview times; the
 * applicant picks one. An application still at 応募 or 書類選考 moves to 面談 first (recorded and
 * e-mailed like any stage change). One open interview per application at a time: move an open one
 * with rescheduleInterview instead.
 */
export async function proposeInterview(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  applicationId: string;
  input: ProposeInterviewInput;
  publicUrl?: string;
  now?: Date;
}): Promise<InterviewRow> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  requireActor(actor);
  requireUuid(options.applicationId);
  const { application, opportunity } = await requireApplicationStaff({
    db,
    actor,
    applicationId: options.applicationId,
  });
  const parsed = ProposeInterviewInputSchema.safeParse(options.input);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const fieldErrors: Record<string, string> = {};
  const { slots, error: slotError } = checkSlots(input.slots, now);
  if (slotError) fieldErrors.slots = slotError;
  if (!input.meetingUrl && !input.place) fieldErrors.meetingUrl = 'interviews.validation.locationRequired';
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrors);

  if (CLOSED_CATEGORIES.includes(application.stageCategory))
    throw new AppError('CONFLICT', 'interviews.applicationClosed');
  await requireNoOpenInterview(db, application.id, now);

  if (application.stageCategory === 'applied' || application.stageCategory === 'screening') {
    const stages = await ensurePipelineStages({ db, opportunityId: opportunity.id });
    await changeApplicationStage({
      db,
      mailer: options.mailer,
      actor,
      applicationIds: [application.id],
      toStageId: stages.find((stage) => stage.category === 'interview')!.id,
      publicUrl: options.publicUrl,
    });
  }

  const interview = await db.transaction(async (tx) => {
    await requireNoOpenInterview(tx as unknown as Db, application.id, now);
    const [created] = await tx
      .insert(interviews)
      .values({
        applicationId: application.id,
        status: 'proposed',
        proposedSlots: slots.map((slot) => slot.toISOString()),
        durationMinutes: input.durationMinutes,
        meetingUrl: input.meetingUrl ?? null,
        place: input.place ?? null,
        note: input.note,
        createdById: actor.accountId,
      })
      .returning();
    await tx.insert(applicationEvents).values({
      applicationId: application.id,
      actorId: actor.accountId,
      kind: 'interview_proposed',
      payload: { interviewId: created!.id, slots: created!.proposedSlots },
    });
    return created!;
  });

  const [organisation] = await db
    .select({ name: organisations.name, nameEn: organisations.nameEn })
    .from(organisations)
    .where(eq(organisations.id, opportunity.organisationId));
  await sendInterviewEmails({
    db,
    mailer: options.mailer,
    context: {
      interview,
      applicationId: application.id,
      applicantId: application.applicantId,
      opportunity,
      organisation: organisation!,
    },
    recipients: [{ accountId: application.applicantId, side: 'applicant' }],
    subjectKey: 'interviews.email.proposedSubject',
    bodyKey: 'interviews.email.proposedBody',
    params: (locale) => ({
      slots: slots
        .map((slot) => `・${describeInterviewTime(locale, slot, interview.durationMinutes)}`)
        .join('\n'),
      location: describeInterviewLocation(locale, interview),
    }),
    publicUrl: options.publicUrl,
  });
  return interview;
}

async function requireNoOpenInterview(db: Db, applicationId: string, now: Date) {
  const existing = await db.select().from(interviews).where(eq(interviews.applicationId, applicationId));
  if (existing.some((interview) => isInterviewOpen(interview, now))) {
    throw new AppError('CONFLICT', 'interviews.alreadyOpen');
  }
}

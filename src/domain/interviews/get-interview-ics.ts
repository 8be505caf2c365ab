import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts } from '#src/db/schema';
import type { Locale } from '#src/i18n';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { buildInterviewIcs, icsContentType, mailAddressOf } from './build-interview-ics';
import { requireInterviewParticipant } from './interview-access';
import { applicationPath } from './interview-emails';

/**
 * The interview's current invite as an .ics file, for its applicant or staff only: REQUEST while it is
 * scheduled, CANCEL once cancelled. An interview whose time has not been chosen has none yet.
 */
export async function getInterviewIcs(options: {
  db: DbOrTx;
  actor: Actor | null;
  interviewId: string;
  locale: Locale;
  mailFrom: string;
  publicUrl: string;
}): Promise<{ filename: string; contentType: string; content: string }> {
  const { interview, application, opportunity, organisation, side } =
    await requireInterviewParticipant(options);
  if (!interview.scheduledStart || interview.status === 'proposed') {
    throw new AppError('NOT_FOUND', 'interviews.noInviteYet');
  }
  const [applicant] = await options.db
    .select({ name: accounts.displayName, email: accounts.email })
    .from(accounts)
    .where(eq(accounts.id, application.applicantId));
  const method = interview.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const content = buildInterviewIcs({
    interviewId: interview.id,
    start: interview.scheduledStart,
    durationMinutes: interview.durationMinutes,
    sequence: interview.sequence,
    method,
    opportunityTitle: opportunity.title,
    organisationName:
      options.locale === 'en' ? (organisation.nameEn ?? organisation.name) : organisation.name,
    organizerEmail: mailAddressOf(options.mailFrom),
    applicant: applicant!,
    meetingUrl: interview.meetingUrl,
    place: interview.place,
    note: interview.note,
    applicationUrl: `${options.publicUrl.replace(/\/$/, '')}${applicationPath(side, application.id)}`,
    locale: options.locale,
  });
  return {
    filename: `interview-${interview.id.slice(0, 8)}.ics`,
    contentType: icsContentType(method),
    content,
  };
}

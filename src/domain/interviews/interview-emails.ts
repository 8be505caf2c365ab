import { eq, inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, type interviews } from '#src/db/schema';
import { formatDateTime, isLocale, translate, type Locale, type TranslateParams } from '#src/i18n';
import { APPLICATION_MANAGER_ROLES, hostRecipientIds } from '../applications/host-recipients';
import type { ApplicationSide } from '../applications/require-application-participant';
import type { Mailer } from '../notifications/mailer';
import { notifyAccount } from '../notifications/notify-account';
import { buildInterviewIcs, icsContentType, mailAddressOf } from './build-interview-ics';

type Interview = typeof interviews.$inferSelect;

export interface InterviewMailContext {
  interview: Interview;
  applicationId: string;
  applicantId: string;
  opportunity: { title: string; organisationId: string };
  organisation: { name: string; nameEn: string | null };
}

/** The mail context of an interview, from what `requireInterviewParticipant` returned. */
export function interviewMailContext(
  interview: Interview,
  participant: {
    application: { id: string; applicantId: string };
    opportunity: InterviewMailContext['opportunity'];
    organisation: InterviewMailContext['organisation'];
  },
): InterviewMailContext {
  return {
    interview,
    applicationId: participant.application.id,
    applicantId: participant.application.applicantId,
    opportunity: participant.opportunity,
    organisation: participant.organisation,
  };
}

export function applicationPath(side: ApplicationSide, applicationId: string): string {
  return side === 'applicant'
    ? `/account/applications/${applicationId}`
    : `/manage/applications/${applicationId}`;
}

/** "2026年3月10日 10:00〜11:00" style text of a time in the reader's language (Japan time). */
export function describeInterviewTime(locale: Locale, start: Date, durationMinutes: number): string {
  return translate(locale, 'interviews.timeRange', {
    start: formatDateTime(locale, start),
    minutes: durationMinutes,
  });
}

/** The staff who hear about an interview: whoever proposed it and the host's owners and admins. */
export async function interviewHostRecipients(
  db: Db,
  context: InterviewMailContext,
  extra: Array<string | null> = [],
) {
  return hostRecipientIds({
    db,
    organisationId: context.opportunity.organisationId,
    roles: APPLICATION_MANAGER_ROLES,
    include: [context.interview.createdById, ...extra],
  });
}

/**
 * E-mails each recipient in their own language; with `invite`, attaches the interview's iCalendar
 * invite (REQUEST or CANCEL) built for that recipient. `params` may depend on the language (dates).
 */
export async function sendInterviewEmails(options: {
  db: Db;
  mailer: Mailer;
  context: InterviewMailContext;
  recipients: Array<{ accountId: string; side: ApplicationSide }>;
  subjectKey: string;
  bodyKey: string;
  params: (locale: Locale) => TranslateParams;
  invite?: { method: 'REQUEST' | 'CANCEL' } | null;
  publicUrl?: string;
}): Promise<void> {
  const { db, context } = options;
  if (options.recipients.length === 0) return;
  const base = (options.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  const [applicant] = await db
    .select({ name: accounts.displayName, email: accounts.email })
    .from(accounts)
    .where(eq(accounts.id, context.applicantId));
  const localeRows = await db
    .select({ id: accounts.id, locale: accounts.locale })
    .from(accounts)
    .where(
      inArray(
        accounts.id,
        options.recipients.map((recipient) => recipient.accountId),
      ),
    );
  const localeOf = new Map(
    localeRows.map((row) => [row.id, isLocale(row.locale) ? row.locale : ('ja' as Locale)]),
  );
  for (const recipient of options.recipients) {
    const locale = localeOf.get(recipient.accountId) ?? 'ja';
    const path = applicationPath(recipient.side, context.applicationId);
    const organisationName =
      locale === 'en'
        ? (context.organisation.nameEn ?? context.organisation.name)
        : context.organisation.name;
    const { interview } = context;
    const attachment =
      options.invite && interview.scheduledStart && applicant
        ? {
            filename: 'interview.ics',
            contentType: icsContentType(options.invite.method),
            content: buildInterviewIcs({
              interviewId: interview.id,
              start: interview.scheduledStart,
              durationMinutes: interview.durationMinutes,
              sequence: interview.sequence,
              method: options.invite.method,
              opportunityTitle: context.opportunity.title,
              organisationName,
              organizerEmail: mailAddressOf(options.mailer.from),
              applicant,
              meetingUrl: interview.meetingUrl,
              place: interview.place,
              note: interview.note,
              applicationUrl: `${base}${path}`,
              locale,
            }),
          }
        : undefined;
    await notifyAccount({
      db,
      mailer: options.mailer,
      accountId: recipient.accountId,
      subjectKey: options.subjectKey,
      bodyKey: options.bodyKey,
      params: { title: context.opportunity.title, organisation: organisationName, ...options.params(locale) },
      path,
      publicUrl: options.publicUrl,
      attachment,
    });
  }
}

/**
 * Tells the applicant and the host's staff (`interviewHostRecipients`, plus `extraHostIds`) the
 * interview's fixed time, with its iCalendar invite (METHOD:REQUEST) attached.
 */
export async function sendInterviewScheduledEmails(options: {
  db: Db;
  mailer: Mailer;
  context: InterviewMailContext;
  extraHostIds?: Array<string | null>;
  subjectKey: string;
  bodyKey: string;
  publicUrl?: string;
}): Promise<void> {
  const { context } = options;
  const { interview } = context;
  const hostIds = await interviewHostRecipients(options.db, context, options.extraHostIds);
  await sendInterviewEmails({
    db: options.db,
    mailer: options.mailer,
    context,
    recipients: [
      { accountId: context.applicantId, side: 'applicant' },
      ...hostIds.map((accountId) => ({ accountId, side: 'host' as const })),
    ],
    subjectKey: options.subjectKey,
    bodyKey: options.bodyKey,
    params: (locale) => ({
      time: describeInterviewTime(locale, interview.scheduledStart!, interview.durationMinutes),
      location: describeInterviewLocation(locale, interview),
    }),
    invite: { method: 'REQUEST' },
    publicUrl: options.publicUrl,
  });
}

/** Place and meeting URL as lines for an e-mail body. */
export function describeInterviewLocation(
  locale: Locale,
  interview: Pick<Interview, 'meetingUrl' | 'place'>,
): string {
  return [
    interview.meetingUrl ? translate(locale, 'interviews.ics.meetingUrl', { url: interview.meetingUrl }) : '',
    interview.place ? translate(locale, 'interviews.ics.place', { place: interview.place }) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

import { createEvent } from 'ics';
import { translate, type Locale } from '#src/i18n';

export interface InterviewInvite {
  interviewId: string;
  start: Date;
  durationMinutes: number;
  /** interviews.sequence: calendars replace an event only with a higher SEQUENCE. */
  sequence: number;
  /** REQUEST creates or updates the event; CANCEL removes it. */
  method: 'REQUEST' | 'CANCEL';
  opportunityTitle: string;
  organisationName: string;
  /** The platform's sending address: the host organisation is named on it. */
  organizerEmail: string;
  applicant: { name: string; email: string };
  meetingUrl: string | null;
  place: string | null;
  note: string;
  /** Where the recipient sees the application (differs for the applicant and the staff). */
  applicationUrl: string | null;
  locale: Locale;
}

/** The UID stays the same for the whole life of an interview, so updates replace the same event. */
export function interviewUid(interviewId: string): string {
  return `interview-${interviewId}@tsunagu`;
}

/** The address inside "Tsunagu <no-reply@tsunagu.example>". */
export function mailAddressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}

/**
 * An iCalendar (RFC 5545 / iTIP RFC 5546) invite for one interview: METHOD REQUEST or CANCEL,
 * a stable UID, SEQUENCE from the interview, DTSTART in UTC, the opportunity in SUMMARY, the place
 * or web meeting URL in LOCATION, the host organisation as ORGANIZER and the applicant as ATTENDEE.
 */
export function buildInterviewIcs(invite: InterviewInvite): string {
  const t = (key: string, params?: Record<string, string>) => translate(invite.locale, key, params);
  const description = [
    invite.note,
    invite.meetingUrl ? t('interviews.ics.meetingUrl', { url: invite.meetingUrl }) : '',
    invite.place ? t('interviews.ics.place', { place: invite.place }) : '',
    invite.applicationUrl ? t('interviews.ics.details', { url: invite.applicationUrl }) : '',
  ]
    .filter((line) => line.trim() !== '')
    .join('\n');
  const cancelled = invite.method === 'CANCEL';
  const { error, value } = createEvent({
    productId: 'tsunagu/interviews',
    method: invite.method,
    uid: interviewUid(invite.interviewId),
    sequence: invite.sequence,
    start: invite.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: invite.durationMinutes },
    title: t('interviews.ics.summary', {
      title: invite.opportunityTitle,
      organisation: invite.organisationName,
    }),
    description,
    location: invite.place ?? invite.meetingUrl ?? undefined,
    url: invite.meetingUrl ?? invite.applicationUrl ?? undefined,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: invite.organisationName, email: invite.organizerEmail },
    attendees: [
      {
        name: invite.applicant.name,
        email: invite.applicant.email,
        rsvp: !cancelled,
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      },
    ],
  });
  if (error || !value) throw error ?? new Error('The interview invite could not be built');
  return value;
}

/** The content type of the invite as an e-mail attachment or a download. */
export function icsContentType(method: InterviewInvite['method']): string {
  return `text/calendar; charset=utf-8; method=${method}`;
}

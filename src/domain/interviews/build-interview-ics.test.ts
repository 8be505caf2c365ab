import { describe, expect, it } from 'vitest';
import { icsProperties } from '../../../tests/factories/apply';
import {
  buildInterviewIcs,
  icsContentType,
  interviewUid,
  mailAddressOf,
  type InterviewInvite,
} from './build-interview-ics';

const invite: InterviewInvite = {
  interviewId: '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5',
  // 10:00 in Japan is 01:00 UTC.
  start: new Date('2026-03-10T10:00:00+09:00'),
  durationMinutes: 45,
  sequence: 0,
  method: 'REQUEST',
  opportunityTitle: 'NAGAOKA WORKER 広報担当',
  organisationName: '株式会社USEN-NEXT HOLDINGS',
  organizerEmail: 'no-reply@tsunagu.example',
  applicant: { name: '佐藤 健', email: 'student@tsunagu.example' },
  meetingUrl: 'https://meet.example.com/abc-defg-hij',
  place: null,
  note: '当日は5分前に入室してください。',
  applicationUrl: 'https://tsunagu.example/account/applications/1',
  locale: 'ja',
};

describe('buildInterviewIcs', () => {
  it('builds a REQUEST with a stable UID, the sequence, a UTC start and the people', () => {
    const ics = buildInterviewIcs(invite);
    const properties = icsProperties(ics);
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(properties.get('METHOD')).toEqual(['REQUEST']);
    expect(properties.get('UID')).toEqual([interviewUid(invite.interviewId)]);
    expect(properties.get('SEQUENCE')).toEqual(['0']);
    expect(properties.get('DTSTART')).toEqual(['20260310T010000Z']);
    expect(properties.get('DURATION')).toEqual(['PT45M']);
    expect(properties.get('STATUS')).toEqual(['CONFIRMED']);
    expect(properties.get('SUMMARY')![0]).toContain('NAGAOKA WORKER 広報担当');
    expect(properties.get('LOCATION')).toEqual(['https://meet.example.com/abc-defg-hij']);
    expect(properties.get('URL')).toEqual(['https://meet.example.com/abc-defg-hij']);
    expect(properties.get('ORGANIZER')![0]).toMatch(/mailto:no-reply@tsunagu\.example/i);
    expect(ics).toContain('CN="株式会社USEN-NEXT HOLDINGS"');
    expect(properties.get('ATTENDEE')![0]).toBe('mailto:student@tsunagu.example');
    expect(properties.get('DESCRIPTION')![0]).toContain('当日は5分前に入室してください。');
  });

  it('puts the place in LOCATION when there is one, and keeps the same UID on updates', () => {
    const moved = icsProperties(
      buildInterviewIcs({
        ...invite,
        place: 'USEN SQUARE NAGAOKA',
        meetingUrl: null,
        sequence: 2,
        start: new Date('2026-03-12T14:30:00+09:00'),
      }),
    );
    expect(moved.get('UID')).toEqual([interviewUid(invite.interviewId)]);
    expect(moved.get('SEQUENCE')).toEqual(['2']);
    expect(moved.get('DTSTART')).toEqual(['20260312T053000Z']);
    expect(moved.get('LOCATION')).toEqual(['USEN SQUARE NAGAOKA']);
  });

  it('builds a CANCEL with STATUS:CANCELLED', () => {
    const properties = icsProperties(buildInterviewIcs({ ...invite, method: 'CANCEL', sequence: 3 }));
    expect(properties.get('METHOD')).toEqual(['CANCEL']);
    expect(properties.get('STATUS')).toEqual(['CANCELLED']);
    expect(properties.get('SEQUENCE')).toEqual(['3']);
  });

  it('writes the summary in the reader’s language', () => {
    const english = icsProperties(buildInterviewIcs({ ...invite, locale: 'en' }));
    expect(english.get('SUMMARY')![0]).toMatch(/^Interview: NAGAOKA WORKER/);
  });

  it('names the content type with the method and reads the address out of MAIL_FROM', () => {
    expect(icsContentType('CANCEL')).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(mailAddressOf('Tsunagu <no-reply@tsunagu.example>')).toBe('no-reply@tsunagu.example');
    expect(mailAddressOf('plain@tsunagu.example')).toBe('plain@tsunagu.example');
  });
});

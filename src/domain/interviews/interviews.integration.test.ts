import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applicationEvents, emailOutbox, interviews } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import { actorOf, buildApplyScenario, icsProperties } from '../../../tests/factories/apply';
import { buildApplication, getApplication } from '../../../tests/factories/applications';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { interviewUid } from './build-interview-ics';
import { cancelInterview } from './cancel-interview';
import { chooseInterviewSlot } from './choose-interview-slot';
import { getInterviewIcs } from './get-interview-ics';
import { listApplicationInterviews } from './list-application-interviews';
import { proposeInterview } from './propose-interview';
import { rescheduleInterview } from './reschedule-interview';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

const DAY = 86_400_000;
/** A whole-minute time some days ahead. */
function daysAhead(days: number, hour = 10): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

async function scenario() {
  const s = await buildApplyScenario({ db: handle.db });
  const application = await buildApplication({
    db: handle.db,
    opportunityId: s.opportunity.id,
    applicantId: s.applicant.id,
  });
  return { ...s, application };
}

async function mailsTo(email: string) {
  return handle.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email))
    .orderBy(desc(emailOutbox.createdAt));
}

async function propose(s: Awaited<ReturnType<typeof scenario>>, accountId = s.hostMember.id) {
  return proposeInterview({
    db: handle.db,
    mailer: runtime.mailer,
    actor: await actorOf(handle.db, accountId),
    applicationId: s.application.id,
    input: {
      slots: [daysAhead(5), daysAhead(3)],
      durationMinutes: 45,
      meetingUrl: 'https://meet.example.com/tsunagu',
      note: '自己紹介をお願いします。',
    },
  });
}

describe('interviews', () => {
  it('proposes times, moving the application to 面談 and e-mailing the applicant the options', async () => {
    const s = await scenario();
    const interview = await propose(s);
    expect(interview).toMatchObject({
      status: 'proposed',
      sequence: 0,
      durationMinutes: 45,
      createdById: s.hostMember.id,
    });
    // Stored earliest first.
    expect(interview.proposedSlots).toEqual([daysAhead(3).toISOString(), daysAhead(5).toISOString()]);
    expect((await getApplication(handle.db, s.application.id))!.stageCategory).toBe('interview');
    const events = await handle.db
      .select({ kind: applicationEvents.kind })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, s.application.id))
      .orderBy(applicationEvents.id);
    expect(events.map((event) => event.kind)).toEqual(['submitted', 'stage_changed', 'interview_proposed']);
    const mails = await mailsTo(s.applicant.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      expect.stringContaining('面談日程を選んでください'),
      expect.stringContaining('選考状況が更新されました'),
    ]);
    expect(mails[0]!.textBody).toContain('https://meet.example.com/tsunagu');
    expect(mails[0]!.attachmentContent).toBeNull();
  });

  it('lets the programme’s coordinator propose, and refuses a second open interview', async () => {
    const s = await scenario();
    await propose(s, s.coordinator.id);
    await expect(propose(s)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'interviews.alreadyOpen',
    });
  });

  it('validates the times and the place or URL', async () => {
    const s = await scenario();
    const actor = await actorOf(handle.db, s.hostMember.id);
    const attempt = (input: Parameters<typeof proposeInterview>[0]['input']) =>
      proposeInterview({
        db: handle.db,
        mailer: runtime.mailer,
        actor,
        applicationId: s.application.id,
        input,
      });
    await expect(attempt({ slots: [new Date(Date.now() - DAY)], place: '長岡市' })).rejects.toMatchObject({
      fieldErrors: { slots: 'interviews.validation.slotInPast' },
    });
    await expect(attempt({ slots: [daysAhead(2), daysAhead(2)], place: '長岡市' })).rejects.toMatchObject({
      fieldErrors: { slots: 'interviews.validation.slotDuplicate' },
    });
    await expect(attempt({ slots: [daysAhead(2)] })).rejects.toMatchObject({
      fieldErrors: { meetingUrl: 'interviews.validation.locationRequired' },
    });
    await expect(
      attempt({ slots: [daysAhead(2)], meetingUrl: 'http://meet.example.com/x' }),
    ).rejects.toMatchObject({
      fieldErrors: { meetingUrl: 'interviews.validation.meetingUrlHttps' },
    });
    await expect(
      attempt({ slots: [1, 2, 3, 4, 5, 6].map((n) => daysAhead(n)), place: '長岡市' }),
    ).rejects.toMatchObject({
      fieldErrors: { slots: 'interviews.validation.tooManySlots' },
    });
    expect(
      await handle.db.select().from(interviews).where(eq(interviews.applicationId, s.application.id)),
    ).toHaveLength(0);
    expect((await getApplication(handle.db, s.application.id))!.stageCategory).toBe('applied');
  });

  it('schedules the slot the applicant picks and sends both sides the same REQUEST invite', async () => {
    const s = await scenario();
    const proposed = await propose(s);
    const applicant = await actorOf(handle.db, s.applicant.id);
    const slot = proposed.proposedSlots[1]!;
    const scheduled = await chooseInterviewSlot({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      interviewId: proposed.id,
      slot,
    });
    expect(scheduled).toMatchObject({ status: 'scheduled', sequence: 0 });
    expect(scheduled.scheduledStart!.toISOString()).toBe(slot);
    for (const email of [s.applicant.email, s.hostMember.email]) {
      const [mail] = await mailsTo(email);
      expect(mail!.subject).toContain('面談日時が確定しました');
      expect(mail!.attachmentContentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
      const ics = icsProperties(mail!.attachmentContent!);
      expect(ics.get('METHOD')).toEqual(['REQUEST']);
      expect(ics.get('UID')).toEqual([interviewUid(proposed.id)]);
      expect(ics.get('SEQUENCE')).toEqual(['0']);
      expect(ics.get('DTSTART')).toEqual([slot.replace(/[-:]/g, '').replace(/\.\d{3}/, '')]);
      expect(ics.get('ATTENDEE')![0]).toBe(`mailto:${s.applicant.email}`);
    }
    // Choosing the same time again (a double click) changes nothing and sends nothing.
    const before = (await mailsTo(s.applicant.email)).length;
    await chooseInterviewSlot({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      interviewId: proposed.id,
      slot,
    });
    expect(await mailsTo(s.applicant.email)).toHaveLength(before);
  });

  it('only lets the applicant choose, and only an offered time', async () => {
    const s = await scenario();
    const proposed = await propose(s);
    await expect(
      chooseInterviewSlot({
        db: handle.db,
        mailer: runtime.mailer,
        actor: await actorOf(handle.db, s.applicant.id),
        interviewId: proposed.id,
        slot: daysAhead(9).toISOString(),
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { slot: 'interviews.validation.slotNotOffered' },
    });
    await expect(
      chooseInterviewSlot({
        db: handle.db,
        mailer: runtime.mailer,
        actor: await actorOf(handle.db, s.hostMember.id),
        interviewId: proposed.id,
        slot: proposed.proposedSlots[0]!,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reschedules with a higher SEQUENCE on the same UID, and cancels with METHOD:CANCEL', async () => {
    const s = await scenario();
    const proposed = await propose(s);
    const applicant = await actorOf(handle.db, s.applicant.id);
    const host = await actorOf(handle.db, s.hostMember.id);
    await chooseInterviewSlot({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      interviewId: proposed.id,
      slot: proposed.proposedSlots[0]!,
    });

    const newTime = daysAhead(7, 5);
    const moved = await rescheduleInterview({
      db: handle.db,
      mailer: runtime.mailer,
      actor: host,
      interviewId: proposed.id,
      input: { mode: 'fix', startAt: newTime, place: 'USEN SQUARE NAGAOKA' },
    });
    expect(moved).toMatchObject({ status: 'scheduled', sequence: 1, place: 'USEN SQUARE NAGAOKA' });
    const [movedMail] = await mailsTo(s.applicant.email);
    const movedIcs = icsProperties(movedMail!.attachmentContent!);
    expect(movedIcs.get('SEQUENCE')).toEqual(['1']);
    expect(movedIcs.get('UID')).toEqual([interviewUid(proposed.id)]);
    expect(movedIcs.get('LOCATION')).toEqual(['USEN SQUARE NAGAOKA']);
    expect(movedIcs.get('DTSTART')![0]).toBe(
      newTime
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, ''),
    );

    // New times to pick from: the applicant chooses again and the invite replaces the old one.
    const reproposed = await rescheduleInterview({
      db: handle.db,
      mailer: runtime.mailer,
      actor: host,
      interviewId: proposed.id,
      input: { mode: 'propose', slots: [daysAhead(10), daysAhead(11)] },
    });
    expect(reproposed).toMatchObject({ status: 'proposed', sequence: 2 });
    const [reproposedMail] = await mailsTo(s.applicant.email);
    expect(reproposedMail!.subject).toContain('面談日程が変更になりました');
    expect(reproposedMail!.attachmentContent).toBeNull();
    await expect(
      getInterviewIcs({
        db: handle.db,
        actor: applicant,
        interviewId: proposed.id,
        locale: 'ja',
        mailFrom: runtime.mailer.from,
        publicUrl: 'http://x',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'interviews.noInviteYet' });
    await chooseInterviewSlot({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      interviewId: proposed.id,
      slot: reproposed.proposedSlots[1]!,
    });
    const [rechosenMail] = await mailsTo(s.hostMember.email);
    expect(icsProperties(rechosenMail!.attachmentContent!).get('SEQUENCE')).toEqual(['2']);

    const cancelled = await cancelInterview({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      interviewId: proposed.id,
      reason: '体調不良のため',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 3 });
    for (const email of [s.applicant.email, s.hostMember.email]) {
      const [mail] = await mailsTo(email);
      const ics = icsProperties(mail!.attachmentContent!);
      expect(ics.get('METHOD')).toEqual(['CANCEL']);
      expect(ics.get('STATUS')).toEqual(['CANCELLED']);
      expect(ics.get('SEQUENCE')).toEqual(['3']);
      expect(ics.get('UID')).toEqual([interviewUid(proposed.id)]);
    }
    expect((await mailsTo(s.hostMember.email))[0]!.textBody).toContain('体調不良のため');
    const download = await getInterviewIcs({
      db: handle.db,
      actor: host,
      interviewId: proposed.id,
      locale: 'ja',
      mailFrom: runtime.mailer.from,
      publicUrl: 'https://tsunagu.example',
    });
    expect(icsProperties(download.content).get('METHOD')).toEqual(['CANCEL']);
    // A new interview can be proposed once the previous one is cancelled.
    await expect(propose(s)).resolves.toMatchObject({ status: 'proposed' });
  });

  it('keeps rescheduling with the staff', async () => {
    const s = await scenario();
    const proposed = await propose(s);
    await expect(
      rescheduleInterview({
        db: handle.db,
        mailer: runtime.mailer,
        actor: await actorOf(handle.db, s.applicant.id),
        interviewId: proposed.id,
        input: { mode: 'fix', startAt: daysAhead(4) },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('hides interviews from other hosts, other programmes’ coordinators, other talent and anonymous callers', async () => {
    const s = await scenario();
    const proposed = await propose(s);
    for (const accountId of [s.otherHostMember.id, s.otherCoordinator.id, s.otherTalent.id]) {
      const actor = await actorOf(handle.db, accountId);
      await expect(
        proposeInterview({
          db: handle.db,
          mailer: runtime.mailer,
          actor,
          applicationId: s.application.id,
          input: { slots: [daysAhead(8)], place: '長岡市' },
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        chooseInterviewSlot({
          db: handle.db,
          mailer: runtime.mailer,
          actor,
          interviewId: proposed.id,
          slot: proposed.proposedSlots[0]!,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        rescheduleInterview({
          db: handle.db,
          mailer: runtime.mailer,
          actor,
          interviewId: proposed.id,
          input: { mode: 'fix', startAt: daysAhead(8) },
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        cancelInterview({ db: handle.db, mailer: runtime.mailer, actor, interviewId: proposed.id }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        listApplicationInterviews({ db: handle.db, actor, applicationId: s.application.id }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        getInterviewIcs({
          db: handle.db,
          actor,
          interviewId: proposed.id,
          locale: 'ja',
          mailFrom: 'a@b.example',
          publicUrl: 'http://x',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(
      cancelInterview({ db: handle.db, mailer: runtime.mailer, actor: null, interviewId: proposed.id }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      listApplicationInterviews({ db: handle.db, actor: null, applicationId: s.application.id }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const [unchanged] = await handle.db
      .select()
      .from(interviews)
      .where(and(eq(interviews.id, proposed.id)));
    expect(unchanged).toMatchObject({ status: 'proposed', sequence: 0 });
    // Both real participants see it.
    for (const accountId of [s.applicant.id, s.hostColleague.id, s.coordinator.id]) {
      const { interviews: seen } = await listApplicationInterviews({
        db: handle.db,
        actor: await actorOf(handle.db, accountId),
        applicationId: s.application.id,
      });
      expect(seen.map((interview) => interview.id)).toEqual([proposed.id]);
    }
  });
});

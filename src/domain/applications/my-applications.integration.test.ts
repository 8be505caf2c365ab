import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applicationEvents, emailOutbox, interviews, pipelineStages } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import {
  actorOf,
  buildApplyScenario,
  buildScreeningQuestion,
  icsProperties,
} from '../../../tests/factories/apply';
import { buildApplication, getApplication } from '../../../tests/factories/applications';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { chooseInterviewSlot } from '../interviews/choose-interview-slot';
import { proposeInterview } from '../interviews/propose-interview';
import { changeApplicationStage } from './change-application-stage';
import { getMyApplication } from './get-my-application';
import { listMyApplications } from './list-my-applications';
import { postApplicationMessage } from './post-application-message';
import { submitApplication } from './submit-application';
import { withdrawApplication } from './withdraw-application';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

const soon = () => new Date(Math.ceil((Date.now() + 3 * 86_400_000) / 60_000) * 60_000);

describe('my applications', () => {
  it('lists each application with its stage and next step, and shows the applicant what concerns them', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const question = await buildScreeningQuestion({
      db: handle.db,
      opportunityId: s.opportunity.id,
      kind: 'yes_no',
      label: '長岡に来訪できますか',
    });
    const applicant = await actorOf(handle.db, s.applicant.id);
    const host = await actorOf(handle.db, s.hostMember.id);
    const { application } = await submitApplication({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      opportunityKey: s.opportunity.slug,
      input: {
        motivation: '地域の企業の広報を、これまでの経験を活かして支えたいです。',
        answers: { [question.id]: 'yes' },
        idempotencyKey: randomUUID(),
      },
    });
    let [listed] = await listMyApplications({ db: handle.db, actor: applicant });
    expect(listed).toMatchObject({
      id: application.id,
      opportunity: { slug: s.opportunity.slug, title: '広報の副業' },
      organisation: { name: s.host.name },
      stage: { category: 'applied', name: '応募', nameEn: 'Applied' },
      nextStep: { kind: 'waitForHost' },
    });

    // Reviewer-only records never reach the applicant.
    await handle.db.insert(applicationEvents).values({
      applicationId: application.id,
      actorId: s.hostMember.id,
      kind: 'note_added',
      payload: { message: '社内メモ: 経験は十分' },
      visibleToApplicant: false,
    });
    await handle.db.insert(applicationEvents).values({
      applicationId: application.id,
      actorId: s.hostMember.id,
      kind: 'reviewer_assigned',
      payload: { reviewerId: s.hostColleague.id },
    });
    const stages = await handle.db
      .select()
      .from(pipelineStages)
      .where(eq(pipelineStages.opportunityId, s.opportunity.id));
    await changeApplicationStage({
      db: handle.db,
      mailer: runtime.mailer,
      actor: host,
      applicationIds: [application.id],
      toStageId: stages.find((stage) => stage.category === 'screening')!.id,
      message: '書類選考に進みました。',
    });
    const interview = await proposeInterview({
      db: handle.db,
      mailer: runtime.mailer,
      actor: host,
      applicationId: application.id,
      input: { slots: [soon()], place: 'USEN SQUARE NAGAOKA' },
    });
    [listed] = await listMyApplications({ db: handle.db, actor: applicant });
    expect(listed).toMatchObject({
      stage: { category: 'interview', name: '面談' },
      nextStep: { kind: 'chooseSlot' },
    });
    await chooseInterviewSlot({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      interviewId: interview.id,
      slot: soon(),
    });
    await postApplicationMessage({
      db: handle.db,
      mailer: runtime.mailer,
      actor: host,
      applicationId: application.id,
      body: '当日お待ちしています。',
    });
    [listed] = await listMyApplications({ db: handle.db, actor: applicant });
    expect(listed!.nextStep).toEqual({ kind: 'attendInterview', at: soon().toISOString() });
    expect(new Date(listed!.lastActivityAt).getTime()).toBeGreaterThanOrEqual(
      new Date(listed!.submittedAt).getTime(),
    );

    const detail = await getMyApplication({ db: handle.db, actor: applicant, applicationId: application.id });
    expect(detail.answers).toEqual([
      { questionId: question.id, label: '長岡に来訪できますか', kind: 'yes_no', value: 'yes' },
    ]);
    expect(detail.events.map((event) => event.kind)).toEqual([
      'submitted',
      'stage_changed',
      'stage_changed',
      'interview_proposed',
      'interview_scheduled',
    ]);
    expect(detail.events[1]).toMatchObject({
      by: 'host',
      actorName: null,
      fromStage: { name: '応募' },
      toStage: { name: '書類選考' },
      message: '書類選考に進みました。',
    });
    expect(JSON.stringify(detail)).not.toContain('社内メモ');
    expect(detail.messages.map((message) => message.body)).toEqual(['当日お待ちしています。']);
    expect(detail.interviews).toMatchObject([{ id: interview.id, status: 'scheduled', hasInvite: true }]);
    expect(detail.path.map((stage) => stage.category)).toEqual([
      'applied',
      'screening',
      'interview',
      'offer',
      'contract',
      'active',
      'completed',
    ]);
    expect(detail).not.toHaveProperty('fitScore');
    expect(detail.canWithdraw).toBe(true);
  });

  it('withdraws from any open stage, cancelling the interview and telling the host', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const application = await buildApplication({
      db: handle.db,
      opportunityId: s.opportunity.id,
      applicantId: s.applicant.id,
    });
    const applicant = await actorOf(handle.db, s.applicant.id);
    const interview = await proposeInterview({
      db: handle.db,
      mailer: runtime.mailer,
      actor: await actorOf(handle.db, s.hostMember.id),
      applicationId: application.id,
      input: { slots: [soon()], meetingUrl: 'https://meet.example.com/a' },
    });
    await chooseInterviewSlot({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      interviewId: interview.id,
      slot: soon(),
    });
    await withdrawApplication({
      db: handle.db,
      mailer: runtime.mailer,
      actor: applicant,
      applicationId: application.id,
    });

    const withdrawn = await getApplication(handle.db, application.id);
    expect(withdrawn).toMatchObject({ stageCategory: 'withdrawn' });
    expect(withdrawn!.withdrawnAt).not.toBeNull();
    const [event] = await handle.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.kind, 'withdrawn'));
    expect(event).toMatchObject({
      applicationId: application.id,
      actorId: s.applicant.id,
      fromStageId: expect.any(String),
    });
    const [cancelled] = await handle.db.select().from(interviews).where(eq(interviews.id, interview.id));
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1 });
    const hostMails = await handle.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, s.hostMember.email));
    expect(hostMails.map((mail) => mail.subject)).toContainEqual(expect.stringContaining('辞退されました'));
    const cancelMail = hostMails.find((mail) => mail.attachmentContentType?.includes('method=CANCEL'));
    expect(icsProperties(cancelMail!.attachmentContent!).get('STATUS')).toEqual(['CANCELLED']);

    const [listed] = await listMyApplications({ db: handle.db, actor: applicant });
    expect(listed).toMatchObject({
      stage: { category: 'withdrawn', name: '辞退' },
      nextStep: { kind: 'withdrawn' },
    });
    expect(
      (await getMyApplication({ db: handle.db, actor: applicant, applicationId: application.id }))
        .canWithdraw,
    ).toBe(false);
    await expect(
      withdrawApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor: applicant,
        applicationId: application.id,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'apply.withdraw.closed' });
  });

  it('shows each account only its own applications: staff, other talent and anonymous callers get nothing', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const application = await buildApplication({
      db: handle.db,
      opportunityId: s.opportunity.id,
      applicantId: s.applicant.id,
    });
    for (const accountId of [
      s.hostMember.id,
      s.coordinator.id,
      s.otherHostMember.id,
      s.otherCoordinator.id,
      s.otherTalent.id,
    ]) {
      const actor = await actorOf(handle.db, accountId);
      expect(await listMyApplications({ db: handle.db, actor })).toEqual([]);
      await expect(
        getMyApplication({ db: handle.db, actor, applicationId: application.id }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        withdrawApplication({ db: handle.db, mailer: runtime.mailer, actor, applicationId: application.id }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(listMyApplications({ db: handle.db, actor: null })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      getMyApplication({ db: handle.db, actor: null, applicationId: application.id }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect((await getApplication(handle.db, application.id))!.stageCategory).toBe('applied');
  });
});

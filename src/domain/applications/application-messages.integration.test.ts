import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applicationMessages, emailOutbox, opportunities } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import { actorOf, buildApplyScenario } from '../../../tests/factories/apply';
import { buildApplication } from '../../../tests/factories/applications';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { listApplicationMessages } from './list-application-messages';
import { postApplicationMessage } from './post-application-message';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

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
  return handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
}

describe('application messages', () => {
  it('carries messages both ways and e-mails the other side', async () => {
    const s = await scenario();
    await postApplicationMessage({
      db: handle.db,
      mailer: runtime.mailer,
      actor: await actorOf(handle.db, s.hostMember.id),
      applicationId: s.application.id,
      body: '書類を拝見しました。\r\n面談の候補日をお送りします。',
    });
    const toApplicant = await mailsTo(s.applicant.email);
    expect(toApplicant).toHaveLength(1);
    expect(toApplicant[0]!.subject).toContain('受け入れ先からメッセージ');
    expect(toApplicant[0]!.textBody).toContain('書類を拝見しました。\n面談の候補日をお送りします。');
    expect(toApplicant[0]!.textBody).toContain(`/account/applications/${s.application.id}#messages`);
    // The author is not e-mailed about their own message.
    expect(await mailsTo(s.hostMember.email)).toHaveLength(0);

    await postApplicationMessage({
      db: handle.db,
      mailer: runtime.mailer,
      actor: await actorOf(handle.db, s.applicant.id),
      applicationId: s.application.id,
      body: 'ありがとうございます。よろしくお願いいたします。',
    });
    // Every member of the host organisation hears from the applicant.
    for (const email of [s.hostMember.email, s.hostColleague.email]) {
      const mails = await mailsTo(email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.textBody).toContain(`/manage/applications/${s.application.id}#messages`);
    }

    const applicantView = await listApplicationMessages({
      db: handle.db,
      actor: await actorOf(handle.db, s.applicant.id),
      applicationId: s.application.id,
    });
    expect(applicantView.side).toBe('applicant');
    expect(applicantView.messages.map((message) => [message.side, message.isMine])).toEqual([
      ['host', false],
      ['applicant', true],
    ]);
    expect(applicantView.messages[0]!.authorName).toBe('受け入れ 担当');
    const coordinatorView = await listApplicationMessages({
      db: handle.db,
      actor: await actorOf(handle.db, s.coordinator.id),
      applicationId: s.application.id,
    });
    expect(coordinatorView.side).toBe('host');
    expect(coordinatorView.messages).toHaveLength(2);
    expect(coordinatorView.messages[1]!.authorName).toBe('応募 花子');
  });

  it('hides the applicant’s name from the staff under blind screening', async () => {
    const s = await scenario();
    await handle.db
      .update(opportunities)
      .set({ blindScreening: true })
      .where(eq(opportunities.id, s.opportunity.id));
    await postApplicationMessage({
      db: handle.db,
      mailer: runtime.mailer,
      actor: await actorOf(handle.db, s.applicant.id),
      applicationId: s.application.id,
      body: '質問があります。',
    });
    const { messages } = await listApplicationMessages({
      db: handle.db,
      actor: await actorOf(handle.db, s.hostMember.id),
      applicationId: s.application.id,
    });
    expect(messages[0]).toMatchObject({ side: 'applicant', authorName: null });
  });

  it('refuses empty and over-long messages', async () => {
    const s = await scenario();
    const actor = await actorOf(handle.db, s.applicant.id);
    for (const [body, error] of [
      ['   \n ', 'validation.required'],
      ['あ'.repeat(2001), 'apply.messages.validation.tooLong'],
    ] as const) {
      await expect(
        postApplicationMessage({
          db: handle.db,
          mailer: runtime.mailer,
          actor,
          applicationId: s.application.id,
          body,
        }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { body: error } });
    }
  });

  it('is NOT_FOUND for other hosts, other programmes’ coordinators and other talent; 401 for anonymous callers', async () => {
    const s = await scenario();
    for (const accountId of [s.otherHostMember.id, s.otherCoordinator.id, s.otherTalent.id]) {
      const actor = await actorOf(handle.db, accountId);
      await expect(
        postApplicationMessage({
          db: handle.db,
          mailer: runtime.mailer,
          actor,
          applicationId: s.application.id,
          body: 'こんにちは',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        listApplicationMessages({ db: handle.db, actor, applicationId: s.application.id }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    await expect(
      postApplicationMessage({
        db: handle.db,
        mailer: runtime.mailer,
        actor: null,
        applicationId: s.application.id,
        body: 'x',
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      listApplicationMessages({
        db: handle.db,
        actor: await actorOf(handle.db, s.applicant.id),
        applicationId: 'not-a-uuid',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await handle.db
        .select()
        .from(applicationMessages)
        .where(eq(applicationMessages.applicationId, s.application.id)),
    ).toHaveLength(0);
  });
});

import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applicationEvents, applications, emailOutbox, opportunities, pipelineStages } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import { buildAccount } from '../../../tests/factories/accounts';
import { actorOf, buildApplyScenario, buildScreeningQuestion } from '../../../tests/factories/apply';
import { buildApplication } from '../../../tests/factories/applications';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { submitApplication } from './submit-application';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

const motivation = '長岡で暮らしながら、これまでの広報の経験を地域企業のために活かしたいと考えています。';

async function mailsTo(email: string) {
  return handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
}

async function applicationsOf(applicantId: string) {
  return handle.db.select().from(applications).where(eq(applications.applicantId, applicantId));
}

describe('submitApplication', () => {
  it('creates the application at 応募 with its answers and event, and e-mails the applicant and the host’s owners', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const question = await buildScreeningQuestion({
      db: handle.db,
      opportunityId: s.opportunity.id,
      kind: 'single_choice',
      label: '稼働できる曜日',
      options: ['平日', '週末'],
    });
    const { application, created } = await submitApplication({
      db: handle.db,
      mailer: runtime.mailer,
      actor: await actorOf(handle.db, s.applicant.id),
      opportunityKey: s.opportunity.slug,
      input: { motivation, answers: { [question.id]: '週末' }, idempotencyKey: randomUUID() },
    });
    expect(created).toBe(true);
    expect(application).toMatchObject({ stageCategory: 'applied', applicantId: s.applicant.id, motivation });
    expect(application.answers).toEqual([{ questionId: question.id, value: '週末' }]);
    const [stage] = await handle.db
      .select()
      .from(pipelineStages)
      .where(eq(pipelineStages.id, application.stageId));
    expect(stage!.name).toBe('応募');
    const events = await handle.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, application.id));
    expect(events.map((event) => event.kind)).toEqual(['submitted']);
    const applicantMails = await mailsTo(s.applicant.email);
    expect(applicantMails).toHaveLength(1);
    expect(applicantMails[0]!.subject).toContain('広報の副業');
    expect(applicantMails[0]!.textBody).toContain(`/account/applications/${application.id}`);
    const hostMails = await mailsTo(s.hostMember.email);
    expect(hostMails).toHaveLength(1);
    expect(hostMails[0]!.textBody).toContain(`/manage/applications/${application.id}`);
    // The applicant's name stays out of the host's e-mail (blind screening may hide it).
    expect(hostMails[0]!.textBody).not.toContain('応募 花子');
    // Plain members see applications in the pipeline but are not e-mailed about each one.
    expect(await mailsTo(s.hostColleague.email)).toHaveLength(0);
  });

  it('returns the same application when the same submit is repeated, without e-mailing again', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const actor = await actorOf(handle.db, s.applicant.id);
    const input = { motivation, idempotencyKey: randomUUID() };
    const first = await submitApplication({
      db: handle.db,
      mailer: runtime.mailer,
      actor,
      opportunityKey: s.opportunity.slug,
      input,
    });
    const again = await submitApplication({
      db: handle.db,
      mailer: runtime.mailer,
      actor,
      opportunityKey: s.opportunity.id,
      input,
    });
    expect(again).toMatchObject({ created: false, application: { id: first.application.id } });
    expect(await applicationsOf(s.applicant.id)).toHaveLength(1);
    expect(await mailsTo(s.applicant.email)).toHaveLength(1);
  });

  it('creates exactly one application from two concurrent submits (a double click)', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const actor = await actorOf(handle.db, s.applicant.id);
    const input = { motivation, idempotencyKey: randomUUID() };
    const results = await Promise.all(
      [1, 2].map(() =>
        submitApplication({
          db: handle.db,
          mailer: runtime.mailer,
          actor,
          opportunityKey: s.opportunity.slug,
          input,
        }),
      ),
    );
    expect(new Set(results.map((result) => result.application.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await applicationsOf(s.applicant.id)).toHaveLength(1);
    const stages = await handle.db
      .select()
      .from(pipelineStages)
      .where(eq(pipelineStages.opportunityId, s.opportunity.id));
    expect(stages).toHaveLength(9);
  });

  it('refuses a genuine second application, naming the first', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const actor = await actorOf(handle.db, s.applicant.id);
    const first = await submitApplication({
      db: handle.db,
      mailer: runtime.mailer,
      actor,
      opportunityKey: s.opportunity.slug,
      input: { motivation, idempotencyKey: randomUUID() },
    });
    await expect(
      submitApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor,
        opportunityKey: s.opportunity.slug,
        input: { motivation, idempotencyKey: randomUUID() },
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'apply.alreadyApplied',
      params: { applicationId: first.application.id },
    });
  });

  it.each([
    ['closed', { status: 'closed' as const }, 'apply.refused.closed'],
    ['past its closing date', { applicationsCloseAt: new Date(Date.now() - 60_000) }, 'apply.refused.closed'],
    ['not yet open', { applicationsOpenAt: new Date(Date.now() + 86_400_000) }, 'apply.refused.notYetOpen'],
  ])('refuses an opportunity that is %s and writes nothing', async (_label, change, messageKey) => {
    const s = await buildApplyScenario({ db: handle.db, opportunity: change });
    await expect(
      submitApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor: await actorOf(handle.db, s.applicant.id),
        opportunityKey: s.opportunity.slug,
        input: { motivation, idempotencyKey: randomUUID() },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey });
    expect(await applicationsOf(s.applicant.id)).toHaveLength(0);
    expect(await mailsTo(s.applicant.email)).toHaveLength(0);
    expect(await mailsTo(s.hostMember.email)).toHaveLength(0);
  });

  it('refuses a full opportunity (openings taken by offers and contracts) and writes nothing', async () => {
    const s = await buildApplyScenario({ db: handle.db, opportunity: { openings: 2 } });
    for (const stage of ['offer', 'contract'] as const) {
      const other = await buildAccount({ db: handle.db, role: 'talent' });
      await buildApplication({
        db: handle.db,
        opportunityId: s.opportunity.id,
        applicantId: other.id,
        stage,
      });
    }
    // Applicants still being screened do not take an opening.
    await buildApplication({
      db: handle.db,
      opportunityId: s.opportunity.id,
      applicantId: s.otherTalent.id,
      stage: 'screening',
    });
    const before = await handle.db
      .select()
      .from(applications)
      .where(eq(applications.opportunityId, s.opportunity.id));
    await expect(
      submitApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor: await actorOf(handle.db, s.applicant.id),
        opportunityKey: s.opportunity.slug,
        input: { motivation, idempotencyKey: randomUUID() },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'apply.refused.full' });
    const after = await handle.db
      .select()
      .from(applications)
      .where(eq(applications.opportunityId, s.opportunity.id));
    expect(after).toHaveLength(before.length);
  });

  it('validates the motivation and the screening answers, writing nothing', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const required = await buildScreeningQuestion({
      db: handle.db,
      opportunityId: s.opportunity.id,
      kind: 'short_text',
      position: 0,
    });
    const choice = await buildScreeningQuestion({
      db: handle.db,
      opportunityId: s.opportunity.id,
      kind: 'multiple_choice',
      options: ['Figma', 'Notion'],
      required: false,
      position: 1,
    });
    const actor = await actorOf(handle.db, s.applicant.id);
    await expect(
      submitApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor,
        opportunityKey: s.opportunity.slug,
        input: { motivation: '短すぎる', idempotencyKey: randomUUID() },
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { motivation: 'apply.validation.motivationTooShort' },
    });
    await expect(
      submitApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor,
        opportunityKey: s.opportunity.slug,
        input: { motivation, answers: { [choice.id]: ['Figma', 'Photoshop'] }, idempotencyKey: randomUUID() },
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: {
        [`answers.${required.id}`]: 'validation.required',
        [`answers.${choice.id}`]: 'apply.validation.choiceNotOffered',
      },
    });
    expect(await applicationsOf(s.applicant.id)).toHaveLength(0);
  });

  it('lets only signed-in talent apply, and hides drafts', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const input = { motivation, idempotencyKey: randomUUID() };
    for (const accountId of [s.hostMember.id, s.coordinator.id]) {
      await expect(
        submitApplication({
          db: handle.db,
          mailer: runtime.mailer,
          actor: await actorOf(handle.db, accountId),
          opportunityKey: s.opportunity.slug,
          input,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'apply.talentOnly' });
    }
    await expect(
      submitApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor: null,
        opportunityKey: s.opportunity.slug,
        input,
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await handle.db
      .update(opportunities)
      .set({ status: 'draft' })
      .where(eq(opportunities.id, s.opportunity.id));
    await expect(
      submitApplication({
        db: handle.db,
        mailer: runtime.mailer,
        actor: await actorOf(handle.db, s.applicant.id),
        opportunityKey: s.opportunity.slug,
        input,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const written = await handle.db
      .select()
      .from(applications)
      .where(
        and(
          eq(applications.opportunityId, s.opportunity.id),
          inArray(applications.applicantId, [s.hostMember.id, s.applicant.id]),
        ),
      );
    expect(written).toHaveLength(0);
  });
});

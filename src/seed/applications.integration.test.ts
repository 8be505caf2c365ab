import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applications, opportunities } from '#src/db/schema';
import { getMyApplication } from '#src/domain/applications/get-my-application';
import { listMyApplications } from '#src/domain/applications/list-my-applications';
import { listApplicationMessages } from '#src/domain/applications/list-application-messages';
import { addMember, buildAccount, buildOrganisation } from '../../tests/factories/accounts';
import { actorOf } from '../../tests/factories/apply';
import { buildBareOpportunity } from '../../tests/factories/applications';
import { createTestDatabase } from '../../tests/support/db';
import { seedApplications } from './applications';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('seedApplications', () => {
  it('gives the demo talent a live application with an interview and messages, and a past one; twice is harmless', async () => {
    const db = handle.db;
    const talent = await buildAccount({ db, email: 'talent@tsunagu.example', role: 'talent' });
    const usen = await buildAccount({ db, email: 'usen@tsunagu.example', role: 'host' });
    const okayama = await buildAccount({ db, email: 'okayama@tsunagu.example', role: 'coordinator' });
    const usenOrg = await buildOrganisation({ db, kind: 'company' });
    const okayamaOrg = await buildOrganisation({ db, kind: 'municipality' });
    await addMember({ db, organisationId: usenOrg.id, accountId: usen.id, role: 'owner' });
    await addMember({ db, organisationId: okayamaOrg.id, accountId: okayama.id, role: 'owner' });
    for (const [slug, organisationId] of [
      ['nw-usen-admin', usenOrg.id],
      ['okayama-sm-promotion', okayamaOrg.id],
    ] as const) {
      const opportunity = await buildBareOpportunity({ db, organisationId });
      await db.update(opportunities).set({ slug }).where(eq(opportunities.id, opportunity.id));
    }

    await seedApplications({ db });
    await seedApplications({ db });

    const actor = await actorOf(db, talent.id);
    const mine = await listMyApplications({ db, actor });
    expect(
      mine.map((application) => [
        application.opportunity.slug,
        application.stage.category,
        application.nextStep.kind,
      ]),
    ).toEqual([
      ['nw-usen-admin', 'interview', 'attendInterview'],
      ['okayama-sm-promotion', 'rejected', 'rejected'],
    ]);
    const live = await getMyApplication({ db, actor, applicationId: mine[0]!.id });
    expect(live.events.map((event) => event.kind)).toEqual([
      'submitted',
      'stage_changed',
      'stage_changed',
      'interview_proposed',
      'interview_scheduled',
    ]);
    expect(live.interviews).toMatchObject([{ status: 'scheduled', hasInvite: true }]);
    // The host sees the same thread from the pipeline.
    const hostView = await listApplicationMessages({
      db,
      actor: await actorOf(db, usen.id),
      applicationId: live.id,
    });
    expect(hostView.messages.map((message) => message.side)).toEqual(['host', 'applicant']);
    const past = await getMyApplication({ db, actor, applicationId: mine[1]!.id });
    expect(past.submittedAt).toBe('2020-06-25T03:00:00.000Z');
    expect(past.events.at(-1)).toMatchObject({
      toStage: { category: 'rejected' },
      message: expect.stringContaining('ご応募ありがとうございました'),
    });
    expect(await db.select().from(applications).where(eq(applications.applicantId, talent.id))).toHaveLength(
      2,
    );
  });
});

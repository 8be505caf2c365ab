import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applicationEvents, emailOutbox, programmes } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import { addMember, buildAccount, buildOrganisation } from '../../../tests/factories/accounts';
import {
  buildApplication,
  buildBareOpportunity,
  getApplication,
} from '../../../tests/factories/applications';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { loadActor } from '../accounts/sessions';
import { requireApplicationStaff } from './access';
import { changeApplicationStage } from './change-application-stage';
import { ensurePipelineStages } from './stages';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

async function actorFor(accountId: string) {
  const db = handle.db;
  const account = (await db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.id, accountId) }))!;
  return loadActor({ db, account: { ...account, accountId: account.id } });
}

async function scenario() {
  const db = handle.db;
  const host = await buildOrganisation({ db, kind: 'company' });
  const coordinatorOrg = await buildOrganisation({ db, kind: 'municipality' });
  const otherOrg = await buildOrganisation({ db, kind: 'company' });
  const [programme] = await db
    .insert(programmes)
    .values({
      slug: `p-${host.slug}`,
      name: 'テストプログラム',
      coordinatorOrganisationId: coordinatorOrg.id,
    })
    .returning();
  const hostMember = await buildAccount({ db, role: 'host' });
  const coordinator = await buildAccount({ db, role: 'coordinator' });
  const outsider = await buildAccount({ db, role: 'host' });
  await addMember({ db, organisationId: host.id, accountId: hostMember.id });
  await addMember({ db, organisationId: coordinatorOrg.id, accountId: coordinator.id });
  await addMember({ db, organisationId: otherOrg.id, accountId: outsider.id });
  const applicant = await buildAccount({ db, role: 'talent', displayName: '応募 太郎' });
  const opportunity = await buildBareOpportunity({
    db,
    organisationId: host.id,
    programmeId: programme!.id,
    title: '広報の副業',
  });
  const application = await buildApplication({
    db,
    opportunityId: opportunity.id,
    applicantId: applicant.id,
  });
  const stages = await ensurePipelineStages({ db, opportunityId: opportunity.id });
  return { hostMember, coordinator, outsider, applicant, application, stages };
}

describe('changeApplicationStage', () => {
  it('moves an application, records who/when/from/to, and e-mails the applicant', async () => {
    const { hostMember, applicant, application, stages } = await scenario();
    const screening = stages.find((s) => s.category === 'screening')!;
    const result = await changeApplicationStage({
      db: handle.db,
      mailer: runtime.mailer,
      actor: await actorFor(hostMember.id),
      applicationIds: [application.id],
      toStageId: screening.id,
    });
    expect(result.moved).toBe(1);
    expect((await getApplication(handle.db, application.id))!.stageCategory).toBe('screening');
    const events = await handle.db
      .select()
      .from(applicationEvents)
      .where(
        and(eq(applicationEvents.applicationId, application.id), eq(applicationEvents.kind, 'stage_changed')),
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: hostMember.id,
      fromStageId: application.stageId,
      toStageId: screening.id,
    });
    const mails = await handle.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, applicant.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('広報の副業');
    expect(mails[0]!.textBody).toContain('書類選考');
  });

  it('lets the coordinator of the programme move applications', async () => {
    const { coordinator, application, stages } = await scenario();
    const interview = stages.find((s) => s.category === 'interview')!;
    await changeApplicationStage({
      db: handle.db,
      mailer: runtime.mailer,
      actor: await actorFor(coordinator.id),
      applicationIds: [application.id],
      toStageId: interview.id,
    });
    expect((await getApplication(handle.db, application.id))!.stageCategory).toBe('interview');
  });

  it('refuses a member of another organisation and the applicant, changing nothing', async () => {
    const { outsider, applicant, application, stages } = await scenario();
    const rejected = stages.find((s) => s.category === 'rejected')!;
    for (const accountId of [outsider.id, applicant.id]) {
      await expect(
        changeApplicationStage({
          db: handle.db,
          mailer: runtime.mailer,
          actor: await actorFor(accountId),
          applicationIds: [application.id],
          toStageId: rejected.id,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        requireApplicationStaff({
          db: handle.db,
          actor: await actorFor(accountId),
          applicationId: application.id,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await getApplication(handle.db, application.id))!.stageCategory).toBe('applied');
  });

  it('rolls back a bulk move when one application is not the actor’s', async () => {
    const first = await scenario();
    const second = await scenario();
    const screening = first.stages.find((s) => s.category === 'screening')!;
    await expect(
      changeApplicationStage({
        db: handle.db,
        mailer: runtime.mailer,
        actor: await actorFor(first.hostMember.id),
        applicationIds: [first.application.id, second.application.id],
        toStageId: screening.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getApplication(handle.db, first.application.id))!.stageCategory).toBe('applied');
  });
});

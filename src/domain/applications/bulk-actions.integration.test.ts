import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applicationEvents, applications, emailOutbox } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import { actorOf, buildApplyScenario } from '../../../tests/factories/apply';
import { buildApplicationsBulk } from '../../../tests/factories/screening';
import { buildTalent } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { assignReviewer } from './assign-reviewer';
import { bulkReject } from './bulk-reject';
import { listReviewerCandidates } from './list-reviewer-candidates';
import { moveApplications } from './move-applications';
import { rejectionTemplateText } from './rejection-templates';
import { ensurePipelineStages } from './stages';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

async function scenario(applicantCount = 4) {
  const db = handle.db;
  const s = await buildApplyScenario({ db });
  const talents = [];
  for (let i = 0; i < applicantCount; i++) talents.push(await buildTalent({ db }));
  const apps = await buildApplicationsBulk({
    db,
    opportunityId: s.opportunity.id,
    applications: talents.map((talent) => ({ applicantId: talent.id })),
  });
  return { ...s, talents, apps, stages: await ensurePipelineStages({ db, opportunityId: s.opportunity.id }) };
}

describe('bulk reject', () => {
  it('rejects the selected applications, records each change and e-mails each applicant the message', async () => {
    const db = handle.db;
    const s = await scenario(4);
    const message = rejectionTemplateText('ja', 'standard', { title: s.opportunity.title });
    const chosen = s.apps.slice(0, 3).map((app) => app.id);
    const result = await bulkReject({
      db,
      mailer: runtime.mailer,
      actor: await actorOf(db, s.hostMember.id),
      opportunityId: s.opportunity.id,
      applicationIds: chosen,
      message,
    });
    expect(result).toEqual({ rejected: 3 });
    const rows = await db.select().from(applications).where(eq(applications.opportunityId, s.opportunity.id));
    expect(
      rows
        .filter((row) => row.stageCategory === 'rejected')
        .map((row) => row.id)
        .sort(),
    ).toEqual([...chosen].sort());
    const events = await db
      .select()
      .from(applicationEvents)
      .where(
        and(inArray(applicationEvents.applicationId, chosen), eq(applicationEvents.kind, 'stage_changed')),
      );
    expect(events).toHaveLength(3);
    expect(
      events.every((event) => event.actorId === s.hostMember.id && event.payload.message === message),
    ).toBe(true);
    for (const talent of s.talents.slice(0, 3)) {
      const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, talent.email));
      expect(mail!.subject).toContain(s.opportunity.title);
      expect(mail!.textBody).toContain('慎重に選考を進めました結果');
      expect(mail!.textBody).toContain('不採用');
    }
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, s.talents[3]!.email))).toEqual(
      [],
    );
  });

  it('needs a message and a selection, and changes nothing when one application is another opportunity’s', async () => {
    const db = handle.db;
    const s = await scenario(2);
    const other = await scenario(1);
    const actor = await actorOf(db, s.hostMember.id);
    const base = { db, mailer: runtime.mailer, actor, opportunityId: s.opportunity.id };
    await expect(
      bulkReject({ ...base, applicationIds: [s.apps[0]!.id], message: '  ' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { message: 'validation.required' },
    });
    await expect(bulkReject({ ...base, applicationIds: [], message: 'x' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(
      bulkReject({ ...base, applicationIds: [s.apps[0]!.id, other.apps[0]!.id], message: 'お見送りします' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const rows = await db
      .select()
      .from(applications)
      .where(inArray(applications.id, [s.apps[0]!.id, other.apps[0]!.id]));
    expect(rows.every((row) => row.stageCategory === 'applied')).toBe(true);
  });
});

describe('moveApplications', () => {
  it('moves several applications to a stage of their opportunity', async () => {
    const db = handle.db;
    const s = await scenario(3);
    const screening = s.stages.find((stage) => stage.category === 'screening')!;
    const result = await moveApplications({
      db,
      mailer: runtime.mailer,
      actor: await actorOf(db, s.coordinator.id),
      opportunityId: s.opportunity.id,
      applicationIds: s.apps.map((app) => app.id),
      toStageId: screening.id,
    });
    expect(result.moved).toBe(3);
    const rows = await db.select().from(applications).where(eq(applications.opportunityId, s.opportunity.id));
    expect(rows.every((row) => row.stageCategory === 'screening')).toBe(true);
  });
});

describe('assignReviewer', () => {
  it('offers the host’s and the coordinating organisation’s members as reviewers', async () => {
    const s = await scenario(1);
    const candidates = await listReviewerCandidates({ db: handle.db, opportunity: s.opportunity });
    expect(candidates.map((candidate) => candidate.id).sort()).toEqual(
      [s.hostMember.id, s.hostColleague.id, s.coordinator.id].sort(),
    );
  });

  it('assigns a staff member, records it for the staff only and tells the reviewer', async () => {
    const db = handle.db;
    const s = await scenario(2);
    const ids = s.apps.map((app) => app.id);
    const result = await assignReviewer({
      db,
      mailer: runtime.mailer,
      actor: await actorOf(db, s.hostMember.id),
      opportunityId: s.opportunity.id,
      applicationIds: ids,
      reviewerId: s.coordinator.id,
    });
    expect(result).toEqual({ assigned: 2 });
    const rows = await db.select().from(applications).where(inArray(applications.id, ids));
    expect(rows.every((row) => row.assignedReviewerId === s.coordinator.id)).toBe(true);
    const events = await db
      .select()
      .from(applicationEvents)
      .where(
        and(inArray(applicationEvents.applicationId, ids), eq(applicationEvents.kind, 'reviewer_assigned')),
      );
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.visibleToApplicant === false)).toBe(true);
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, s.coordinator.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toContain('2件');
    // Assigning the same reviewer again changes nothing and sends nothing.
    const again = await assignReviewer({
      db,
      mailer: runtime.mailer,
      actor: await actorOf(db, s.hostMember.id),
      opportunityId: s.opportunity.id,
      applicationIds: ids,
      reviewerId: s.coordinator.id,
    });
    expect(again).toEqual({ assigned: 0 });
    expect(
      await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, s.coordinator.email)),
    ).toHaveLength(1);
  });

  it('refuses a reviewer who is not staff of the opportunity', async () => {
    const db = handle.db;
    const s = await scenario(1);
    for (const outsider of [s.otherHostMember, s.otherCoordinator, s.applicant]) {
      await expect(
        assignReviewer({
          db,
          mailer: runtime.mailer,
          actor: await actorOf(db, s.hostMember.id),
          opportunityId: s.opportunity.id,
          applicationIds: [s.apps[0]!.id],
          reviewerId: outsider.id,
        }),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fieldErrors: { reviewerId: 'pipeline.reviewer.notStaff' },
      });
    }
    const [row] = await db.select().from(applications).where(eq(applications.id, s.apps[0]!.id));
    expect(row!.assignedReviewerId).toBeNull();
  });

  it('clears the reviewer', async () => {
    const db = handle.db;
    const s = await scenario(1);
    const actor = await actorOf(db, s.hostMember.id);
    const base = {
      db,
      mailer: runtime.mailer,
      actor,
      opportunityId: s.opportunity.id,
      applicationIds: [s.apps[0]!.id],
    };
    await assignReviewer({ ...base, reviewerId: s.hostColleague.id });
    expect(await assignReviewer({ ...base, reviewerId: null })).toEqual({ assigned: 1 });
    const [row] = await db.select().from(applications).where(eq(applications.id, s.apps[0]!.id));
    expect(row!.assignedReviewerId).toBeNull();
  });
});

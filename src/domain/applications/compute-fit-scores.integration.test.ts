import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import { buildApplyScenario, actorOf } from '../../../tests/factories/apply';
import { getApplication } from '../../../tests/factories/applications';
import { buildApplicationsBulk } from '../../../tests/factories/screening';
import { buildTalent, buildTalentsBulk } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';
import { computeFitForApplication, computeFitScores } from './compute-fit-scores';
import { recomputeFitScores } from './recompute-fit-scores';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const requirements = {
  requiredSkills: ['pr', 'writing'],
  preferredSkills: ['sns-marketing'],
  hoursPerWeekMin: 8,
  prefectureCodes: ['33'],
  municipalityCodes: ['331007'],
  fields: ['promotion'],
  workStyle: 'remote' as const,
};

describe('computeFitScores', () => {
  it('scores every applicant from their profile, skills and ties, with reasons', async () => {
    const db = handle.db;
    const scenario = await buildApplyScenario({ db, opportunity: requirements });
    const strong = await buildTalent({
      db,
      hoursPerWeek: 10,
      fieldsOfInterest: ['promotion'],
      profile: { preferredWorkStyle: 'remote' },
      skills: [
        { skill: 'pr', level: 4 },
        { skill: 'writing', level: 3 },
        { skill: 'sns-marketing', level: 2 },
      ],
      ties: [{ regionCode: '331007', kind: 'hometown' }],
    });
    const weak = await buildTalent({
      db,
      hoursPerWeek: 2,
      skills: [{ skill: 'pr', level: 1 }],
      ties: [{ regionCode: '15', kind: 'visited' }],
    });
    const hidden = await buildTalent({ db, visibility: 'private', skills: [{ skill: 'pr', level: 5 }] });
    const [a, b, c] = await buildApplicationsBulk({
      db,
      opportunityId: scenario.opportunity.id,
      applications: [{ applicantId: strong.id }, { applicantId: weak.id }, { applicantId: hidden.id }],
    });
    expect(await computeFitScores({ db, opportunityId: scenario.opportunity.id })).toEqual({ updated: 3 });

    const best = (await getApplication(db, a!.id))!;
    expect(best.fitScore).toBe(100);
    expect(best.fitExplanation).toMatchObject({
      requiredSkillsMatched: 2,
      requiredSkillsTotal: 2,
      regionTie: 'hometown:331007',
    });
    const worst = (await getApplication(db, b!.id))!;
    expect(worst.fitScore).toBeLessThan(30);
    expect(worst.fitExplanation!.reasons.map((reason) => reason.key)).toEqual(
      expect.arrayContaining(['fit.requiredSkills', 'fit.hoursShort', 'fit.noTie']),
    );
    const secret = (await getApplication(db, c!.id))!;
    expect(secret.fitScore).toBeNull();
    expect(secret.fitExplanation!.reasons).toEqual([{ key: 'fit.profilePrivate' }]);
  });

  it('rescores when the requirements change (再計算), and scores a single application on submit', async () => {
    const db = handle.db;
    const scenario = await buildApplyScenario({ db, opportunity: requirements });
    const talent = await buildTalent({ db, hoursPerWeek: 4, skills: [{ skill: 'pr', level: 3 }] });
    const [application] = await buildApplicationsBulk({
      db,
      opportunityId: scenario.opportunity.id,
      applications: [{ applicantId: talent.id }],
    });
    await computeFitForApplication({ db, applicationId: application!.id });
    const before = (await getApplication(db, application!.id))!.fitScore!;
    await db
      .update(opportunities)
      .set({ requiredSkills: ['pr'], hoursPerWeekMin: 4 })
      .where(eq(opportunities.id, scenario.opportunity.id));
    const result = await recomputeFitScores({
      db,
      actor: await actorOf(db, scenario.hostMember.id),
      opportunityId: scenario.opportunity.id,
    });
    expect(result.updated).toBe(1);
    expect((await getApplication(db, application!.id))!.fitScore).toBeGreaterThan(before);
  });

  it('lets only the opportunity’s staff ask for a recomputation', async () => {
    const db = handle.db;
    const scenario = await buildApplyScenario({ db, opportunity: requirements });
    for (const outsider of [scenario.otherHostMember, scenario.otherCoordinator, scenario.applicant]) {
      await expect(
        recomputeFitScores({
          db,
          actor: await actorOf(db, outsider.id),
          opportunityId: scenario.opportunity.id,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(
      recomputeFitScores({ db, actor: null, opportunityId: scenario.opportunity.id }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('scores hundreds of applicants in one pass', async () => {
    const db = handle.db;
    const scenario = await buildApplyScenario({ db, opportunity: requirements });
    const talents = await buildTalentsBulk({ db, count: 300, seed: 11, visibility: 'applied_hosts' });
    await buildApplicationsBulk({
      db,
      opportunityId: scenario.opportunity.id,
      applications: talents.map((talent) => ({ applicantId: talent.id })),
    });
    await computeFitScores({ db, opportunityId: scenario.opportunity.id });
    const scored = await db.query.applications.findMany({
      where: (application, { eq: equals }) => equals(application.opportunityId, scenario.opportunity.id),
    });
    expect(scored).toHaveLength(300);
    expect(
      scored.every((application) => application.fitScore !== null && application.fitExplanation !== null),
    ).toBe(true);
    expect(new Set(scored.map((application) => application.fitScore)).size).toBeGreaterThan(5);
  });
});

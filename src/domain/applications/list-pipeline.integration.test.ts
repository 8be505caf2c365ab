import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applications } from '#src/db/schema';
import { actorOf, buildApplyScenario, buildScreeningQuestion } from '../../../tests/factories/apply';
import {
  buildApplicationsBulk,
  buildScorecard,
  buildScorecardCriteria,
} from '../../../tests/factories/screening';
import { buildTalent, buildTalentsBulk } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';
import { computeFitScores } from './compute-fit-scores';
import { findPipelineNeighbours } from './find-pipeline-neighbours';
import { listPipeline, listPipelineBoard } from './list-pipeline';
import { listScreeningOpportunities } from './list-screening-opportunities';
import { parsePipelineQuery } from './pipeline-filters';
import { ensurePipelineStages } from './stages';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const query = (text = '') => parsePipelineQuery(new URLSearchParams(text));

/**
 * Six applicants to a promotion post in 岡山市 with different skills, ties, hours, answers, stages,
 * reviewers and scores; fit scores computed as in production.
 */
async function pipelineScenario(options: { blind?: boolean } = {}) {
  const db = handle.db;
  const scenario = await buildApplyScenario({
    db,
    opportunity: {
      requiredSkills: ['pr', 'writing'],
      hoursPerWeekMin: 8,
      prefectureCodes: ['33'],
      municipalityCodes: ['331007'],
      fields: ['promotion'],
      blindScreening: options.blind ?? false,
    },
  });
  const opportunityId = scenario.opportunity.id;
  const onsite = await buildScreeningQuestion({
    db,
    opportunityId,
    kind: 'yes_no',
    label: '月1回の来庁は可能ですか',
  });
  const areas = await buildScreeningQuestion({
    db,
    opportunityId,
    kind: 'multiple_choice',
    label: '得意な領域',
    options: ['SNS', '広報誌', 'イベント'],
    position: 1,
  });
  const person = (
    name: string,
    kana: string,
    extra: Parameters<typeof buildTalent>[0] extends infer T ? Partial<T> : never,
  ) =>
    buildTalent({
      db,
      displayName: name,
      profile: { familyNameKana: kana.split(' ')[0]!, givenNameKana: kana.split(' ')[1]! },
      ...extra,
    });
  const sato = await person('佐藤 花子', 'サトウ ハナコ', {
    hoursPerWeek: 10,
    fieldsOfInterest: ['promotion'],
    skills: [
      { skill: 'pr', level: 4 },
      { skill: 'writing', level: 4 },
    ],
    ties: [{ regionCode: '331007', kind: 'hometown' }],
    profile: { familyNameKana: 'サトウ', givenNameKana: 'ハナコ', availableWeekends: true },
  });
  const suzuki = await person('鈴木 健', 'スズキ ケン', {
    hoursPerWeek: 20,
    skills: [{ skill: 'pr', level: 3 }],
    ties: [{ regionCode: '33', kind: 'visited' }],
    profile: { familyNameKana: 'スズキ', givenNameKana: 'ケン', availableWeekdays: true },
  });
  const takahashi = await person('高橋 美咲', 'タカハシ ミサキ', {
    hoursPerWeek: 5,
    skills: [
      { skill: 'pr', level: 2 },
      { skill: 'writing', level: 2 },
    ],
    ties: [{ regionCode: '15', kind: 'hometown' }],
    profile: { familyNameKana: 'タカハシ', givenNameKana: 'ミサキ', availableWeekends: true },
  });
  const tanaka = await person('田中 翔太', 'タナカ ショウタ', {
    hoursPerWeek: 40,
    skills: [{ skill: 'writing', level: 5 }],
    profile: { familyNameKana: 'タナカ', givenNameKana: 'ショウタ' },
  });
  const hidden = await person('伊藤 凛', 'イトウ リン', {
    visibility: 'private',
    hoursPerWeek: 30,
    skills: [
      { skill: 'pr', level: 5 },
      { skill: 'writing', level: 5 },
    ],
    ties: [{ regionCode: '33', kind: 'hometown' }],
    profile: { familyNameKana: 'イトウ', givenNameKana: 'リン' },
  });
  const day = (n: number) => new Date(Date.UTC(2020, 5, 19 + n, 1));
  const [satoApp, suzukiApp, takahashiApp, tanakaApp, hiddenApp] = await buildApplicationsBulk({
    db,
    opportunityId,
    applications: [
      {
        applicantId: sato.id,
        submittedAt: day(0),
        answers: [
          { questionId: onsite.id, value: 'yes' },
          { questionId: areas.id, value: ['SNS', 'イベント'] },
        ],
      },
      {
        applicantId: suzuki.id,
        submittedAt: day(1),
        stage: 'screening',
        answers: [{ questionId: onsite.id, value: 'no' }],
      },
      {
        applicantId: takahashi.id,
        submittedAt: day(2),
        stage: 'interview',
        answers: [{ questionId: areas.id, value: ['広報誌'] }],
      },
      {
        applicantId: tanaka.id,
        submittedAt: day(3),
        stage: 'rejected',
        answers: [{ questionId: onsite.id, value: 'yes' }],
      },
      { applicantId: hidden.id, submittedAt: day(4) },
    ],
  });
  await computeFitScores({ db, opportunityId });
  await db
    .update(applications)
    .set({ assignedReviewerId: scenario.hostMember.id })
    .where(eq(applications.id, satoApp!.id));
  await db
    .update(applications)
    .set({ assignedReviewerId: scenario.coordinator.id })
    .where(eq(applications.id, suzukiApp!.id));
  const [criterionA, criterionB] = await buildScorecardCriteria({ db, opportunityId });
  // The coordinator has scored two applicants; the host member only one of them.
  await buildScorecard({
    db,
    applicationId: satoApp!.id,
    reviewerId: scenario.coordinator.id,
    scores: { [criterionA!.id]: 5, [criterionB!.id]: 4 },
  });
  await buildScorecard({
    db,
    applicationId: suzukiApp!.id,
    reviewerId: scenario.coordinator.id,
    scores: { [criterionA!.id]: 3, [criterionB!.id]: 3 },
  });
  await buildScorecard({
    db,
    applicationId: satoApp!.id,
    reviewerId: scenario.hostMember.id,
    scores: { [criterionA!.id]: 4, [criterionB!.id]: 4 },
  });
  const stages = await ensurePipelineStages({ db, opportunityId });
  const actors = {
    host: await actorOf(db, scenario.hostMember.id),
    coordinator: await actorOf(db, scenario.coordinator.id),
  };
  return {
    ...scenario,
    opportunityId,
    onsite,
    areas,
    stages,
    actors,
    apps: {
      sato: satoApp!,
      suzuki: suzukiApp!,
      takahashi: takahashiApp!,
      tanaka: tanakaApp!,
      hidden: hiddenApp!,
    },
  };
}

const names = (listing: { rows: Array<{ name: string | null }> }) => listing.rows.map((row) => row.name);

describe('listPipeline', () => {
  it('lists applicants by fit, with counts per stage, reasons, skills, ties, reviewers and scores', async () => {
    const s = await pipelineScenario();
    const listing = await listPipeline({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      query: query(),
    });
    expect(listing.total).toBe(5);
    expect(listing.totalAllStages).toBe(5);
    expect(names(listing)[0]).toBe('佐藤 花子');
    const scores = listing.rows.map((row) => row.fitScore ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Object.fromEntries(listing.stages.map((stage) => [stage.category, stage.count]))).toMatchObject({
      applied: 2,
      screening: 1,
      interview: 1,
      rejected: 1,
      offer: 0,
    });
    const sato = listing.rows.find((row) => row.name === '佐藤 花子')!;
    expect(sato).toMatchObject({
      regionTie: 'hometown:331007',
      hoursPerWeek: 10,
      reviewer: { id: s.hostMember.id },
      reviewCount: 2,
      meanScore: 4.25,
      reviewedByMe: true,
    });
    expect(sato.topSkills.map((entry) => entry.skill)).toEqual(['pr', 'writing']);
  });

  it('shows the mean score only to reviewers who submitted their own', async () => {
    const s = await pipelineScenario();
    const colleague = await actorOf(handle.db, s.hostColleague.id);
    const listing = await listPipeline({
      db: handle.db,
      actor: colleague,
      opportunityId: s.opportunityId,
      query: query(),
    });
    const sato = listing.rows.find((row) => row.id === s.apps.sato.id)!;
    expect(sato).toMatchObject({ reviewCount: 2, meanScore: null, reviewedByMe: false });
    const asCoordinator = await listPipeline({
      db: handle.db,
      actor: s.actors.coordinator,
      opportunityId: s.opportunityId,
      query: query('scored=1&sort=score'),
    });
    // The shortlist: scored applicants, ranked by the mean of the submitted scorecards.
    expect(asCoordinator.rows.map((row) => [row.id, row.meanScore])).toEqual([
      [s.apps.sato.id, 4.25],
      [s.apps.suzuki.id, 3],
    ]);
  });

  it('filters by stage, skills, tie, hours, availability, answers, name and reviewer', async () => {
    const s = await pipelineScenario();
    const run = async (text: string) =>
      names(
        await listPipeline({
          db: handle.db,
          actor: s.actors.host,
          opportunityId: s.opportunityId,
          query: query(text),
        }),
      ).sort();
    const screening = s.stages.find((stage) => stage.category === 'screening')!;
    expect(await run(`stage=${screening.id}`)).toEqual(['鈴木 健']);
    expect(await run('skill=pr')).toEqual(['佐藤 花子', '鈴木 健', '高橋 美咲']);
    expect(await run('skill=pr&skill=writing')).toEqual(['佐藤 花子', '高橋 美咲']);
    expect(await run('tie=33')).toEqual(['佐藤 花子', '鈴木 健']);
    expect(await run('minHours=10')).toEqual(['佐藤 花子', '田中 翔太', '鈴木 健']);
    expect(await run('availability=weekends')).toEqual(['佐藤 花子', '高橋 美咲']);
    expect(await run(`answer=${s.onsite.id}:yes`)).toEqual(['佐藤 花子', '田中 翔太']);
    expect(await run(`answer=${s.areas.id}:イベント`)).toEqual(['佐藤 花子']);
    expect(await run('q=さとう')).toEqual(['佐藤 花子']);
    expect(await run('q=高橋')).toEqual(['高橋 美咲']);
    expect(await run('q=タナカ ショウタ')).toEqual(['田中 翔太']);
    expect(await run('reviewer=me')).toEqual(['佐藤 花子']);
    expect(await run(`reviewer=${s.coordinator.id}`)).toEqual(['鈴木 健']);
    expect(await run('reviewer=none')).toHaveLength(3);
    expect(await run('skill=pr&minHours=8&tie=33')).toEqual(['佐藤 花子', '鈴木 健']);
  });

  it('counts each stage for the filters in force', async () => {
    const s = await pipelineScenario();
    const listing = await listPipeline({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      query: query('skill=pr'),
    });
    expect(listing.totalAllStages).toBe(3);
    expect(Object.fromEntries(listing.stages.map((stage) => [stage.category, stage.count]))).toMatchObject({
      applied: 1,
      screening: 1,
      interview: 1,
      rejected: 0,
    });
  });

  it('never matches a private profile on profile facts, and shows none of them', async () => {
    const s = await pipelineScenario();
    const all = await listPipeline({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      query: query(),
    });
    const hidden = all.rows.find((row) => row.id === s.apps.hidden.id)!;
    expect(hidden).toMatchObject({
      name: '伊藤 凛',
      profileHidden: true,
      fitScore: null,
      topSkills: [],
      regionTie: null,
      hoursPerWeek: null,
    });
    for (const filter of ['skill=pr', 'tie=33', 'minHours=20']) {
      const listing = await listPipeline({
        db: handle.db,
        actor: s.actors.host,
        opportunityId: s.opportunityId,
        query: query(filter),
      });
      expect(listing.rows.map((row) => row.id)).not.toContain(s.apps.hidden.id);
    }
  });

  it('sorts by submission, by name reading and by score', async () => {
    const s = await pipelineScenario();
    const run = async (text: string) =>
      names(
        await listPipeline({
          db: handle.db,
          actor: s.actors.host,
          opportunityId: s.opportunityId,
          query: query(text),
        }),
      );
    expect(await run('sort=submitted')).toEqual([
      '伊藤 凛',
      '田中 翔太',
      '高橋 美咲',
      '鈴木 健',
      '佐藤 花子',
    ]);
    expect(await run('sort=name')).toEqual(['伊藤 凛', '佐藤 花子', '鈴木 健', '高橋 美咲', '田中 翔太']);
    expect((await run('sort=score'))[0]).toBe('佐藤 花子');
  });

  it('pages 50 at a time', async () => {
    const db = handle.db;
    const scenario = await buildApplyScenario({ db });
    const talents = await buildTalentsBulk({ db, count: 120, seed: 5, visibility: 'applied_hosts' });
    await buildApplicationsBulk({
      db,
      opportunityId: scenario.opportunity.id,
      applications: talents.map((t) => ({ applicantId: t.id })),
    });
    await computeFitScores({ db, opportunityId: scenario.opportunity.id });
    const actor = await actorOf(db, scenario.hostMember.id);
    const first = await listPipeline({ db, actor, opportunityId: scenario.opportunity.id, query: query() });
    const last = await listPipeline({
      db,
      actor,
      opportunityId: scenario.opportunity.id,
      query: query('page=3'),
    });
    expect([first.total, first.pageCount, first.rows.length, last.rows.length, last.page]).toEqual([
      120, 3, 50, 20, 3,
    ]);
    const beyond = await listPipeline({
      db,
      actor,
      opportunityId: scenario.opportunity.id,
      query: query('page=9'),
    });
    expect(beyond.page).toBe(3);
    const seen = new Set([...first.rows, ...last.rows].map((row) => row.id));
    expect(seen.size).toBe(70);
  });

  it('shows the board: counts and the best cards of each stage', async () => {
    const s = await pipelineScenario();
    const board = await listPipelineBoard({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      query: query(),
      perStage: 1,
    });
    const applied = board.stages.find((stage) => stage.category === 'applied')!;
    expect(applied.count).toBe(2);
    expect(applied.cards.map((card) => card.name)).toEqual(['佐藤 花子']);
    expect(board.stages.find((stage) => stage.category === 'offer')!.cards).toEqual([]);
  });

  it('finds the previous and next applicant under the same filters and sort', async () => {
    const s = await pipelineScenario();
    const sorted = await listPipeline({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      query: query('sort=submitted'),
    });
    const ids = sorted.rows.map((row) => row.id);
    const middle = await findPipelineNeighbours({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      applicationId: ids[2]!,
      query: query('sort=submitted'),
    });
    expect(middle).toEqual({ previousId: ids[1], nextId: ids[3], position: 3, total: 5 });
    const excluded = await findPipelineNeighbours({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      applicationId: s.apps.tanaka.id,
      query: query('skill=pr'),
    });
    expect(excluded.position).toBeNull();
  });
});

describe('blind screening in the pipeline', () => {
  it('hides names and accounts before the interview stage and keeps the name search to revealed applicants', async () => {
    const s = await pipelineScenario({ blind: true });
    const listing = await listPipeline({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      query: query('sort=submitted'),
    });
    const byId = new Map(listing.rows.map((row) => [row.id, row]));
    expect(byId.get(s.apps.sato.id)).toMatchObject({
      name: null,
      applicantId: null,
      identityHidden: true,
      applicantNumber: 1,
    });
    expect(byId.get(s.apps.hidden.id)).toMatchObject({ name: null, applicantNumber: 5 });
    expect(byId.get(s.apps.takahashi.id)).toMatchObject({
      name: '高橋 美咲',
      identityHidden: false,
      applicantNumber: 3,
    });
    const search = async (text: string) =>
      (
        await listPipeline({
          db: handle.db,
          actor: s.actors.host,
          opportunityId: s.opportunityId,
          query: query(text),
        })
      ).rows.map((row) => row.id);
    expect(await search('q=サトウ')).toEqual([]);
    expect(await search('q=タカハシ')).toEqual([s.apps.takahashi.id]);
    // Sorting by the hidden names would reveal them: the name sort falls back to submission order.
    expect(await search('sort=name')).toEqual(await search('sort=submitted'));
  });

  it('reveals the applicant once they reach the interview stage', async () => {
    const s = await pipelineScenario({ blind: true });
    const interview = s.stages.find((stage) => stage.category === 'interview')!;
    await handle.db
      .update(applications)
      .set({ stageId: interview.id, stageCategory: 'interview' })
      .where(eq(applications.id, s.apps.sato.id));
    const listing = await listPipeline({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunityId,
      query: query(),
    });
    expect(listing.rows.find((row) => row.id === s.apps.sato.id)).toMatchObject({
      name: '佐藤 花子',
      identityHidden: false,
    });
  });
});

describe('listScreeningOpportunities', () => {
  it('lists what each staff member screens, with where the applications stand, and nothing to others', async () => {
    const s = await pipelineScenario();
    for (const actor of [s.actors.host, s.actors.coordinator]) {
      const rows = await listScreeningOpportunities({ db: handle.db, actor });
      expect(rows.find((row) => row.id === s.opportunityId)).toMatchObject({
        applications: 5,
        toScreen: 3,
        interviewing: 1,
        selected: 0,
      });
    }
    for (const outsider of [s.otherHostMember, s.otherCoordinator, s.applicant]) {
      const rows = await listScreeningOpportunities({
        db: handle.db,
        actor: await actorOf(handle.db, outsider.id),
      });
      expect(rows.map((row) => row.id)).not.toContain(s.opportunityId);
    }
    await expect(listScreeningOpportunities({ db: handle.db, actor: null })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { handleApiRequest } from '#src/api/v1/router';
import { applications, emailOutbox, opportunities } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { computeFitScores } from '#src/domain/applications/compute-fit-scores';
import { exportPipelineCsv } from '#src/domain/applications/export-pipeline-csv';
import { findPipelineNeighbours } from '#src/domain/applications/find-pipeline-neighbours';
import { getApplicationForStaff } from '#src/domain/applications/get-application-for-staff';
import { listPipeline, listPipelineBoard } from '#src/domain/applications/list-pipeline';
import { parsePipelineQuery } from '#src/domain/applications/pipeline-filters';
import { ensurePipelineStages } from '#src/domain/applications/stages';
import { listScorecards } from '#src/domain/screening/list-scorecards';
import type { Runtime } from '#src/runtime';
import { buildAccount } from '../../../../tests/factories/accounts';
import { actorOf, buildApplyScenario, buildScreeningQuestion } from '../../../../tests/factories/apply';
import { buildApplicationsBulk, buildScorecardCriteria } from '../../../../tests/factories/screening';
import { buildTalent } from '../../../../tests/factories/talent';
import { callApi } from '../../../../tests/support/api';
import { createTestDatabase } from '../../../../tests/support/db';
import { createTestRuntime } from '../../../../tests/support/runtime';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

async function scenario(options: { blind?: boolean } = {}) {
  const db = handle.db;
  const s = await buildApplyScenario({
    db,
    opportunity: {
      requiredSkills: ['pr'],
      hoursPerWeekMin: 8,
      prefectureCodes: ['33'],
      blindScreening: options.blind ?? false,
    },
  });
  const question = await buildScreeningQuestion({
    db,
    opportunityId: s.opportunity.id,
    kind: 'short_text',
    label: '自己PR',
  });
  const hanako = await buildTalent({
    db,
    displayName: '岡山 花子',
    hoursPerWeek: 10,
    skills: [{ skill: 'pr', level: 4 }],
    ties: [{ regionCode: '33', kind: 'hometown' }],
    profile: { phone: '090-1111-2222' },
  });
  const taro = await buildTalent({
    db,
    displayName: '倉敷 太郎',
    hoursPerWeek: 4,
    visibility: 'private',
    skills: [{ skill: 'pr', level: 3 }],
  });
  const [first, second] = await buildApplicationsBulk({
    db,
    opportunityId: s.opportunity.id,
    applications: [
      {
        applicantId: hanako.id,
        submittedAt: new Date('2020-06-19T01:00:00Z'),
        motivation: '=HYPERLINK("http://evil.example")',
        answers: [{ questionId: question.id, value: '広報,PR "一筋"' }],
      },
      { applicantId: taro.id, stage: 'interview', submittedAt: new Date('2020-06-20T01:00:00Z') },
    ],
  });
  await computeFitScores({ db, opportunityId: s.opportunity.id });
  const criteria = await buildScorecardCriteria({ db, opportunityId: s.opportunity.id });
  return {
    ...s,
    hanako,
    taro,
    first: first!,
    second: second!,
    criteria,
    stages: await ensurePipelineStages({ db, opportunityId: s.opportunity.id }),
    actors: {
      host: await actorOf(db, s.hostMember.id),
      coordinator: await actorOf(db, s.coordinator.id),
    },
  };
}

async function rawBytes(path: string, actor: Actor) {
  const response = await handleApiRequest({
    request: new Request(`http://localhost/api/v1${path}`),
    runtime,
    sessionActor: async () => actor,
    locale: 'ja',
    requestId: 'test',
  });
  return Buffer.from(await response.arrayBuffer());
}

describe('pipeline REST API', () => {
  it('lists the pipeline with the same filters, sort and reasons in words', async () => {
    const s = await scenario();
    const response = await callApi(
      runtime,
      'GET',
      `/opportunities/${s.opportunity.slug}/pipeline?skill=pr&minHours=8`,
      {
        actor: s.actors.host,
        locale: 'en',
      },
    );
    expect(response.status).toBe(200);
    expect(response.json.total).toBe(1);
    expect(response.json.items[0]).toMatchObject({
      id: s.first.id,
      name: '岡山 花子',
      fitScore: expect.any(Number),
    });
    expect(response.json.items[0].fitReasons.map((reason: { text: string }) => reason.text)).toContain(
      'Matches 1 of 1 required skills',
    );
    const invalid = await callApi(runtime, 'GET', `/opportunities/${s.opportunity.id}/pipeline?sort=random`, {
      actor: s.actors.host,
    });
    expect(invalid.status).toBe(422);
    const badSkill = await callApi(
      runtime,
      'GET',
      `/opportunities/${s.opportunity.id}/pipeline?skill=juggling`,
      { actor: s.actors.host },
    );
    expect(badSkill.status).toBe(422);
  });

  it('rejects in bulk with a message, moves and assigns, all through one endpoint', async () => {
    const s = await scenario();
    const path = `/opportunities/${s.opportunity.id}/applications/bulk`;
    const rejected = await callApi(runtime, 'POST', path, {
      actor: s.actors.coordinator,
      body: { action: 'reject', applicationIds: [s.first.id], message: '今回はお見送りとなりました。' },
    });
    expect(rejected).toMatchObject({ status: 200, json: { affected: 1 } });
    const [mail] = await handle.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, s.hanako.email));
    expect(mail!.textBody).toContain('今回はお見送りとなりました。');
    const interview = s.stages.find((stage) => stage.category === 'offer')!;
    const moved = await callApi(runtime, 'POST', path, {
      actor: s.actors.host,
      body: { action: 'move', applicationIds: [s.second.id], stageId: interview.id },
    });
    expect(moved.json).toEqual({ affected: 1 });
    const assigned = await callApi(runtime, 'POST', path, {
      actor: s.actors.host,
      body: { action: 'assign', applicationIds: [s.second.id], reviewerId: s.coordinator.id },
    });
    expect(assigned.json).toEqual({ affected: 1 });
    const notStaff = await callApi(runtime, 'POST', path, {
      actor: s.actors.host,
      body: { action: 'assign', applicationIds: [s.second.id], reviewerId: s.otherHostMember.id },
    });
    expect(notStaff.status).toBe(422);
    const noMessage = await callApi(runtime, 'POST', path, {
      actor: s.actors.host,
      body: { action: 'reject', applicationIds: [s.second.id] },
    });
    expect(noMessage.status).toBe(422);
  });

  it('changes one application’s stage and returns the staff view', async () => {
    const s = await scenario();
    const screening = s.stages.find((stage) => stage.category === 'screening')!;
    const response = await callApi(runtime, 'POST', `/applications/${s.first.id}/stage`, {
      actor: s.actors.host,
      body: { stageId: screening.id, message: '書類選考に進みます' },
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      id: s.first.id,
      stage: { category: 'screening' },
      applicantLabel: '岡山 花子',
    });
    expect(response.json.profile.contact).toEqual({ email: s.hanako.email, phone: '090-1111-2222' });
  });

  it('scores through the API, hiding the others’ scores until one’s own is submitted', async () => {
    const s = await scenario();
    const scores = Object.fromEntries(s.criteria.map((criterion) => [criterion.id, 4]));
    const draft = await callApi(runtime, 'POST', `/applications/${s.first.id}/scorecard`, {
      actor: s.actors.host,
      body: { scores, comment: '下書き' },
    });
    expect(draft).toMatchObject({ status: 200, json: { submittedAt: null, comment: '下書き', mean: 4 } });
    const submitted = await callApi(runtime, 'POST', `/applications/${s.first.id}/scorecard`, {
      actor: s.actors.host,
      body: { scores, comment: '良い', submit: true },
    });
    expect(submitted.json.submittedAt).not.toBeNull();
    const hidden = await callApi(runtime, 'GET', `/applications/${s.first.id}/scorecards`, {
      actor: s.actors.coordinator,
    });
    expect(hidden.json).toMatchObject({ others: null, othersSubmitted: 1, aggregate: null });
    const incomplete = await callApi(runtime, 'POST', `/applications/${s.first.id}/scorecard`, {
      actor: s.actors.coordinator,
      body: { scores: { [s.criteria[0]!.id]: 2 }, submit: true },
    });
    expect(incomplete.status).toBe(422);
    await callApi(runtime, 'POST', `/applications/${s.first.id}/scorecard`, {
      actor: s.actors.coordinator,
      body: { scores: Object.fromEntries(s.criteria.map((criterion) => [criterion.id, 2])), submit: true },
    });
    const shown = await callApi(runtime, 'GET', `/applications/${s.first.id}/scorecards`, {
      actor: s.actors.coordinator,
    });
    expect(shown.json.others).toHaveLength(1);
    expect(shown.json.aggregate).toMatchObject({ mean: 3, reviewers: 2 });
    const again = await callApi(runtime, 'POST', `/applications/${s.first.id}/scorecard`, {
      actor: s.actors.host,
      body: { scores, submit: true },
    });
    expect(again.status).toBe(409);
  });

  it('edits questions, criteria and stage names through the API (host only)', async () => {
    const s = await scenario();
    const base = `/opportunities/${s.opportunity.id}`;
    const questions = await callApi(runtime, 'PUT', `${base}/questions`, {
      actor: s.actors.host,
      body: { questions: [{ kind: 'yes_no', label: '平日の来庁は可能ですか' }] },
    });
    expect(questions.json.items).toEqual([
      expect.objectContaining({ kind: 'yes_no', label: '平日の来庁は可能ですか', required: true }),
    ]);
    const criteria = await callApi(runtime, 'PUT', `${base}/scorecard-criteria`, {
      actor: s.actors.host,
      body: { criteria: [{ label: '専門性', anchors: { '1': '未経験', '5': '指導できる' } }] },
    });
    expect(criteria.json.items[0]).toMatchObject({
      label: '専門性',
      anchors: { '1': '未経験', '5': '指導できる' },
    });
    const stages = await callApi(runtime, 'GET', `${base}/stages`, { actor: s.actors.coordinator });
    expect(stages.json.items.map((stage: { name: string }) => stage.name)).toEqual([
      '応募',
      '書類選考',
      '面談',
      '内定',
      '契約',
      '稼働中',
      '完了',
      '不採用',
      '辞退',
    ]);
    const renamed = await callApi(runtime, 'PATCH', `${base}/stages`, {
      actor: s.actors.host,
      body: { stages: [{ id: stages.json.items[2].id, name: 'オンライン面談', nameEn: 'Online interview' }] },
    });
    expect(renamed.json.items[2].name).toBe('オンライン面談');
    const asCoordinator = await callApi(runtime, 'PUT', `${base}/questions`, {
      actor: s.actors.coordinator,
      body: { questions: [] },
    });
    expect(asCoordinator.status).toBe(403);
    const added = await callApi(runtime, 'POST', `${base}/stages`, {
      actor: s.actors.host,
      body: {
        afterStageId: stages.json.items[2].id,
        category: 'interview',
        name: '最終面談',
        nameEn: 'Final interview',
      },
    });
    expect(added.status).toBe(201);
    const final = added.json.items.find((stage: { name: string }) => stage.name === '最終面談');
    const removed = await callApi(runtime, 'DELETE', `${base}/stages/${final.id}`, { actor: s.actors.host });
    expect(removed.json.items).toHaveLength(9);
  });

  it('recomputes fit scores on request', async () => {
    const s = await scenario();
    await handle.db
      .update(opportunities)
      .set({ requiredSkills: ['pr', 'writing'] })
      .where(eq(opportunities.id, s.opportunity.id));
    const response = await callApi(
      runtime,
      'POST',
      `/opportunities/${s.opportunity.id}/fit-scores/recompute`,
      { actor: s.actors.host },
    );
    expect(response.json).toEqual({ updated: 2 });
    const [row] = await handle.db.select().from(applications).where(eq(applications.id, s.first.id));
    expect(row!.fitExplanation!.requiredSkillsTotal).toBe(2);
  });
});

describe('CSV export', () => {
  it('opens in Excel: BOM, CRLF, Japanese headers, quoted cells, formulas neutralised, an RFC 5987 file name', async () => {
    const s = await scenario();
    const response = await callApi(runtime, 'GET', `/opportunities/${s.opportunity.id}/pipeline.csv`, {
      actor: s.actors.host,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="pipeline-${s.opportunity.slug}-\\d{8}\\.csv"; filename\\*=UTF-8''pipeline-`,
      ),
    );
    // Response.text() drops a byte-order mark: read the bytes.
    const bytes = await rawBytes(`/opportunities/${s.opportunity.id}/pipeline.csv`, s.actors.host);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe(
      '応募ID,応募番号,氏名,フリガナ,メールアドレス,電話番号,ステージ,応募日時,適合度,適合度の理由,スキル(レベル),地域とのつながり,週の稼働可能時間,評価担当者,評価平均,評価数,志望動機,Q1: 自己PR',
    );
    const hanako = lines.find((line) => line.includes('岡山 花子'))!;
    expect(hanako).toContain(s.hanako.email);
    expect(hanako).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(hanako).toContain('"広報,PR ""一筋"""');
    expect(hanako).toContain('出身地(岡山県)');
    // A private profile: name and contact (it is their application) but no profile facts.
    const taro = lines.find((line) => line.includes('倉敷 太郎'))!;
    expect(taro).not.toContain('PR(3)');
    expect(taro).toContain('プロフィール非公開のため適合度は計算していません');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');

    const english = await callApi(runtime, 'GET', `/opportunities/${s.opportunity.id}/pipeline.csv`, {
      actor: s.actors.host,
      locale: 'en',
    });
    expect(english.text.split('\r\n')[0]).toMatch(
      /^Application ID,Applicant number,Name,Reading \(kana\),E-mail,Phone,Stage,/,
    );
  });

  it('leaves out names and contact details while blind screening hides them, and keeps to the filters', async () => {
    const s = await scenario({ blind: true });
    const { content, rowCount } = await exportPipelineCsv({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunity.id,
      query: parsePipelineQuery(new URLSearchParams()),
      locale: 'ja',
    });
    expect(rowCount).toBe(2);
    expect(content).not.toContain('岡山 花子');
    expect(content).not.toContain(s.hanako.email);
    expect(content).not.toContain('090-1111-2222');
    // 倉敷 太郎 is at the interview stage: revealed.
    expect(content).toContain('倉敷 太郎');
    const filtered = await exportPipelineCsv({
      db: handle.db,
      actor: s.actors.host,
      opportunityId: s.opportunity.id,
      query: parsePipelineQuery(
        new URLSearchParams(`stage=${s.stages.find((stage) => stage.category === 'interview')!.id}`),
      ),
      locale: 'ja',
    });
    expect(filtered.rowCount).toBe(1);
  });

  it('shows blind-screened applicants as numbers in the API too', async () => {
    const s = await scenario({ blind: true });
    const listing = await callApi(
      runtime,
      'GET',
      `/opportunities/${s.opportunity.id}/pipeline?sort=submitted`,
      { actor: s.actors.host },
    );
    const hanako = listing.json.items.find((item: { id: string }) => item.id === s.first.id);
    expect(hanako).toMatchObject({ name: null, applicantId: null, identityHidden: true, applicantNumber: 1 });
    const detail = await callApi(runtime, 'GET', `/applications/${s.first.id}`, { actor: s.actors.host });
    expect(detail.json).toMatchObject({
      applicantId: null,
      applicantLabel: '応募者 #1',
      identityHidden: true,
    });
    expect(detail.json.profile).toMatchObject({ displayName: '応募者 #1', contact: null });
    expect(JSON.stringify(detail.json)).not.toMatch(/岡山 花子|090-1111-2222/);
    expect(JSON.stringify(detail.json)).not.toContain(s.hanako.email);
  });
});

describe('access to applicants’ data', () => {
  const query = parsePipelineQuery(new URLSearchParams());

  async function outsiders(s: Awaited<ReturnType<typeof scenario>>) {
    const db = handle.db;
    const otherAdminlessHost = await buildAccount({ db, role: 'host' });
    return {
      'host of another organisation': await actorOf(db, s.otherHostMember.id),
      'coordinator of another programme': await actorOf(db, s.otherCoordinator.id),
      'the applicant (talent)': await actorOf(db, s.hanako.id),
      'another talent': await actorOf(db, s.otherTalent.id),
      'a host with no organisation': await actorOf(db, otherAdminlessHost.id),
    } satisfies Record<string, Actor>;
  }

  it('refuses every other role and organisation in the domain, without revealing the opportunity', async () => {
    const db = handle.db;
    const s = await scenario();
    const opportunityId = s.opportunity.id;
    const applicationId = s.first.id;
    for (const [who, actor] of Object.entries(await outsiders(s))) {
      const attempts = {
        listPipeline: () => listPipeline({ db, actor, opportunityId, query }),
        listPipelineBoard: () => listPipelineBoard({ db, actor, opportunityId, query }),
        getApplicationForStaff: () => getApplicationForStaff({ db, actor, applicationId, locale: 'ja' }),
        exportPipelineCsv: () => exportPipelineCsv({ db, actor, opportunityId, query, locale: 'ja' }),
        listScorecards: () => listScorecards({ db, actor, applicationId }),
        findPipelineNeighbours: () =>
          findPipelineNeighbours({ db, actor, opportunityId, applicationId, query }),
      };
      for (const [operation, attempt] of Object.entries(attempts)) {
        await expect(attempt(), `${operation} as ${who}`).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    }
    await expect(listPipeline({ db, actor: null, opportunityId, query })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      listPipeline({ db, actor: s.actors.host, opportunityId: 'not-a-uuid', query }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets the host’s members, the programme’s coordinators and platform admins in', async () => {
    const db = handle.db;
    const s = await scenario();
    const admin = await actorOf(db, (await buildAccount({ db, role: 'admin' })).id);
    for (const actor of [s.actors.host, s.actors.coordinator, admin]) {
      const listing = await listPipeline({ db, actor, opportunityId: s.opportunity.id, query });
      expect(listing.total).toBe(2);
      expect(
        (await getApplicationForStaff({ db, actor, applicationId: s.first.id, locale: 'ja' })).applicant
          .label,
      ).toBe('岡山 花子');
    }
  });

  it('answers 404 to every other role and 401 to anonymous callers on every endpoint', async () => {
    const s = await scenario();
    const o = s.opportunity.id;
    const a = s.first.id;
    const stage = s.stages[1]!.id;
    const scores = Object.fromEntries(s.criteria.map((criterion) => [criterion.id, 3]));
    const endpoints: Array<[string, string, unknown?]> = [
      ['GET', `/opportunities/${o}/pipeline`],
      ['GET', `/opportunities/${s.opportunity.slug}/pipeline`],
      ['GET', `/opportunities/${o}/pipeline.csv`],
      ['GET', `/opportunities/${o}/stages`],
      ['PATCH', `/opportunities/${o}/stages`, { stages: [{ id: stage, name: '受付', nameEn: 'Received' }] }],
      ['GET', `/opportunities/${o}/questions`],
      ['PUT', `/opportunities/${o}/questions`, { questions: [] }],
      ['GET', `/opportunities/${o}/scorecard-criteria`],
      ['PUT', `/opportunities/${o}/scorecard-criteria`, { criteria: [] }],
      ['POST', `/opportunities/${o}/fit-scores/recompute`],
      [
        'POST',
        `/opportunities/${o}/applications/bulk`,
        { action: 'move', applicationIds: [a], stageId: stage },
      ],
      [
        'POST',
        `/opportunities/${o}/applications/bulk`,
        { action: 'reject', applicationIds: [a], message: 'x' },
      ],
      ['GET', `/applications/${a}`],
      ['POST', `/applications/${a}/stage`, { stageId: stage }],
      ['GET', `/applications/${a}/scorecards`],
      ['POST', `/applications/${a}/scorecard`, { scores, submit: true }],
    ];
    for (const [who, actor] of Object.entries(await outsiders(s))) {
      for (const [method, path, body] of endpoints) {
        const response = await callApi(runtime, method, path, { actor, body });
        expect(response.status, `${method} ${path} as ${who}`).toBe(404);
      }
    }
    for (const [method, path, body] of endpoints) {
      const response = await callApi(runtime, method, path, { body });
      expect(response.status, `${method} ${path} anonymously`).toBe(401);
    }
    const [row] = await handle.db.select().from(applications).where(eq(applications.id, a));
    expect(row!.stageCategory).toBe('applied');
  });
});

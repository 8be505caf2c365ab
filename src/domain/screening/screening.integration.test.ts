import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applicationEvents } from '#src/db/schema';
import {
  addPipelineStage,
  removePipelineStage,
  renamePipelineStages,
} from '#src/domain/applications/manage-stages';
import { ensurePipelineStages } from '#src/domain/applications/stages';
import { actorOf, buildApplyScenario } from '../../../tests/factories/apply';
import { buildApplicationsBulk, buildScorecardCriteria } from '../../../tests/factories/screening';
import { buildTalent } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';
import { listScorecards } from './list-scorecards';
import { listScreeningQuestions } from './list-screening-questions';
import { replaceScorecardCriteria } from './replace-scorecard-criteria';
import { replaceScreeningQuestions } from './replace-screening-questions';
import { submitScorecard } from './submit-scorecard';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

async function scenario() {
  const db = handle.db;
  const s = await buildApplyScenario({ db });
  const talent = await buildTalent({ db });
  const [application] = await buildApplicationsBulk({
    db,
    opportunityId: s.opportunity.id,
    applications: [{ applicantId: talent.id }],
  });
  const criteria = await buildScorecardCriteria({ db, opportunityId: s.opportunity.id });
  const scores = (values: number[]) => Object.fromEntries(values.map((value, i) => [criteria[i]!.id, value]));
  return {
    ...s,
    application: application!,
    criteria,
    scores,
    host: await actorOf(db, s.hostMember.id),
    colleague: await actorOf(db, s.hostColleague.id),
    coordinatorActor: await actorOf(db, s.coordinator.id),
  };
}

describe('scorecards', () => {
  it('keeps each reviewer’s scores hidden from the others until they submit their own', async () => {
    const db = handle.db;
    const s = await scenario();
    const applicationId = s.application.id;
    await submitScorecard({
      db,
      actor: s.host,
      applicationId,
      input: { scores: s.scores([5, 4, 4]), comment: '即戦力', submit: true },
    });
    await submitScorecard({
      db,
      actor: s.coordinatorActor,
      applicationId,
      input: { scores: s.scores([3, 3]), comment: '途中' },
    });

    const beforeColleague = await listScorecards({ db, actor: s.colleague, applicationId });
    expect(beforeColleague).toMatchObject({ mine: null, others: null, othersSubmitted: 1, aggregate: null });
    expect(JSON.stringify(beforeColleague)).not.toContain('即戦力');

    // A draft is the reviewer's own: still hidden, and it reveals nothing to its author.
    const coordinatorDraft = await listScorecards({ db, actor: s.coordinatorActor, applicationId });
    expect(coordinatorDraft.mine).toMatchObject({ comment: '途中', submittedAt: null });
    expect(coordinatorDraft.others).toBeNull();

    await submitScorecard({
      db,
      actor: s.colleague,
      applicationId,
      input: { scores: s.scores([3, 2, 4]), comment: '', submit: true },
    });
    const afterColleague = await listScorecards({ db, actor: s.colleague, applicationId });
    expect(afterColleague.others!.map((card) => card.comment)).toEqual(['即戦力']);
    expect(afterColleague.aggregate).toEqual({
      mean: 3.67,
      reviewers: 2,
      perCriterion: { [s.criteria[0]!.id]: 4, [s.criteria[1]!.id]: 3, [s.criteria[2]!.id]: 4 },
    });
    const hostView = await listScorecards({ db, actor: s.host, applicationId });
    expect(hostView.others!.map((card) => card.reviewerId)).toEqual([s.hostColleague.id]);
    const events = await db
      .select()
      .from(applicationEvents)
      .where(
        and(
          eq(applicationEvents.applicationId, applicationId),
          eq(applicationEvents.kind, 'scorecard_submitted'),
        ),
      );
    expect(events).toHaveLength(2);
    expect(events.every((event) => !event.visibleToApplicant)).toBe(true);
  });

  it('needs every criterion to submit, refuses unknown criteria and locks a submitted scorecard', async () => {
    const db = handle.db;
    const s = await scenario();
    const applicationId = s.application.id;
    await expect(
      submitScorecard({ db, actor: s.host, applicationId, input: { scores: s.scores([5]), submit: true } }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { [`scores.${s.criteria[1]!.id}`]: 'screening.validation.scoreRequired' },
    });
    await expect(
      submitScorecard({ db, actor: s.host, applicationId, input: { scores: { [s.application.id]: 3 } } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      submitScorecard({ db, actor: s.host, applicationId, input: { scores: { [s.criteria[0]!.id]: 6 } } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await submitScorecard({
      db,
      actor: s.host,
      applicationId,
      input: { scores: s.scores([4, 4, 4]), submit: true },
    });
    await expect(
      submitScorecard({
        db,
        actor: s.host,
        applicationId,
        input: { scores: s.scores([1, 1, 1]), submit: true },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'screening.scorecard.alreadySubmitted' });
    expect((await listScorecards({ db, actor: s.host, applicationId })).mine!.scores).toEqual(
      s.scores([4, 4, 4]),
    );
  });

  it('lets no one outside the opportunity’s staff score or read scorecards', async () => {
    const db = handle.db;
    const s = await scenario();
    for (const outsider of [s.otherHostMember, s.otherCoordinator, s.applicant]) {
      const actor = await actorOf(db, outsider.id);
      await expect(
        submitScorecard({
          db,
          actor,
          applicationId: s.application.id,
          input: { scores: s.scores([5, 5, 5]), submit: true },
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(listScorecards({ db, actor, applicationId: s.application.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    await expect(listScorecards({ db, actor: null, applicationId: s.application.id })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('screening set-up', () => {
  it('adds, edits, reorders and removes questions, keeping the ids of those kept', async () => {
    const db = handle.db;
    const s = await scenario();
    const opportunityId = s.opportunity.id;
    const first = await replaceScreeningQuestions({
      db,
      actor: s.host,
      opportunityId,
      questions: [
        { kind: 'yes_no', label: '月1回の来庁は可能ですか' },
        { kind: 'single_choice', label: '希望する分野', options: ['広報', 'DX', 'DX'] },
        { kind: 'long_text', label: '岡山との関わり', required: false },
      ],
    });
    expect(first.map((q) => [q.label, q.position, q.options])).toEqual([
      ['月1回の来庁は可能ですか', 0, []],
      ['希望する分野', 1, ['広報', 'DX']],
      ['岡山との関わり', 2, []],
    ]);
    const second = await replaceScreeningQuestions({
      db,
      actor: s.host,
      opportunityId,
      questions: [
        { id: first[2]!.id, kind: 'long_text', label: '岡山とのつながり', required: true },
        { id: first[0]!.id, kind: 'yes_no', label: '月1回の来庁は可能ですか' },
      ],
    });
    expect(second.map((q) => [q.id, q.label, q.required])).toEqual([
      [first[2]!.id, '岡山とのつながり', true],
      [first[0]!.id, '月1回の来庁は可能ですか', true],
    ]);
    expect(await listScreeningQuestions({ db, actor: s.coordinatorActor, opportunityId })).toHaveLength(2);
  });

  it('validates questions and refuses ids of other opportunities', async () => {
    const db = handle.db;
    const s = await scenario();
    const other = await scenario();
    const [foreign] = await replaceScreeningQuestions({
      db,
      actor: other.host,
      opportunityId: other.opportunity.id,
      questions: [{ kind: 'short_text', label: '別案件の質問' }],
    });
    await expect(
      replaceScreeningQuestions({
        db,
        actor: s.host,
        opportunityId: s.opportunity.id,
        questions: [{ kind: 'single_choice', label: '分野', options: ['広報'] }],
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { '0.options': 'screening.validation.needsOptions' },
    });
    await expect(
      replaceScreeningQuestions({
        db,
        actor: s.host,
        opportunityId: s.opportunity.id,
        questions: [{ kind: 'short_text', label: '' }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { '0.label': 'validation.required' } });
    await expect(
      replaceScreeningQuestions({
        db,
        actor: s.host,
        opportunityId: s.opportunity.id,
        questions: [{ id: foreign!.id, kind: 'short_text', label: '乗っ取り' }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      (await listScreeningQuestions({ db, actor: other.host, opportunityId: other.opportunity.id }))[0]!
        .label,
    ).toBe('別案件の質問');
  });

  it('lets only the host organisation change the set-up: coordinators read, others are not told it exists', async () => {
    const db = handle.db;
    const s = await scenario();
    const opportunityId = s.opportunity.id;
    const questions = [{ kind: 'short_text' as const, label: '質問' }];
    await expect(
      replaceScreeningQuestions({ db, actor: s.coordinatorActor, opportunityId, questions }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      replaceScorecardCriteria({
        db,
        actor: s.coordinatorActor,
        opportunityId,
        criteria: [{ label: '専門性' }],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [applied] = await ensurePipelineStages({ db, opportunityId });
    for (const outsider of [s.otherHostMember, s.otherCoordinator, s.applicant]) {
      const actor = await actorOf(db, outsider.id);
      await expect(replaceScreeningQuestions({ db, actor, opportunityId, questions })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(listScreeningQuestions({ db, actor, opportunityId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        renamePipelineStages({
          db,
          actor,
          opportunityId,
          stages: [{ id: applied!.id, name: '受付', nameEn: 'Received' }],
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await ensurePipelineStages({ db, opportunityId }))[0]!.name).toBe('応募');
  });

  it('edits criteria with anchors; scores for a removed criterion stop counting', async () => {
    const db = handle.db;
    const s = await scenario();
    const applicationId = s.application.id;
    await submitScorecard({
      db,
      actor: s.host,
      applicationId,
      input: { scores: s.scores([5, 1, 3]), submit: true },
    });
    const kept = await replaceScorecardCriteria({
      db,
      actor: s.host,
      opportunityId: s.opportunity.id,
      criteria: [
        { id: s.criteria[0]!.id, label: '専門性(DX)', anchors: { '1': '未経験', '3': '', '5': '第一人者' } },
        { label: '新しい基準' },
      ],
    });
    expect(kept.map((criterion) => [criterion.label, criterion.anchors])).toEqual([
      ['専門性(DX)', { '1': '未経験', '5': '第一人者' }],
      ['新しい基準', {}],
    ]);
    expect((await listScorecards({ db, actor: s.host, applicationId })).mine!.mean).toBe(5);
  });

  it('renames stages, adds a second interview round and removes it again', async () => {
    const db = handle.db;
    const s = await scenario();
    const opportunityId = s.opportunity.id;
    const stages = await ensurePipelineStages({ db, opportunityId });
    const interview = stages.find((stage) => stage.category === 'interview')!;
    const renamed = await renamePipelineStages({
      db,
      actor: s.host,
      opportunityId,
      stages: [{ id: interview.id, name: '一次面談', nameEn: 'First interview' }],
    });
    expect(renamed.find((stage) => stage.id === interview.id)).toMatchObject({
      name: '一次面談',
      category: 'interview',
    });
    const added = await addPipelineStage({
      db,
      actor: s.host,
      opportunityId,
      stage: {
        afterStageId: interview.id,
        category: 'interview',
        name: '二次面談',
        nameEn: 'Second interview',
      },
    });
    expect(added.map((stage) => stage.name).slice(2, 5)).toEqual(['一次面談', '二次面談', '内定']);
    expect(added.map((stage) => stage.position)).toEqual(added.map((_, i) => i));
    await expect(
      addPipelineStage({
        db,
        actor: s.host,
        opportunityId,
        stage: { afterStageId: interview.id, category: 'screening', name: '再審査', nameEn: 'Re-check' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const offer = added.find((stage) => stage.category === 'offer')!;
    await expect(
      addPipelineStage({
        db,
        actor: s.host,
        opportunityId,
        stage: { afterStageId: offer.id, category: 'interview', name: '最終', nameEn: 'Final' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const second = added.find((stage) => stage.name === '二次面談')!;
    const afterRemoval = await removePipelineStage({ db, actor: s.host, opportunityId, stageId: second.id });
    expect(afterRemoval.map((stage) => stage.name)).not.toContain('二次面談');
    await expect(
      removePipelineStage({ db, actor: s.host, opportunityId, stageId: interview.id }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'pipeline.stages.lastOfCategory',
    });
    await expect(
      renamePipelineStages({
        db,
        actor: s.coordinatorActor,
        opportunityId,
        stages: [{ id: interview.id, name: '面接', nameEn: 'Interview' }],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

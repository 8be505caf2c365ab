import type { Db, DbOrTx } from '#src/db/client';
import {
  applicationEvents,
  applications,
  scorecardCriteria,
  scorecards,
  type ApplicationAnswer,
} from '#src/db/schema';
import { ensurePipelineStages, type StageCategory } from '#src/domain/applications/stages';

/** Scorecard criteria with anchors for 1, 3 and 5, in the given order. */
export async function buildScorecardCriteria(options: {
  db: DbOrTx;
  opportunityId: string;
  criteria?: Array<{ label: string; anchors?: Record<string, string> }>;
}) {
  const criteria = options.criteria ?? [
    { label: '専門性', anchors: { '1': '経験なし', '3': '実務経験あり', '5': '指導できる' } },
    { label: '地域への関わり', anchors: { '1': 'つながりなし', '3': '関心あり', '5': '継続的な関わり' } },
    { label: 'コミュニケーション', anchors: { '1': '不安がある', '3': '問題なし', '5': '周囲を巻き込める' } },
  ];
  return options.db
    .insert(scorecardCriteria)
    .values(
      criteria.map((criterion, position) => ({
        opportunityId: options.opportunityId,
        label: criterion.label,
        anchors: criterion.anchors ?? {},
        position,
      })),
    )
    .returning();
}

/** A reviewer's scorecard, submitted unless `draft`. */
export async function buildScorecard(options: {
  db: DbOrTx;
  applicationId: string;
  reviewerId: string;
  scores: Record<string, number>;
  comment?: string;
  draft?: boolean;
  at?: Date;
}) {
  const at = options.at ?? new Date();
  const [scorecard] = await options.db
    .insert(scorecards)
    .values({
      applicationId: options.applicationId,
      reviewerId: options.reviewerId,
      scores: options.scores,
      comment: options.comment ?? '',
      submittedAt: options.draft ? null : at,
      updatedAt: at,
    })
    .returning();
  return scorecard!;
}

export interface BulkApplicationInput {
  applicantId: string;
  stage?: StageCategory;
  submittedAt?: Date;
  motivation?: string;
  answers?: ApplicationAnswer[];
}

/**
 * Many applications to one opportunity in a few multi-row INSERTs, each with its "submitted" event
 * (and, past 応募, one "stage_changed" event to where it stands). For seeds, scale tests and the
 * pipeline benchmark; fit scores are left to computeFitScores.
 */
export async function buildApplicationsBulk(options: {
  db: Db | DbOrTx;
  opportunityId: string;
  applications: BulkApplicationInput[];
  /** Who moved them past 応募 (recorded on the stage change). */
  staffId?: string | null;
  batchSize?: number;
}) {
  const stages = await ensurePipelineStages({ db: options.db, opportunityId: options.opportunityId });
  const byCategory = new Map(stages.map((stage) => [stage.category, stage]));
  const applied = byCategory.get('applied')!;
  const batchSize = options.batchSize ?? 1000;
  const created: Array<typeof applications.$inferSelect> = [];
  for (let start = 0; start < options.applications.length; start += batchSize) {
    const batch = options.applications.slice(start, start + batchSize);
    const rows = await options.db
      .insert(applications)
      .values(
        batch.map((input) => {
          const stage = byCategory.get(input.stage ?? 'applied') ?? applied;
          const submittedAt = input.submittedAt ?? new Date();
          return {
            opportunityId: options.opportunityId,
            applicantId: input.applicantId,
            stageId: stage.id,
            stageCategory: stage.category,
            motivation: input.motivation ?? '',
            answers: input.answers ?? [],
            submittedAt,
            updatedAt: submittedAt,
            withdrawnAt: stage.category === 'withdrawn' ? submittedAt : null,
          };
        }),
      )
      .returning();
    const events = rows.flatMap((row) => {
      const submitted = {
        applicationId: row.id,
        actorId: row.applicantId,
        kind: 'submitted',
        toStageId: applied.id,
        createdAt: row.submittedAt,
      };
      if (row.stageId === applied.id) return [submitted];
      const later = new Date(row.submittedAt.getTime() + 5 * 24 * 3600 * 1000);
      return [
        submitted,
        {
          applicationId: row.id,
          actorId: row.stageCategory === 'withdrawn' ? row.applicantId : (options.staffId ?? null),
          kind: row.stageCategory === 'withdrawn' ? 'withdrawn' : 'stage_changed',
          fromStageId: applied.id,
          toStageId: row.stageId,
          createdAt: later,
        },
      ];
    });
    await options.db.insert(applicationEvents).values(events);
    created.push(...rows);
  }
  return created;
}

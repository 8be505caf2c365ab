import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts, scorecards } from '#src/db/schema';
import { requireApplicationStaff } from '#src/domain/applications/access';
import { requireUuid } from '#src/domain/applications/require-application-participant';
import type { Actor } from '../accounts/actor';
import { aggregateScores, scorecardMean, type ScoreAggregate } from './aggregate-scores';
import { loadScorecardCriteria, type ScorecardCriterion } from './list-scorecard-criteria';

export interface ScorecardView {
  reviewerId: string;
  reviewerName: string;
  scores: Record<string, number>;
  comment: string;
  /** ISO time; null for a draft. */
  submittedAt: string | null;
  updatedAt: string;
  mean: number | null;
}

export interface ApplicationScorecards {
  criteria: ScorecardCriterion[];
  /** The viewer's own scorecard (draft or submitted), if they started one. */
  mine: ScorecardView | null;
  /**
   * Other reviewers' submitted scorecards: null until the viewer has submitted their own, so every
   * score is given without seeing the others'.
   */
  others: ScorecardView[] | null;
  /** How many other reviewers have submitted (shown even while their scores are hidden). */
  othersSubmitted: number;
  /** The aggregate over all submitted scorecards, the viewer's included; null while hidden. */
  aggregate: ScoreAggregate | null;
}

/** The scorecards of one application as one staff member may see them. */
export async function listScorecards(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
}): Promise<ApplicationScorecards> {
  requireUuid(options.applicationId);
  const { application, opportunity } = await requireApplicationStaff(options);
  const viewerId = options.actor!.accountId;
  const criteria = await loadScorecardCriteria(options.db, opportunity.id);
  const criterionIds = criteria.map((criterion) => criterion.id);
  const rows = await options.db
    .select({ scorecard: scorecards, reviewerName: accounts.displayName })
    .from(scorecards)
    .innerJoin(accounts, eq(accounts.id, scorecards.reviewerId))
    .where(eq(scorecards.applicationId, application.id))
    .orderBy(asc(scorecards.submittedAt), asc(scorecards.updatedAt));
  const views: ScorecardView[] = rows.map(({ scorecard, reviewerName }) => ({
    reviewerId: scorecard.reviewerId,
    reviewerName,
    scores: scorecard.scores,
    comment: scorecard.comment,
    submittedAt: scorecard.submittedAt?.toISOString() ?? null,
    updatedAt: scorecard.updatedAt.toISOString(),
    mean: scorecardMean(scorecard.scores, criterionIds),
  }));
  const mine = views.find((view) => view.reviewerId === viewerId) ?? null;
  const othersSubmitted = views.filter((view) => view.reviewerId !== viewerId && view.submittedAt !== null);
  const revealed = mine?.submittedAt != null;
  return {
    criteria,
    mine,
    others: revealed ? othersSubmitted : null,
    othersSubmitted: othersSubmitted.length,
    aggregate: revealed
      ? aggregateScores(
          [mine, ...othersSubmitted].map((view) => view.scores),
          criterionIds,
        )
      : null,
  };
}

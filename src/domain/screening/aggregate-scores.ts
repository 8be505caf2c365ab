/** One submitted scorecard's scores: criterion id → 1–5. */
export type ScoreMap = Record<string, number>;

export interface ScoreAggregate {
  /** Mean of the scorecards' means (each reviewer weighs the same), two decimals; null without scores. */
  mean: number | null;
  reviewers: number;
  /** Mean per criterion over the reviewers who scored it. */
  perCriterion: Record<string, number>;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The mean of one scorecard over the current criteria (scores for removed criteria do not count). */
export function scorecardMean(scores: ScoreMap, criterionIds: readonly string[]): number | null {
  const values = criterionIds
    .map((id) => scores[id])
    .filter((value): value is number => typeof value === 'number');
  return values.length === 0 ? null : round2(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** The aggregate of several reviewers' submitted scorecards: what ranks the shortlist. */
export function aggregateScores(
  scorecards: readonly ScoreMap[],
  criterionIds: readonly string[],
): ScoreAggregate {
  const means = scorecards
    .map((scores) => scorecardMean(scores, criterionIds))
    .filter((mean): mean is number => mean !== null);
  const perCriterion: Record<string, number> = {};
  for (const id of criterionIds) {
    const values = scorecards
      .map((scores) => scores[id])
      .filter((value): value is number => typeof value === 'number');
    if (values.length > 0)
      perCriterion[id] = round2(values.reduce((sum, value) => sum + value, 0) / values.length);
  }
  return {
    mean: means.length === 0 ? null : round2(means.reduce((sum, mean) => sum + mean, 0) / means.length),
    reviewers: means.length,
    perCriterion,
  };
}

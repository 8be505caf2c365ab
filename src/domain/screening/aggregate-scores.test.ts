import { describe, expect, it } from 'vitest';
import { aggregateScores, scorecardMean } from './aggregate-scores';

describe('scorecard aggregates', () => {
  const criteria = ['skill', 'tie', 'talk'];

  it('averages a scorecard over the current criteria only', () => {
    expect(scorecardMean({ skill: 5, tie: 3, talk: 4 }, criteria)).toBe(4);
    expect(scorecardMean({ skill: 5, removed: 1 }, criteria)).toBe(5);
    expect(scorecardMean({}, criteria)).toBeNull();
  });

  it('weighs each reviewer the same and reports the mean per criterion', () => {
    const aggregate = aggregateScores(
      [
        { skill: 5, tie: 4, talk: 3 },
        { skill: 3, tie: 2, talk: 1 },
      ],
      criteria,
    );
    expect(aggregate).toEqual({ mean: 3, reviewers: 2, perCriterion: { skill: 4, tie: 3, talk: 2 } });
  });

  it('rounds to two decimals and is empty without scores', () => {
    expect(aggregateScores([{ skill: 5, tie: 4, talk: 4 }], criteria).mean).toBe(4.33);
    expect(aggregateScores([], criteria)).toEqual({ mean: null, reviewers: 0, perCriterion: {} });
  });
});

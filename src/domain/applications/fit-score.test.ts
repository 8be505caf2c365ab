import { describe, expect, it } from 'vitest';
import {
  computeFit,
  describeFitReason,
  describeRegionTie,
  FIT_WEIGHTS,
  privateProfileFit,
  type FitOpportunity,
  type FitTalent,
} from './fit-score';

// Okayama City's DX strategy manager: five required skills, 8 hours a week, in 岡山市.
const dxPost: FitOpportunity = {
  requiredSkills: ['dx-strategy', 'project-management', 'cloud', 'data-analysis', 'public-policy'],
  preferredSkills: ['rpa'],
  hoursPerWeekMin: 8,
  startsOn: '2020-09-01',
  prefectureCodes: ['33'],
  municipalityCodes: ['331007'],
  fields: ['dx'],
  workStyle: 'hybrid',
};

const talent = (overrides: Partial<FitTalent> = {}): FitTalent => ({
  hoursPerWeek: 10,
  availableFrom: null,
  prefectureCode: '13',
  fieldsOfInterest: ['dx'],
  preferredWorkStyle: 'hybrid',
  skills: [
    { skill: 'dx-strategy', level: 4 },
    { skill: 'project-management', level: 3 },
    { skill: 'cloud', level: 2 },
    { skill: 'data-analysis', level: 5 },
  ],
  ties: [{ regionCode: '33', prefectureCode: '33', kind: 'hometown' }],
  ...overrides,
});

const ja = (fit: ReturnType<typeof computeFit>) =>
  fit.reasons.map((reason) => describeFitReason('ja', reason));
const en = (fit: ReturnType<typeof computeFit>) =>
  fit.reasons.map((reason) => describeFitReason('en', reason));

describe('computeFit', () => {
  it('explains the fit in words, in Japanese and English', () => {
    const fit = computeFit(dxPost, talent());
    expect(ja(fit)).toEqual(
      expect.arrayContaining([
        '必須スキル5件中4件が一致',
        '週10時間可能(必要8時間)',
        '出身地が同じ県(岡山県)',
      ]),
    );
    expect(en(fit)).toEqual(
      expect.arrayContaining([
        'Matches 4 of 5 required skills',
        'Available 10 h/week of 8 needed',
        'Hometown in the prefecture (Okayama)',
      ]),
    );
    expect(fit).toMatchObject({
      requiredSkillsMatched: 4,
      requiredSkillsTotal: 5,
      hoursAvailable: 10,
      hoursNeeded: 8,
      regionTie: 'hometown:33',
    });
  });

  it('scores a complete match 100 and weighs each part as documented', () => {
    const perfect = talent({
      skills: [...talent().skills, { skill: 'public-policy', level: 3 }, { skill: 'rpa', level: 2 }],
      ties: [{ regionCode: '331007', prefectureCode: '33', kind: 'hometown' }],
    });
    expect(computeFit(dxPost, perfect).score).toBe(100);
    // Missing one of five required skills costs 40 × 1/5 = 8 points.
    const oneShort = talent({
      skills: [...talent().skills, { skill: 'rpa', level: 2 }],
      ties: [{ regionCode: '331007', prefectureCode: '33', kind: 'hometown' }],
    });
    expect(computeFit(dxPost, oneShort).score).toBe(100 - FIT_WEIGHTS.requiredSkills / 5);
  });

  it('counts a skill only from level 2', () => {
    const beginner = talent({ skills: [{ skill: 'dx-strategy', level: 1 }] });
    expect(computeFit(dxPost, beginner).requiredSkillsMatched).toBe(0);
    expect(
      computeFit(dxPost, talent({ skills: [{ skill: 'dx-strategy', level: 2 }] })).requiredSkillsMatched,
    ).toBe(1);
  });

  it('scores fewer hours than needed in proportion and says so', () => {
    const few = computeFit(dxPost, talent({ hoursPerWeek: 4 }));
    const enough = computeFit(dxPost, talent({ hoursPerWeek: 8 }));
    expect(enough.score - few.score).toBe(Math.round((FIT_WEIGHTS.hours * 0.5 * 100) / 100));
    expect(ja(few)).toContain('週4時間まで(必要8時間に不足)');
    expect(ja(computeFit(dxPost, talent({ hoursPerWeek: null })))).toContain(
      '稼働可能時間が未登録(必要 週8時間)',
    );
  });

  it('values hometown, family, study and living ties above visits and wishes, and the city above the prefecture', () => {
    const score = (tie: FitTalent['ties'][number]) => computeFit(dxPost, talent({ ties: [tie] })).score;
    const inCity = score({ regionCode: '331007', prefectureCode: '33', kind: 'hometown' });
    const inPrefecture = score({ regionCode: '33', prefectureCode: '33', kind: 'hometown' });
    const visited = score({ regionCode: '33', prefectureCode: '33', kind: 'visited' });
    const elsewhere = score({ regionCode: '15', prefectureCode: '15', kind: 'hometown' });
    expect(inCity).toBeGreaterThan(inPrefecture);
    expect(inPrefecture).toBeGreaterThan(visited);
    expect(visited).toBeGreaterThan(elsewhere);
    for (const kind of ['family', 'studied', 'lived'] as const) {
      expect(score({ regionCode: '33', prefectureCode: '33', kind })).toBe(inPrefecture);
    }
    expect(score({ regionCode: '33', prefectureCode: '33', kind: 'wants_to_move' })).toBe(visited);
  });

  it('treats a tie to a ward as a tie to its designated city', () => {
    const fit = computeFit(
      dxPost,
      talent({ ties: [{ regionCode: '331015', prefectureCode: '33', kind: 'lived' }] }),
    );
    expect(ja(fit)).toContain('勤務地の市町村に住んだ経験あり(岡山市)');
    expect(describeRegionTie('ja', fit.regionTie)).toBe('居住経験(北区)');
  });

  it('counts living in the prefecture as a tie', () => {
    const fit = computeFit(dxPost, talent({ ties: [], prefectureCode: '33' }));
    expect(fit.regionTie).toBe('residence:33');
    expect(ja(fit)).toContain('勤務地と同じ県に在住(岡山県)');
    expect(describeRegionTie('en', fit.regionTie)).toBe('Lives there (Okayama)');
  });

  it('leaves out what the opportunity does not ask for', () => {
    const open: FitOpportunity = {
      requiredSkills: [],
      preferredSkills: [],
      hoursPerWeekMin: null,
      startsOn: null,
      prefectureCodes: [],
      municipalityCodes: [],
      fields: [],
      workStyle: 'remote',
    };
    const fit = computeFit(open, talent({ preferredWorkStyle: 'remote' }));
    expect(fit.score).toBe(100);
    expect(fit.reasons.map((reason) => reason.key)).toEqual(['fit.workStyleMatch']);
  });

  it('notes a late start and a different way of working', () => {
    const fit = computeFit(
      { ...dxPost, workStyle: 'onsite' },
      talent({ availableFrom: '2020-12-01', preferredWorkStyle: 'remote' }),
    );
    expect(ja(fit)).toEqual(
      expect.arrayContaining(['稼働開始は2020-12-01から', '希望の働き方と異なる(案件は現地)']),
    );
  });

  it('is deterministic', () => {
    expect(computeFit(dxPost, talent())).toEqual(computeFit(dxPost, talent()));
  });

  it('explains why private profiles get no score', () => {
    expect(describeFitReason('ja', privateProfileFit().reasons[0]!)).toBe(
      'プロフィール非公開のため適合度は計算していません',
    );
  });
});

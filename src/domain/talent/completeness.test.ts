import { describe, expect, it } from 'vitest';
import { computeProfileCompleteness, type CompletenessInput } from './completeness';

const fullProfile: NonNullable<CompletenessInput['profile']> = {
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'ハナコ',
  phone: '090-1234-5678',
  prefectureCode: '13',
  headline: 'マーケター',
  currentWork: '都内メーカーでマーケティング',
  bio: '新潟出身です。',
  fieldsOfInterest: ['marketing'],
  hoursPerWeek: 10,
  availableWeekdays: false,
  availableWeekends: true,
  preferredWorkStyle: 'remote',
};

const complete: CompletenessInput = {
  profile: fullProfile,
  skillCount: 3,
  experienceCount: 1,
  regionTieCount: 2,
  documentCount: 1,
};

describe('computeProfileCompleteness', () => {
  it('is 100% with nothing missing when every section is filled', () => {
    const result = computeProfileCompleteness(complete);
    expect(result.percent).toBe(100);
    expect(result.missing).toEqual([]);
  });

  it('is 0% for a talent without a profile yet, listing every section', () => {
    const result = computeProfileCompleteness({
      profile: null,
      skillCount: 0,
      experienceCount: 0,
      regionTieCount: 0,
      documentCount: 0,
    });
    expect(result.percent).toBe(0);
    expect(result.missing.map((item) => item.section)).toEqual([
      'basic',
      'basic',
      'basic',
      'basic',
      'basic',
      'basic',
      'skills',
      'experience',
      'interests',
      'availability',
      'preferences',
      'regions',
      'documents',
    ]);
  });

  it('names what is missing and where, and rounds down so 100% means complete', () => {
    const result = computeProfileCompleteness({
      ...complete,
      profile: { ...fullProfile, familyNameKana: '', hoursPerWeek: null },
      documentCount: 0,
    });
    expect(result.missing.map((item) => [item.key, item.section])).toEqual([
      ['name', 'basic'],
      ['availability', 'availability'],
      ['documents', 'documents'],
    ]);
    expect(result.percent).toBe(Math.floor((10 / 13) * 100));
    const oneMissing = computeProfileCompleteness({ ...complete, regionTieCount: 0 });
    expect(oneMissing.percent).toBe(92);
  });

  it('needs hours and at least weekdays or weekends for availability', () => {
    const noDays = computeProfileCompleteness({
      ...complete,
      profile: { ...fullProfile, availableWeekdays: false, availableWeekends: false },
    });
    expect(noDays.missing.map((item) => item.key)).toEqual(['availability']);
  });
});

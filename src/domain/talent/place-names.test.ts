import { describe, expect, it } from 'vitest';
import { placeName, talentPlaceNames } from './place-names';

describe('place names for talent profiles', () => {
  it('names prefectures and municipalities in both languages', () => {
    expect(placeName('15', 'ja')).toBe('新潟県');
    expect(placeName('15', 'en')).toBe('Niigata');
    expect(placeName('152021', 'ja')).toBe('新潟県長岡市');
    expect(placeName('151017', 'ja')).toBe('新潟県新潟市北区');
    expect(placeName('999999', 'ja')).toBe('999999');
  });

  it('collects residence and ties of a visible profile, nothing for a private one', () => {
    expect(
      talentPlaceNames(
        { profile: { prefectureCode: '13', regionTies: [{ regionCode: '152021' }, { regionCode: '15' }] } },
        'ja',
      ),
    ).toEqual({ '13': '東京都', '152021': '新潟県長岡市', '15': '新潟県' });
    expect(talentPlaceNames({ profile: null }, 'ja')).toEqual({});
  });
});

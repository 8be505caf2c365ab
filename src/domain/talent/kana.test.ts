import { describe, expect, it } from 'vitest';
import { isKana, normalizeKana } from './kana';

describe('name readings (kana)', () => {
  it('accepts katakana, hiragana and half-width katakana, storing full-width katakana', () => {
    expect(normalizeKana('ヤマダ')).toBe('ヤマダ');
    expect(normalizeKana('やまだ')).toBe('ヤマダ');
    expect(normalizeKana('ﾔﾏﾀﾞ')).toBe('ヤマダ');
    expect(normalizeKana(' さとう ')).toBe('サトウ');
    expect(normalizeKana('ユーリ')).toBe('ユーリ');
    expect(normalizeKana('ヴィクトリア・ヴェイ')).toBe('ヴィクトリア・ヴェイ');
  });

  it('rejects kanji, Latin letters, digits, symbols and blanks', () => {
    for (const text of ['山田', 'Yamada', 'ヤマダ1', 'やまだ!', '', '   ', 'ヤマ田']) {
      expect(isKana(text), text).toBe(false);
      expect(normalizeKana(text), text).toBeNull();
    }
  });
});

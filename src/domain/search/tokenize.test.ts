import { describe, expect, it } from 'vitest';
import {
  documentTokens,
  normalizeSearchText,
  parseSearchQuery,
  quoteLexeme,
  termTsqueries,
  toTsquery,
  toTsvector,
  type QueryTerm,
} from './tokenize';

/** Whether a document (as its token set) satisfies the parsed query, the way the GIN index decides. */
function matches(document: string, query: string): boolean {
  const tokens = documentTokens(document);
  const has = (lexeme: { text: string; prefix: boolean }) =>
    lexeme.prefix ? tokens.some((token) => token.startsWith(lexeme.text)) : tokens.includes(lexeme.text);
  const terms: QueryTerm[] = parseSearchQuery(query);
  return (
    terms.length > 0 && terms.every((term) => term.alternatives.some((alternative) => alternative.every(has)))
  );
}

describe('normalisation', () => {
  it('folds full-width Latin and half-width katakana (NFKC) and lower-cases', () => {
    expect(normalizeSearchText('ＤＸ推進')).toBe('dx推進');
    expect(normalizeSearchText('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(normalizeSearchText('Ｐｙｔｈｏｎ　３年')).toBe('python 3年');
  });

  it('keeps hiragana and katakana apart', () => {
    expect(documentTokens('かたかな')).not.toEqual(documentTokens('カタカナ'));
  });
});

describe('document tokens', () => {
  it('indexes Japanese runs as bigrams and trigrams plus the last character, Latin words whole', () => {
    expect(documentTokens('長岡市')).toEqual(['長岡', '長岡市', '岡市', '市']);
    expect(documentTokens('UI/UXデザイナー募集')).toEqual([
      'ui',
      'ux',
      'デザ',
      'デザイ',
      'ザイ',
      'ザイナ',
      'イナ',
      'イナー',
      'ナー',
      'ナー募',
      'ー募',
      'ー募集',
      '募集',
      '集',
    ]);
    expect(documentTokens('市')).toEqual(['市']);
  });

  it('treats punctuation, spaces and symbols as separators', () => {
    expect(documentTokens('副業・兼業')).toEqual(['副業', '業', '兼業']);
    expect(documentTokens('「観光」、PR！')).toEqual(['観光', '光', 'pr']);
  });
});

describe('matching', () => {
  it('ＤＸ and DX are the same word', () => {
    expect(matches('ＤＸ推進プロジェクト', 'DX')).toBe(true);
    expect(matches('DX推進プロジェクト', 'ｄｘ')).toBe(true);
  });

  it('half-width katakana matches full-width', () => {
    expect(matches('ｶﾀｶﾅ表記の求人', 'カタカナ')).toBe(true);
    expect(matches('カタカナ表記の求人', 'ｶﾀｶﾅ')).toBe(true);
  });

  it('a part of a compound finds the compound', () => {
    expect(matches('長岡市の製造業', '長岡')).toBe(true);
    expect(matches('副業・兼業の募集', '副業')).toBe(true);
    expect(matches('地域防災計画の見直し', '防災')).toBe(true);
    expect(matches('長岡市の製造業', '市')).toBe(true);
    expect(matches('松本市の製造業', '長岡')).toBe(false);
  });

  it('expands synonyms: 副業 / 複業 / 兼業, DX / デジタルトランスフォーメーション, リモート / テレワーク / 在宅', () => {
    expect(matches('複業人材を募集', '副業')).toBe(true);
    expect(matches('兼業OKの案件', '副業')).toBe(true);
    expect(matches('副業歓迎', '複業')).toBe(true);
    expect(matches('デジタルトランスフォーメーションを推進', 'DX')).toBe(true);
    expect(matches('DXを推進', 'デジタルトランスフォーメーション')).toBe(true);
    expect(matches('テレワーク可', 'リモート')).toBe(true);
    expect(matches('在宅で働ける', 'リモート')).toBe(true);
    expect(matches('フルリモート', '在宅')).toBe(true);
    expect(matches('現地で働く', 'リモート')).toBe(false);
  });

  it('finds a synonym inside a longer query word', () => {
    expect(matches('テレワーク中心の業務', 'リモートワーク')).toBe(true);
    expect(matches('在宅勤務の仕事', 'リモート勤務')).toBe(true);
  });

  it('drops particles so a phrase matches its content words', () => {
    expect(matches('長岡市で副業を募集', '長岡の副業')).toBe(true);
    expect(matches('長岡市で営業を募集', '長岡の副業')).toBe(false);
  });

  it('requires every term', () => {
    expect(matches('長岡市 Python エンジニア', 'python 長岡')).toBe(true);
    expect(matches('長岡市 Java エンジニア', 'python 長岡')).toBe(false);
  });

  it('matches Latin words whole and case-insensitively', () => {
    expect(matches('React と TypeScript', 'react')).toBe(true);
    expect(matches('JavaScript', 'java')).toBe(false);
  });
});

describe('query building', () => {
  it('quotes every lexeme, so input is never tsquery syntax', () => {
    expect(quoteLexeme("o'reilly")).toBe("'o''reilly'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(toTsquery(parseSearchQuery('長岡 DX'))).toBe(
      "(('長岡')) & (('dx') | ('デジタ' & 'ルトラ' & 'ンスフ' & 'ォーメ' & 'ーショ' & 'ション'))",
    );
  });

  it('turns operators, quotes, prefixes and emoji into nothing or plain words', () => {
    for (const query of ["'", '&', '|', '!', ':*', '<->', '()', '😀', '\\', "'' & !! :* (|)", '   ']) {
      expect(toTsquery(parseSearchQuery(query))).toBeNull();
    }
    expect(toTsquery(parseSearchQuery("it's & !rust:*"))).toBe("(('it')) & (('s')) & (('rust'))");
  });

  it('looks a word up by all its trigrams, a long one by trigrams that cover it, a short one by its bigram', () => {
    expect(toTsquery(parseSearchQuery('インターン'))).toBe(
      "(('インタ' & 'ンター' & 'ターン') | ('intern') | ('internship'))",
    );
    expect(toTsquery(parseSearchQuery('戦略マネージャー'))).toBe("(('戦略マ' & 'ネージ' & 'ジャー'))");
    expect(toTsquery(parseSearchQuery('地域防災計画'))).toBe("(('地域防' & '域防災' & '防災計' & '災計画'))");
    expect(toTsquery(parseSearchQuery('観光'))).toBe("(('観光'))");
    expect(matches('自治体の戦略マネージャーを募集', '戦略マネージャー')).toBe(true);
    expect(matches('オンラインでセンターの運営', 'インターン')).toBe(false);
    // Every bigram of インターン is here (イン, ンタ, ター, ーン), but not its trigrams.
    expect(matches('インタビューとパターン分析', 'インターン')).toBe(false);
  });

  it('splits the query into one tsquery per term', () => {
    expect(termTsqueries(parseSearchQuery('長岡 副業'))).toEqual([
      "(('長岡'))",
      "(('副業') | ('複業') | ('兼業'))",
    ]);
    expect(termTsqueries(parseSearchQuery('！？'))).toEqual([]);
  });

  it('uses a prefix match for a one-character Japanese word', () => {
    expect(toTsquery(parseSearchQuery('市'))).toBe("(('市':*))");
  });

  it('bounds very long input', () => {
    const terms = parseSearchQuery(Array.from({ length: 100 }, (_, i) => `word${i}`).join(' '));
    expect(terms.length).toBeLessThanOrEqual(12);
    const long = parseSearchQuery('あ'.repeat(5000));
    expect(long[0]!.alternatives[0]!.length).toBeLessThanOrEqual(24);
  });

  it('writes a tsvector with facet lexemes and no positions', () => {
    expect(toTsvector(['副業 DX'], ['k:side_job'])).toBe("'副業' '業' 'dx' 'k:side_job'");
  });
});

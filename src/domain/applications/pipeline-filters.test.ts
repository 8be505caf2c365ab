import { describe, expect, it } from 'vitest';
import { nameSearchPattern, parsePipelineQuery, pipelineQueryString } from './pipeline-filters';

const STAGE = '5b0c1f7e-3e2a-4c59-9f1e-2f0a4e6d8c11';

describe('pipeline query strings', () => {
  it('reads filters and sort from the URL and writes them back the same way', () => {
    const query = parsePipelineQuery(
      new URLSearchParams(
        `stage=${STAGE}&skill=pr&skill=writing&tie=33&minHours=8&availability=weekends&q=さとう&reviewer=me&scored=1&sort=score&page=2`,
      ),
    );
    expect(query).toEqual({
      stage: STAGE,
      skill: ['pr', 'writing'],
      tie: '33',
      minHours: 8,
      availability: 'weekends',
      q: 'さとう',
      reviewer: 'me',
      scored: true,
      sort: 'score',
      page: 2,
      answer: undefined,
    });
    expect(parsePipelineQuery(new URLSearchParams(pipelineQueryString(query)))).toEqual(query);
  });

  it('drops values that do not validate instead of failing the page', () => {
    const query = parsePipelineQuery(
      new URLSearchParams('skill=juggling&tie=99&minHours=-3&sort=random&page=0&stage=nope'),
    );
    expect(query).toEqual(parsePipelineQuery(new URLSearchParams('')));
    expect(query.sort).toBe('fit');
    expect(query.page).toBe(1);
  });

  it('leaves defaults out of links', () => {
    expect(pipelineQueryString(parsePipelineQuery(new URLSearchParams('sort=fit&page=1')))).toBe('');
  });

  it('folds hiragana to katakana and escapes LIKE wildcards in name searches', () => {
    expect(nameSearchPattern('さとう はなこ')).toBe('%サトウハナコ%');
    expect(nameSearchPattern('佐藤')).toBe('%佐藤%');
    expect(nameSearchPattern('100%_')).toBe('%100\\%\\_%');
  });
});

import { describe, expect, it } from 'vitest';
import { compensationBand, hoursBand, periodBand } from './bands';
import { decodeCursor, encodeCursor } from './cursor';
import {
  effectiveSort,
  emptySearchFilters,
  fromSavedParams,
  parseSearchFilters,
  searchFiltersToParams,
  searchHref,
  toSavedParams,
} from './params';
import { escapeXml } from './xml';

describe('search parameters', () => {
  it('reads repeated and comma-separated values, dropping unknown ones', () => {
    const filters = parseSearchFilters(
      new URLSearchParams(
        'q= 副業 &prefecture=15&prefecture=20,99&kind=side_job,nonsense&open=1&sort=deadline',
      ),
    );
    expect(filters).toEqual({
      ...emptySearchFilters(),
      q: '副業',
      prefecture: ['15', '20'],
      kind: ['side_job'],
      open: true,
      sort: 'deadline',
    });
    expect(parseSearchFilters(new URLSearchParams('prefecture=5&sort=cheapest')).prefecture).toEqual(['05']);
    expect(parseSearchFilters(new URLSearchParams('sort=cheapest')).sort).toBeNull();
  });

  it('round-trips through the URL and through a saved search', () => {
    const filters = parseSearchFilters(
      new URLSearchParams(
        'q=DX&field=dx&style=remote&style=hybrid&pay=hour_3000_plus&hours=6_to_10&period=2_3m&open=1',
      ),
    );
    expect(parseSearchFilters(searchFiltersToParams(filters))).toEqual(filters);
    expect(fromSavedParams(toSavedParams(filters))).toEqual(filters);
    expect(searchHref('/search', emptySearchFilters())).toBe('/search');
    expect(searchHref('/search', filters, { cursor: 'abc' })).toContain('cursor=abc');
  });

  it('sorts by relevance when there is text, newest otherwise', () => {
    expect(effectiveSort({ ...emptySearchFilters(), q: '観光' })).toBe('relevance');
    expect(effectiveSort(emptySearchFilters())).toBe('newest');
    expect(effectiveSort({ ...emptySearchFilters(), q: '観光', sort: 'deadline' })).toBe('deadline');
  });
});

describe('cursor', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('decodes what it encodes, for the same sort only', () => {
    const cursor = encodeCursor({ sort: 'newest', keys: ['1767225600000000', id], position: 20 });
    expect(decodeCursor(cursor, 'newest')).toEqual({
      sort: 'newest',
      keys: ['1767225600000000', id],
      position: 20,
    });
    expect(decodeCursor(cursor, 'deadline')).toBeNull();
  });

  it('rejects tampered or malformed cursors', () => {
    const tampered = Buffer.from(JSON.stringify(['newest', 0, "1'; drop table x; --", id])).toString(
      'base64url',
    );
    expect(decodeCursor(tampered, 'newest')).toBeNull();
    expect(decodeCursor('not base64 json', 'newest')).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 'newest')).toBeNull();
    expect(
      decodeCursor(
        Buffer.from(JSON.stringify(['relevance', -1, '1', '2', id])).toString('base64url'),
        'relevance',
      ),
    ).toBeNull();
  });
});

describe('bands', () => {
  it('places pay in one band per unit, by the top of the range', () => {
    expect(compensationBand('hour', 1200, null)).toBe('hour_under_1500');
    expect(compensationBand('hour', 1200, 2000)).toBe('hour_1500_2999');
    expect(compensationBand('hour', 3000, null)).toBe('hour_3000_plus');
    expect(compensationBand('month', 50_000, 99_999)).toBe('month_under_100k');
    expect(compensationBand('month', 100_000, null)).toBe('month_100k_299k');
    expect(compensationBand('month', 250_000, 450_000)).toBe('month_300k_plus');
    expect(compensationBand('project', 300_000, null)).toBe('project');
    expect(compensationBand('none', null, null)).toBe('unpaid');
  });

  it('places hours and duration in bands, or "unspecified"', () => {
    expect(hoursBand(null, null)).toBe('unspecified');
    expect(hoursBand(2, 5)).toBe('up_to_5');
    expect(hoursBand(10, null)).toBe('6_to_10');
    expect(hoursBand(null, 20)).toBe('11_to_20');
    expect(hoursBand(30, 40)).toBe('over_30');
    expect(periodBand(null, null, null)).toBe('unspecified');
    expect(periodBand(1, null, null)).toBe('up_to_1m');
    expect(periodBand(3, null, null)).toBe('2_3m');
    expect(periodBand(null, '2021-01-01', '2021-03-31')).toBe('2_3m');
    expect(periodBand(12, null, null)).toBe('7_12m');
    expect(periodBand(24, null, null)).toBe('over_12m');
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops characters XML cannot carry, keeping emoji', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\ud800d')).toBe('abcd');
    expect(escapeXml('地域😀')).toBe('地域😀');
  });
});

import { describe, expect, it } from 'vitest';
import { fiscalYearOf, formatFiscalYear } from './format';
import { translate } from './index';

describe('fiscal years (年度)', () => {
  it('runs from April to March in Japan time', () => {
    expect(fiscalYearOf('2022-04-01T00:00:00+09:00')).toBe(2022);
    expect(fiscalYearOf('2023-03-31T23:59:00+09:00')).toBe(2022);
    expect(fiscalYearOf('2022-03-31T16:00:00Z')).toBe(2022); // already 1 April in Tokyo
  });

  it('labels fiscal years in the Japanese era', () => {
    expect(formatFiscalYear('ja', 2022)).toBe('令和4年度');
    expect(formatFiscalYear('ja', 2019)).toBe('令和元年度');
    expect(formatFiscalYear('en', 2022)).toBe('FY2022');
  });
});

describe('translate', () => {
  it('fills placeholders and falls back to Japanese, then to the key', () => {
    expect(translate('en', 'validation.tooShort', { min: 8 })).toBe('Enter at least 8 characters.');
    expect(translate('ja', 'no.such.key')).toBe('no.such.key');
  });
});

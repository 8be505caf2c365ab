import { describe, expect, it } from 'vitest';
import { createTranslator } from '#src/i18n';
import { formatCompensation, formatHoursPerWeek, formatPeriod, formatWorkStyle } from './format';

const ja = createTranslator('ja');
const en = createTranslator('en');

describe('opportunity text', () => {
  it('formats pay by unit and range, in both languages', () => {
    expect(formatCompensation(ja, 'ja', { unit: 'month', min: 230_000, max: 280_000 })).toBe(
      '月額 ￥230,000〜￥280,000',
    );
    expect(formatCompensation(en, 'en', { unit: 'hour', min: 1_100, max: 1_100 })).toBe('JP¥1,100 per hour');
    expect(formatCompensation(ja, 'ja', { unit: 'project', min: 100_000, max: null })).toBe(
      '1案件 ￥100,000〜',
    );
    expect(formatCompensation(ja, 'ja', { unit: 'none', min: null, max: null })).toBe('報酬なし');
  });

  it('formats hours, period and work style', () => {
    expect(formatHoursPerWeek(ja, { min: 10, max: 20 })).toBe('週10〜20時間');
    expect(formatHoursPerWeek(en, { min: null, max: null })).toBeNull();
    expect(formatPeriod(ja, 'ja', { startsOn: '2021-01-04', endsOn: '2021-03-31', durationMonths: 3 })).toBe(
      '2021年1月4日〜2021年3月31日 / 約3か月',
    );
    expect(formatWorkStyle(ja, 'hybrid', 2)).toBe('ハイブリッド(月2回程度の訪問)');
    expect(formatWorkStyle(en, 'remote', 2)).toBe('Remote');
  });
});

import type { CompensationUnit } from '#src/domain/opportunities/types';

/**
 * The bands that the compensation, hours and period facets group opportunities into. Each opportunity
 * falls in exactly one band per facet; the band is stored on its search row.
 */

export const COMPENSATION_BANDS = [
  'hour_under_1500',
  'hour_1500_2999',
  'hour_3000_plus',
  'month_under_100k',
  'month_100k_299k',
  'month_300k_plus',
  'project',
  'unpaid',
] as const;
export type CompensationBand = (typeof COMPENSATION_BANDS)[number];

export const HOURS_BANDS = ['up_to_5', '6_to_10', '11_to_20', '21_to_30', 'over_30', 'unspecified'] as const;
export type HoursBand = (typeof HOURS_BANDS)[number];

export const PERIOD_BANDS = ['up_to_1m', '2_3m', '4_6m', '7_12m', 'over_12m', 'unspecified'] as const;
export type PeriodBand = (typeof PERIOD_BANDS)[number];

/** By the top of the stated range (what the work can pay), per unit. */
export function compensationBand(
  unit: CompensationUnit,
  min: number | null,
  max: number | null,
): CompensationBand {
  const amount = max ?? min;
  switch (unit) {
    case 'none':
      return 'unpaid';
    case 'project':
      return 'project';
    case 'hour':
      if (amount === null || amount < 1500) return 'hour_under_1500';
      return amount < 3000 ? 'hour_1500_2999' : 'hour_3000_plus';
    case 'month':
      if (amount === null || amount < 100_000) return 'month_under_100k';
      return amount < 300_000 ? 'month_100k_299k' : 'month_300k_plus';
  }
}

/** By the most hours a week the work asks for. */
export function hoursBand(min: number | null, max: number | null): HoursBand {
  const hours = max ?? min;
  if (hours === null) return 'unspecified';
  if (hours <= 5) return 'up_to_5';
  if (hours <= 10) return '6_to_10';
  if (hours <= 20) return '11_to_20';
  if (hours <= 30) return '21_to_30';
  return 'over_30';
}

function monthsBetween(startsOn: string, endsOn: string): number {
  const start = new Date(`${startsOn}T00:00:00Z`);
  const end = new Date(`${endsOn}T00:00:00Z`);
  const days = (end.getTime() - start.getTime()) / 86_400_000 + 1;
  return Math.max(0, days / 30.44);
}

/** By the stated duration, or the length of the start–end dates. */
export function periodBand(
  durationMonths: number | null,
  startsOn: string | null,
  endsOn: string | null,
): PeriodBand {
  const months = durationMonths ?? (startsOn && endsOn ? monthsBetween(startsOn, endsOn) : null);
  if (months === null) return 'unspecified';
  if (months <= 1.05) return 'up_to_1m';
  if (months <= 3.05) return '2_3m';
  if (months <= 6.05) return '4_6m';
  if (months <= 12.05) return '7_12m';
  return 'over_12m';
}

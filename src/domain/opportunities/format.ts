import { formatDate, formatYen } from '#src/i18n/format';
import type { Locale, TranslateParams } from '#src/i18n/message-format';

type Translator = (key: string, params?: TranslateParams) => string;
import type { CompensationUnit, OpportunityKind, WorkStyle } from './types';

/**
 * Text helpers shared by pages, the opportunity card and server code. They take a translator so
 * they work both with `useT()` in components and `createTranslator(locale)` on the server.
 * (Place names live in ./places.ts: the region dataset is too large for the browser bundle.)
 */

export function formatCompensation(
  t: Translator,
  locale: Locale,
  compensation: { unit: CompensationUnit; min: number | null; max: number | null },
): string {
  const { unit, min, max } = compensation;
  if (unit === 'none') return t('opportunities.compensation.none');
  const unitLabel = t(`opportunities.compensationUnitShort.${unit}`);
  if (min !== null && max !== null && min !== max) {
    return t('opportunities.compensation.range', {
      min: formatYen(locale, min),
      max: formatYen(locale, max),
      unit: unitLabel,
    });
  }
  const amount = min ?? max;
  if (amount === null) return t('opportunities.compensation.unspecified', { unit: unitLabel });
  if (min === null)
    return t('opportunities.compensation.upTo', { amount: formatYen(locale, amount), unit: unitLabel });
  if (max === null && min !== null) {
    return t('opportunities.compensation.from', { amount: formatYen(locale, amount), unit: unitLabel });
  }
  return t('opportunities.compensation.exact', { amount: formatYen(locale, amount), unit: unitLabel });
}

export function formatHoursPerWeek(
  t: Translator,
  hours: { min: number | null; max: number | null },
): string | null {
  const { min, max } = hours;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min !== max) return t('opportunities.hours.range', { min, max });
  if (min === null) return t('opportunities.hours.upTo', { max: max! });
  if (max === null) return t('opportunities.hours.from', { min });
  return t('opportunities.hours.exact', { hours: min });
}

export function formatWorkStyle(
  t: Translator,
  workStyle: WorkStyle,
  visitsPerMonth: number | null | undefined,
): string {
  const label = t(`opportunities.workStyle.${workStyle}`);
  if (workStyle === 'hybrid' && visitsPerMonth) {
    return t('opportunities.workStyle.hybridVisits', { label, visits: visitsPerMonth });
  }
  return label;
}

export function formatPeriod(
  t: Translator,
  locale: Locale,
  period: { startsOn: string | null; endsOn: string | null; durationMonths: number | null },
): string | null {
  const { startsOn, endsOn, durationMonths } = period;
  const parts: string[] = [];
  if (startsOn && endsOn) {
    parts.push(
      t('opportunities.period.between', {
        start: formatDate(locale, startsOn),
        end: formatDate(locale, endsOn),
      }),
    );
  } else if (startsOn) {
    parts.push(t('opportunities.period.from', { start: formatDate(locale, startsOn) }));
  } else if (endsOn) {
    parts.push(t('opportunities.period.until', { end: formatDate(locale, endsOn) }));
  }
  if (durationMonths) parts.push(t('opportunities.period.months', { months: durationMonths }));
  return parts.length ? parts.join(' / ') : null;
}

export function kindLabel(t: Translator, kind: OpportunityKind): string {
  return t(`opportunities.kind.${kind}`);
}

import type { Locale } from './message-format';

const TOKYO = 'Asia/Tokyo';

// Intl formatters are costly to build and pages format dozens of values: keep one per options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}
const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

export function formatDate(
  locale: Locale,
  date: Date | string,
  options: Intl.DateTimeFormatOptions = {},
): string {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  return cached(
    key,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        timeZone: TOKYO,
        year: 'numeric',
        month: locale === 'ja' ? 'long' : 'short',
        day: 'numeric',
        ...options,
      }),
  ).format(new Date(date));
}

export function formatDateTime(locale: Locale, date: Date | string): string {
  return formatDate(locale, date, { hour: '2-digit', minute: '2-digit' });
}

/** 年度: April to March. 2022-05-01 and 2023-03-31 both belong to fiscal year 2022 (令和4年度). */
export function fiscalYearOf(date: Date | string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: TOKYO, year: 'numeric', month: 'numeric' })
    .formatToParts(new Date(date))
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  const year = Number(parts.year);
  return Number(parts.month) >= 4 ? year : year - 1;
}

/** "令和4年度" in Japanese (via the Japanese calendar in Intl), "FY2022" in English. */
export function formatFiscalYear(locale: Locale, fiscalYear: number): string {
  if (locale !== 'ja') return `FY${fiscalYear}`;
  // Mid-year date so the era is the one in force for most of the fiscal year.
  const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    timeZone: TOKYO,
    era: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(fiscalYear, 8, 1)));
  return `${era.replace(/^(\D+)1年$/, '$1元年')}度`;
}

export function formatNumber(locale: Locale, value: number): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

export function formatYen(locale: Locale, value: number): string {
  return cached(
    `y|${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'JPY' }),
  ).format(value);
}

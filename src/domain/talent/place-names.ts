import type { Locale } from '#src/i18n';
import { getMunicipality, getPrefecture } from '#src/domain/regions/data';

/**
 * Names for prefecture (2-digit) and municipality (6-digit) codes, for pages that show a talent's
 * residence and region ties. Resolved in loaders so the regions data never reaches the browser.
 */
export function placeName(code: string, locale: Locale): string {
  if (code.length === 2) {
    const prefecture = getPrefecture(code);
    if (!prefecture) return code;
    return locale === 'en' ? prefecture.nameEn : prefecture.name;
  }
  const municipality = getMunicipality(code);
  if (!municipality) return code;
  const prefecture = getPrefecture(municipality.prefectureCode);
  const parent = municipality.parentCode ? getMunicipality(municipality.parentCode) : undefined;
  if (locale === 'en' && municipality.nameEn) {
    return `${parent?.nameEn ? `${parent.nameEn} ` : ''}${municipality.nameEn}, ${prefecture?.nameEn ?? ''}`;
  }
  return `${prefecture?.name ?? ''}${parent?.name ?? ''}${municipality.name}`;
}

/** code → name for every code given (duplicates and nulls ignored). */
export function placeNames(
  codes: Iterable<string | null | undefined>,
  locale: Locale,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const code of codes) {
    if (code && !(code in names)) names[code] = placeName(code, locale);
  }
  return names;
}

/** The place names a talent profile view needs: residence and every region tie. */
export function talentPlaceNames(
  view: { profile: { prefectureCode: string | null; regionTies: Array<{ regionCode: string }> } | null },
  locale: Locale,
): Record<string, string> {
  if (!view.profile) return {};
  return placeNames(
    [view.profile.prefectureCode, ...view.profile.regionTies.map((tie) => tie.regionCode)],
    locale,
  );
}

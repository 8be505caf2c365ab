import type { Locale, Translator } from '#src/i18n';
import { getMunicipality, getPrefecture } from '#src/domain/regions/data';
import type { WorkStyle } from './types';

/** Server-side only: it reads the region dataset. Pass the results to components as data. */

export interface PlaceLink {
  code: string;
  label: string;
  /** /regions/:pref or /regions/:pref/:municipality */
  href: string;
}

/** Municipalities as "新潟県長岡市"; prefectures without a municipality of theirs listed on their own. */
export function placeLinks(
  locale: Locale,
  places: { prefectureCodes: readonly string[]; municipalityCodes: readonly string[] },
): PlaceLink[] {
  const links: PlaceLink[] = [];
  const covered = new Set<string>();
  for (const code of places.municipalityCodes) {
    const municipality = getMunicipality(code);
    if (!municipality) continue;
    const prefecture = getPrefecture(municipality.prefectureCode);
    covered.add(municipality.prefectureCode);
    const parent = municipality.parentCode ? getMunicipality(municipality.parentCode) : undefined;
    const name =
      locale === 'en'
        ? `${[parent, municipality]
            .map((place) => place && (place.nameEn ?? place.name))
            .filter(Boolean)
            .join(' ')}, ${prefecture?.nameEn ?? ''}`
        : `${prefecture?.name ?? ''}${parent?.name ?? ''}${municipality.name}`;
    links.push({
      code: municipality.code,
      label: name,
      href: `/regions/${municipality.prefectureCode}/${municipality.code}`,
    });
  }
  for (const code of places.prefectureCodes) {
    if (covered.has(code)) continue;
    const prefecture = getPrefecture(code);
    if (!prefecture) continue;
    links.push({
      code: prefecture.code,
      label: locale === 'en' ? prefecture.nameEn : prefecture.name,
      href: `/regions/${prefecture.code}`,
    });
  }
  return links;
}

export function placeLabel(
  t: Translator,
  locale: Locale,
  places: { prefectureCodes: readonly string[]; municipalityCodes: readonly string[]; workStyle: WorkStyle },
): string {
  const labels = placeLinks(locale, places).map((link) => link.label);
  if (labels.length === 0) return t('opportunities.place.anywhere');
  const shown = labels.slice(0, 2).join(t('opportunities.listSeparator'));
  return labels.length > 2
    ? t('opportunities.place.andMore', { places: shown, count: labels.length - 2 })
    : shown;
}

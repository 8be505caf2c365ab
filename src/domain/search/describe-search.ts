import { getPrefecture } from '#src/domain/regions/data';
import { workFieldLabel } from '#src/domain/taxonomy/fields';
import type { Locale, Translator } from '#src/i18n';
import { FACET_NAMES, type FacetName, type SearchFilters } from './params';

/** The label of one facet value in the reader's language (a prefecture's name, a band's wording…). */
export function facetValueLabel(t: Translator, locale: Locale, facet: FacetName, value: string): string {
  switch (facet) {
    case 'prefecture': {
      const prefecture = getPrefecture(value);
      if (!prefecture) return value;
      return locale === 'en' ? prefecture.nameEn : prefecture.name;
    }
    case 'kind':
      return t(`opportunities.kind.${value}`);
    case 'field':
      return workFieldLabel(value, locale);
    case 'style':
      return t(`opportunities.workStyle.${value}`);
    case 'pay':
      return t(`search.pay.${value}`);
    case 'hours':
      return t(`search.hours.${value}`);
    case 'period':
      return t(`search.period.${value}`);
  }
}

export interface FilterChip {
  /** 'q' for the text, a facet name, or 'open'. */
  name: 'q' | FacetName | 'open';
  value: string;
  label: string;
}

/** The active parts of a search as labelled chips: the text, each facet value, "open only". */
export function describeSearchFilters(filters: SearchFilters, t: Translator, locale: Locale): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.q)
    chips.push({ name: 'q', value: filters.q, label: t('search.filters.queryChip', { q: filters.q }) });
  for (const facet of FACET_NAMES) {
    for (const value of filters[facet])
      chips.push({ name: facet, value, label: facetValueLabel(t, locale, facet, value) });
  }
  if (filters.open) chips.push({ name: 'open', value: '1', label: t('search.filters.open') });
  return chips;
}

/** A one-line summary of a search ("キーワード: 副業 / 新潟県 / リモート"), or "all work" when nothing is set. */
export function summariseSearch(filters: SearchFilters, t: Translator, locale: Locale): string {
  const chips = describeSearchFilters(filters, t, locale);
  return chips.length ? chips.map((chip) => chip.label).join(' / ') : t('search.saved.allOpportunities');
}

/** The filters without one chip (for "remove this filter" links). */
export function withoutChip(filters: SearchFilters, chip: Pick<FilterChip, 'name' | 'value'>): SearchFilters {
  if (chip.name === 'q') return { ...filters, q: '' };
  if (chip.name === 'open') return { ...filters, open: false };
  const facet = chip.name;
  return { ...filters, [facet]: (filters[facet] as string[]).filter((value) => value !== chip.value) };
}

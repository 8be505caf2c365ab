import { toOpportunityCardData, type OpportunityCardData } from '#src/domain/opportunities/card-data';
import { describeSearchFilters, facetValueLabel, withoutChip } from '#src/domain/search/describe-search';
import {
  effectiveSort,
  FACET_NAMES,
  FACET_VALUES,
  hasActiveFilters,
  searchHref,
  SEARCH_SORTS,
  type FacetName,
  type SearchFilters,
  type SearchSort,
} from '#src/domain/search/params';
import { DEFAULT_PAGE_SIZE as PAGE_SIZE, type SearchResult } from '#src/domain/search/search-opportunities';
import { createTranslator, formatNumber, type Locale } from '#src/i18n';

/** What the /search page renders, shaped on the server so the page stays a plain view. */

export interface FacetOptionView {
  value: string;
  label: string;
  /** Formatted count, e.g. "12件" or "1,000件以上"; null when the option has no matches. */
  countText: string | null;
  checked: boolean;
}

export interface FacetView {
  name: FacetName;
  legend: string;
  options: FacetOptionView[];
}

export interface SearchPageView {
  filters: SearchFilters;
  sort: SearchSort;
  heading: string;
  cards: OpportunityCardData[];
  resultText: string;
  facetsAreEstimated: boolean;
  hasText: boolean;
  facets: FacetView[];
  /** Whether a facet under 「さらに条件を指定」 is in use (the section then starts open). */
  moreFiltersActive: boolean;
  openNowText: string;
  chips: { label: string; removeHref: string; removeLabel: string }[];
  clearHref: string | null;
  sortLinks: { sort: SearchSort; label: string; href: string; current: boolean }[];
  nextHref: string | null;
  nextLabel: string;
  firstHref: string | null;
  feedHref: string;
  hiddenFilters: { name: string; value: string }[];
}

function countText(locale: Locale, count: number, estimated: boolean): string {
  const t = createTranslator(locale);
  return t(estimated ? 'search.facet.countEstimated' : 'search.facet.count', {
    count: formatNumber(locale, count),
  });
}

/** The facet checkboxes: values with matches or already chosen, in their natural order. */
function facetViews(filters: SearchFilters, result: SearchResult, locale: Locale): FacetView[] {
  const t = createTranslator(locale);
  const estimated = result.facets?.estimated ?? false;
  return FACET_NAMES.map((name) => {
    const counts = new Map((result.facets?.counts[name] ?? []).map((entry) => [entry.value, entry.count]));
    const chosen = new Set<string>(filters[name]);
    const options = (FACET_VALUES[name] as readonly string[])
      .filter((value) => (counts.get(value) ?? 0) > 0 || chosen.has(value))
      .map((value) => {
        const count = counts.get(value) ?? 0;
        return {
          value,
          label: facetValueLabel(t, locale, name, value),
          countText: count > 0 ? countText(locale, count, estimated) : null,
          checked: chosen.has(value),
        };
      });
    return { name, legend: t(`search.facet.${name}`), options };
  });
}

/** The current filters as hidden inputs, for a form that changes only some of them. */
function hiddenInputs(filters: SearchFilters, except: readonly string[]): { name: string; value: string }[] {
  const inputs: { name: string; value: string }[] = [];
  for (const name of FACET_NAMES) {
    if (except.includes(name)) continue;
    for (const value of filters[name]) inputs.push({ name, value });
  }
  if (filters.open && !except.includes('open')) inputs.push({ name: 'open', value: '1' });
  if (filters.sort && !except.includes('sort')) inputs.push({ name: 'sort', value: filters.sort });
  return inputs;
}

export function buildSearchPageView(options: {
  filters: SearchFilters;
  result: SearchResult;
  locale: Locale;
  now: Date;
}): SearchPageView {
  const { filters, result, locale } = options;
  const t = createTranslator(locale);
  const total = result.total ?? 0;
  const totalText = formatNumber(locale, total);
  const from = result.position + 1;
  const to = result.position + result.items.length;
  const resultText =
    result.items.length === 0
      ? t('search.results.count', { total: '0' })
      : result.position === 0 && !result.nextCursor
        ? t(result.totalIsLowerBound ? 'search.results.countAtLeast' : 'search.results.count', {
            total: totalText,
          })
        : t(result.totalIsLowerBound ? 'search.results.rangeAtLeast' : 'search.results.range', {
            total: totalText,
            from: formatNumber(locale, from),
            to: formatNumber(locale, to),
          });
  const sort = result.sort;
  const chips = describeSearchFilters(filters, t, locale).map((chip) => ({
    label: chip.label,
    removeHref: searchHref('/search', withoutChip(filters, chip)),
    removeLabel: t('search.filters.remove', { label: chip.label }),
  }));
  const sorts = SEARCH_SORTS.filter((candidate) => candidate !== 'relevance' || result.hasText);
  return {
    filters,
    sort,
    heading: filters.q ? t('search.titleWithQuery', { q: filters.q }) : t('search.title'),
    cards: result.items.map((item) => toOpportunityCardData(item, locale, options.now)),
    resultText,
    facetsAreEstimated: result.facets?.estimated ?? false,
    hasText: result.hasText,
    facets: facetViews(filters, result, locale),
    moreFiltersActive: ['field', 'pay', 'hours', 'period'].some(
      (name) => filters[name as FacetName].length > 0,
    ),
    openNowText:
      result.facets && result.facets.openNow > 0
        ? t('search.filters.openWithCount', {
            count: countText(locale, result.facets.openNow, result.facets.estimated),
          })
        : t('search.filters.open'),
    chips,
    clearHref: hasActiveFilters(filters) ? '/search' : null,
    sortLinks: sorts.map((candidate) => ({
      sort: candidate,
      label: t(`search.sort.${candidate}`),
      href: searchHref('/search', {
        ...filters,
        sort: candidate === effectiveSort({ ...filters, sort: null }) ? null : candidate,
      }),
      current: candidate === sort,
    })),
    nextHref: result.nextCursor ? searchHref('/search', filters, { cursor: result.nextCursor }) : null,
    nextLabel: t('search.pagination.next', {
      count: result.totalIsLowerBound ? PAGE_SIZE : Math.min(PAGE_SIZE, Math.max(0, total - to)) || PAGE_SIZE,
    }),
    firstHref: result.position > 0 ? searchHref('/search', filters) : null,
    feedHref: searchHref('/feeds/opportunities.atom', { ...filters, sort: null }),
    hiddenFilters: hiddenInputs(filters, []),
  };
}

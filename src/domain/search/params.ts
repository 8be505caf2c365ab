import type { SavedSearchParams } from '#src/db/schema';
import {
  OPPORTUNITY_KINDS,
  WORK_STYLES,
  type OpportunityKind,
  type WorkStyle,
} from '#src/domain/opportunities/types';
import { listPrefectures } from '#src/domain/regions/data';
import { WORK_FIELD_IDS, type WorkFieldId } from '#src/domain/taxonomy/fields';
import {
  COMPENSATION_BANDS,
  HOURS_BANDS,
  PERIOD_BANDS,
  type CompensationBand,
  type HoursBand,
  type PeriodBand,
} from './bands';

export const SEARCH_SORTS = ['relevance', 'newest', 'deadline'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The facets a search can filter on; the URL parameter of each is its name. */
export const FACET_NAMES = ['prefecture', 'kind', 'field', 'style', 'pay', 'hours', 'period'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** A search: the text, the facet filters, the sort. The whole state of /search, in its URL. */
export interface SearchFilters {
  q: string;
  prefecture: string[];
  kind: OpportunityKind[];
  field: WorkFieldId[];
  style: WorkStyle[];
  pay: CompensationBand[];
  hours: HoursBand[];
  period: PeriodBand[];
  /** Only opportunities open for applications now. */
  open: boolean;
  /** Unset: relevance when there is text, newest otherwise. */
  sort: SearchSort | null;
}

export const FACET_VALUES: { [K in FacetName]: readonly SearchFilters[K][number][] } = {
  prefecture: listPrefectures().map((prefecture) => prefecture.code),
  kind: OPPORTUNITY_KINDS,
  field: WORK_FIELD_IDS,
  style: WORK_STYLES,
  pay: COMPENSATION_BANDS,
  hours: HOURS_BANDS,
  period: PERIOD_BANDS,
};

export const MAX_QUERY_TEXT_LENGTH = 200;

export function emptySearchFilters(): SearchFilters {
  return {
    q: '',
    prefecture: [],
    kind: [],
    field: [],
    style: [],
    pay: [],
    hours: [],
    period: [],
    open: false,
    sort: null,
  };
}

function pick<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  const known = new Set<string>(allowed);
  return [...new Set(values.filter((value) => known.has(value)))] as T[];
}

/**
 * Reads a search from URL parameters (repeated parameters or comma-separated values). Unknown values are
 * dropped rather than rejected, so an old or hand-edited link still shows results.
 */
export function parseSearchFilters(params: URLSearchParams): SearchFilters {
  const list = (name: string) =>
    params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  const sort = params.get('sort');
  const open = params.get('open');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_TEXT_LENGTH).trim(),
    prefecture: pick(
      list('prefecture').map((code) => (/^\d$/.test(code) ? `0${code}` : code)),
      FACET_VALUES.prefecture,
    ),
    kind: pick(list('kind'), FACET_VALUES.kind),
    field: pick(list('field'), FACET_VALUES.field),
    style: pick(list('style'), FACET_VALUES.style),
    pay: pick(list('pay'), FACET_VALUES.pay),
    hours: pick(list('hours'), FACET_VALUES.hours),
    period: pick(list('period'), FACET_VALUES.period),
    open: open === '1' || open === 'true' || open === 'on',
    sort: SEARCH_SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : null,
  };
}

/** The URL parameters of a search (stable order; empty values left out), optionally with a cursor. */
export function searchFiltersToParams(
  filters: SearchFilters,
  extra: { cursor?: string | null } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const name of FACET_NAMES) for (const value of filters[name]) params.append(name, value);
  if (filters.open) params.set('open', '1');
  if (filters.sort) params.set('sort', filters.sort);
  if (extra.cursor) params.set('cursor', extra.cursor);
  return params;
}

export function searchHref(
  path: string,
  filters: SearchFilters,
  extra: { cursor?: string | null } = {},
): string {
  const query = searchFiltersToParams(filters, extra).toString();
  return query ? `${path}?${query}` : path;
}

export function effectiveSort(filters: SearchFilters): SearchSort {
  return filters.sort ?? (filters.q ? 'relevance' : 'newest');
}

export function hasActiveFilters(filters: SearchFilters): boolean {
  return Boolean(filters.q) || filters.open || FACET_NAMES.some((name) => filters[name].length > 0);
}

/** What a saved search stores (only what is set). */
export function toSavedParams(filters: SearchFilters): SavedSearchParams {
  const saved: SavedSearchParams = {};
  if (filters.q) saved.q = filters.q;
  for (const name of FACET_NAMES) if (filters[name].length) saved[name] = [...filters[name]];
  if (filters.open) saved.open = true;
  if (filters.sort) saved.sort = filters.sort;
  return saved;
}

export function fromSavedParams(saved: SavedSearchParams): SearchFilters {
  const params = new URLSearchParams();
  if (saved.q) params.set('q', saved.q);
  for (const name of FACET_NAMES) for (const value of saved[name] ?? []) params.append(name, value);
  if (saved.open) params.set('open', '1');
  if (saved.sort) params.set('sort', saved.sort);
  return parseSearchFilters(params);
}

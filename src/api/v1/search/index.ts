import { z } from 'zod';
import { isOpportunityOpen } from '#src/domain/opportunities/types';
import { deleteSavedSearch } from '#src/domain/search/delete-saved-search';
import { facetValueLabel } from '#src/domain/search/describe-search';
import { getSavedSearch } from '#src/domain/search/get-saved-search';
import { listSavedSearches } from '#src/domain/search/list-saved-searches';
import { FACET_NAMES, parseSearchFilters, searchHref, type SearchFilters } from '#src/domain/search/params';
import { renameSavedSearch } from '#src/domain/search/rename-saved-search';
import { saveSearch } from '#src/domain/search/save-search';
import type { SavedSearch } from '#src/domain/search/saved-search-schema';
import { searchOpportunitiesCached } from '#src/domain/search/search-cache';
import { createTranslator } from '#src/i18n';
import { defineRoute } from '../framework';
import {
  SavedSearchFiltersSchema,
  SavedSearchSchema,
  SearchQuerySchema,
  SearchResultSchema,
} from './schemas';

/** Query-string or JSON values → the same URL parameters the /search page reads. */
function toParams(values: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else if (typeof value === 'boolean') {
      if (value) params.set(key, '1');
    } else params.set(key, String(value));
  }
  return params;
}

function savedSearchView(search: SavedSearch) {
  const { filters } = search;
  return {
    id: search.id,
    name: search.name,
    filters: {
      ...(filters.q ? { q: filters.q } : {}),
      ...Object.fromEntries(
        FACET_NAMES.filter((name) => filters[name].length).map((name) => [name, filters[name]]),
      ),
      ...(filters.open ? { open: true } : {}),
      ...(filters.sort ? { sort: filters.sort } : {}),
    },
    searchUrl: searchHref('/search', filters),
    createdAt: search.createdAt.toISOString(),
    lastDigestAt: search.lastDigestAt.toISOString(),
  };
}

const IdParams = z.object({ id: z.uuid() });

export const searchRoutes = [
  defineRoute({
    method: 'GET',
    path: '/search/opportunities',
    operationId: 'searchOpportunities',
    summary: 'Search published opportunities: text, facets with counts, sort, keyset pagination (as /search)',
    tags: ['search'],
    auth: 'public',
    query: SearchQuerySchema,
    response: SearchResultSchema,
    async handler({ ctx, query }) {
      const { cursor, limit, ...rest } = query;
      const filters: SearchFilters = parseSearchFilters(toParams(rest));
      const now = new Date();
      const result = await searchOpportunitiesCached({ db: ctx.db, filters, cursor, limit });
      const t = createTranslator(ctx.locale);
      return {
        items: result.items.map((item) => ({
          slug: item.slug,
          url: `/opportunities/${encodeURIComponent(item.slug)}`,
          title: item.title,
          summary: item.summary,
          kind: item.kind,
          status: item.status,
          isOpen: isOpportunityOpen(item, now),
          workStyle: item.workStyle,
          organisation: { slug: item.organisationSlug, name: item.organisationName },
          prefectureCodes: item.prefectureCodes,
          municipalityCodes: item.municipalityCodes,
          compensation: { unit: item.compensationUnit, min: item.compensationMin, max: item.compensationMax },
          hoursPerWeek: { min: item.hoursPerWeekMin, max: item.hoursPerWeekMax },
          applicationsCloseAt: item.applicationsCloseAt?.toISOString() ?? null,
          publishedAt: item.publishedAt?.toISOString() ?? null,
        })),
        total: result.total ?? 0,
        totalIsLowerBound: result.totalIsLowerBound,
        position: result.position,
        nextCursor: result.nextCursor,
        sort: result.sort,
        facets: {
          counts: Object.fromEntries(
            FACET_NAMES.map((name) => [
              name,
              (result.facets?.counts[name] ?? []).map((entry) => ({
                value: entry.value,
                label: facetValueLabel(t, ctx.locale, name, entry.value),
                count: entry.count,
              })),
            ]),
          ),
          openNow: result.facets?.openNow ?? 0,
          estimated: result.facets?.estimated ?? false,
        },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/me/saved-searches',
    operationId: 'listSavedSearches',
    summary: 'Your saved searches (new matches are e-mailed daily)',
    tags: ['search'],
    auth: 'required',
    response: z.object({ items: z.array(SavedSearchSchema) }),
    async handler({ ctx }) {
      return { items: (await listSavedSearches({ db: ctx.db, actor: ctx.actor })).map(savedSearchView) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/me/saved-searches',
    operationId: 'createSavedSearch',
    summary: 'Save a search (the same filters as /search/opportunities, as JSON)',
    tags: ['search'],
    auth: 'required',
    body: z.object({ name: z.string().max(200), filters: SavedSearchFiltersSchema.default({}) }),
    status: 201,
    response: SavedSearchSchema,
    async handler({ ctx, body }) {
      const saved = await saveSearch({
        db: ctx.db,
        actor: ctx.actor,
        name: body.name,
        filters: parseSearchFilters(toParams(body.filters)),
      });
      return savedSearchView(saved);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/me/saved-searches/{id}',
    operationId: 'getSavedSearch',
    summary: 'One of your saved searches',
    tags: ['search'],
    auth: 'required',
    params: IdParams,
    response: SavedSearchSchema,
    async handler({ ctx, params }) {
      return savedSearchView(await getSavedSearch({ db: ctx.db, actor: ctx.actor, id: params.id }));
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/me/saved-searches/{id}',
    operationId: 'renameSavedSearch',
    summary: 'Rename one of your saved searches',
    tags: ['search'],
    auth: 'required',
    params: IdParams,
    body: z.object({ name: z.string().max(200) }),
    response: SavedSearchSchema,
    async handler({ ctx, params, body }) {
      return savedSearchView(
        await renameSavedSearch({ db: ctx.db, actor: ctx.actor, id: params.id, name: body.name }),
      );
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/me/saved-searches/{id}',
    operationId: 'deleteSavedSearch',
    summary: 'Delete one of your saved searches (its e-mails stop)',
    tags: ['search'],
    auth: 'required',
    params: IdParams,
    status: 204,
    response: z.null(),
    async handler({ ctx, params }) {
      await deleteSavedSearch({ db: ctx.db, actor: ctx.actor, id: params.id });
      return null;
    },
  }),
];

import type { DbOrTx } from '#src/db/client';
import { searchOpportunities, type SearchResult } from './search-opportunities';

/**
 * A short-lived, bounded in-process cache of search results for pages and feeds: the same public search
 * (a shared link, the feed a reader polls, the first page of a popular query) is answered from memory for
 * up to the TTL. Every change to a search document clears it on this instance (`invalidateSearchCache`,
 * called by the refresh); other instances catch up within the TTL. "Open now" may lag by as much.
 * SEARCH_CACHE_TTL_MS sets the TTL (`configureSearchCache`); 0 turns the cache off.
 */
let ttlMs = 30_000;
const MAX_ENTRIES = 500;

export function configureSearchCache(options: { ttlMs: number }): void {
  ttlMs = Math.max(0, options.ttlMs);
  invalidateSearchCache();
}

interface Entry {
  generation: number;
  expiresAt: number;
  value: Promise<SearchResult>;
}

const entries = new Map<string, Entry>();
const dbIds = new WeakMap<object, number>();
let nextDbId = 1;
let generation = 0;

export function invalidateSearchCache(): void {
  generation += 1;
  entries.clear();
}

function dbKey(db: DbOrTx): number {
  let id = dbIds.get(db);
  if (id === undefined) {
    id = nextDbId++;
    dbIds.set(db, id);
  }
  return id;
}

type SearchOptions = Omit<Parameters<typeof searchOpportunities>[0], 'now'>;

/** `searchOpportunities` at the current time, through the cache. */
export function searchOpportunitiesCached(options: SearchOptions): Promise<SearchResult> {
  if (ttlMs === 0) return searchOpportunities({ ...options, now: new Date() });
  const key = JSON.stringify([
    dbKey(options.db),
    options.filters,
    options.cursor ?? null,
    options.limit ?? null,
    options.withFacets ?? true,
    options.withTotal ?? false,
    options.publishedBetween ?? null,
  ]);
  const now = Date.now();
  const entry = entries.get(key);
  if (entry && entry.generation === generation && entry.expiresAt > now) {
    // Most recently used last, so the oldest goes first when the cache is full.
    entries.delete(key);
    entries.set(key, entry);
    return entry.value;
  }
  const startedAt = generation;
  const value = searchOpportunities({ ...options, now: new Date(now) });
  entries.set(key, { generation: startedAt, expiresAt: now + ttlMs, value });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.then(
    () => {
      // A write during the search may not be in its result: keep it only if nothing changed meanwhile.
      if (generation !== startedAt) entries.delete(key);
    },
    () => entries.delete(key),
  );
  return value;
}

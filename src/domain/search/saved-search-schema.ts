import { z } from 'zod';
import type { savedSearches } from '#src/db/schema';
import { fromSavedParams, type SearchFilters } from './params';

/** How many searches one account may keep. */
export const MAX_SAVED_SEARCHES = 20;

export const savedSearchNameSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(80, 'validation.tooLong');

type SavedSearchRow = typeof savedSearches.$inferSelect;

export interface SavedSearch {
  id: string;
  name: string;
  filters: SearchFilters;
  createdAt: Date;
  lastDigestAt: Date;
}

export function toSavedSearch(row: SavedSearchRow): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    filters: fromSavedParams(row.params),
    createdAt: row.createdAt,
    lastDigestAt: row.lastDigestAt,
  };
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

import { count, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { savedSearches } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import { toSavedParams, type SearchFilters } from './params';
import {
  MAX_SAVED_SEARCHES,
  savedSearchNameSchema,
  toSavedSearch,
  type SavedSearch,
} from './saved-search-schema';

/**
 * Saves a search for the signed-in account; its daily digest covers what is published from now on.
 * The name must be 1–80 characters; an account keeps at most MAX_SAVED_SEARCHES.
 */
export async function saveSearch(options: {
  db: DbOrTx;
  actor: Actor | null;
  name: string;
  filters: SearchFilters;
  now?: Date;
}): Promise<SavedSearch> {
  const { db, actor } = options;
  requireActor(actor);
  const name = savedSearchNameSchema.safeParse(options.name);
  if (!name.success) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', { name: name.error.issues[0]!.message });
  }
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ n: count() })
      .from(savedSearches)
      .where(eq(savedSearches.accountId, actor.accountId));
    if ((existing?.n ?? 0) >= MAX_SAVED_SEARCHES) {
      throw new AppError('CONFLICT', 'search.saved.limit', {}, { max: MAX_SAVED_SEARCHES });
    }
    const now = options.now ?? new Date();
    const [row] = await tx
      .insert(savedSearches)
      .values({
        accountId: actor.accountId,
        name: name.data,
        params: toSavedParams(options.filters),
        createdAt: now,
        lastDigestAt: now,
      })
      .returning();
    return toSavedSearch(row!);
  });
}

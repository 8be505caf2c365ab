import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { savedSearches } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import { toSavedSearch, type SavedSearch } from './saved-search-schema';

/** The signed-in account's saved searches, newest first (only its own). */
export async function listSavedSearches(options: {
  db: DbOrTx;
  actor: Actor | null;
}): Promise<SavedSearch[]> {
  const { db, actor } = options;
  requireActor(actor);
  const rows = await db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.accountId, actor.accountId))
    .orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
  return rows.map(toSavedSearch);
}

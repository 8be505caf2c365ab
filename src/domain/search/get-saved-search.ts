import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { savedSearches } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import { isUuid, toSavedSearch, type SavedSearch } from './saved-search-schema';

/** One of the signed-in account's saved searches; someone else's is NOT_FOUND (its existence is not revealed). */
export async function getSavedSearch(options: {
  db: DbOrTx;
  actor: Actor | null;
  id: string;
}): Promise<SavedSearch> {
  const { db, actor } = options;
  requireActor(actor);
  if (!isUuid(options.id)) throw new AppError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.id, options.id), eq(savedSearches.accountId, actor.accountId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return toSavedSearch(row);
}

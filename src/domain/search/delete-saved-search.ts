import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { savedSearches } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import { isUuid } from './saved-search-schema';

/** Deletes one of the signed-in account's saved searches (its digest stops); someone else's is NOT_FOUND. */
export async function deleteSavedSearch(options: {
  db: DbOrTx;
  actor: Actor | null;
  id: string;
}): Promise<void> {
  const { db, actor } = options;
  requireActor(actor);
  if (!isUuid(options.id)) throw new AppError('NOT_FOUND');
  const deleted = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, options.id), eq(savedSearches.accountId, actor.accountId)))
    .returning({ id: savedSearches.id });
  if (deleted.length === 0) throw new AppError('NOT_FOUND');
}

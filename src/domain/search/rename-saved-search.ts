import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { savedSearches } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import { isUuid, savedSearchNameSchema, toSavedSearch, type SavedSearch } from './saved-search-schema';

/** Renames one of the signed-in account's saved searches; someone else's is NOT_FOUND. */
export async function renameSavedSearch(options: {
  db: DbOrTx;
  actor: Actor | null;
  id: string;
  name: string;
}): Promise<SavedSearch> {
  const { db, actor } = options;
  requireActor(actor);
  if (!isUuid(options.id)) throw new AppError('NOT_FOUND');
  const name = savedSearchNameSchema.safeParse(options.name);
  if (!name.success) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', { name: name.error.issues[0]!.message });
  }
  const [row] = await db
    .update(savedSearches)
    .set({ name: name.data })
    .where(and(eq(savedSearches.id, options.id), eq(savedSearches.accountId, actor.accountId)))
    .returning();
  if (!row) throw new AppError('NOT_FOUND');
  return toSavedSearch(row);
}

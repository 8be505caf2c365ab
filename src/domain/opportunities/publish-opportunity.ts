import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { loadOpportunityForChange } from './access';
import { assertPublishable } from './schema';
import type { OpportunityRow } from './types';

/**
 * The publishing step itself, for callers that already hold the row (and checked the actor)
 * inside their transaction: create-and-publish and save-and-publish use it too.
 */
export async function publishLoadedOpportunity(tx: DbOrTx, current: OpportunityRow): Promise<OpportunityRow> {
  if (current.status === 'published') throw new AppError('CONFLICT', 'opportunities.errors.alreadyPublished');
  if (current.status === 'archived') throw new AppError('CONFLICT', 'opportunities.errors.archived');
  const now = new Date();
  assertPublishable(current, now);
  const [published] = await tx
    .update(opportunities)
    .set({ status: 'published', publishedAt: current.publishedAt ?? now, closedAt: null, updatedAt: now })
    .where(eq(opportunities.id, current.id))
    .returning();
  await refreshOpportunitySearch({ db: tx, opportunityId: current.id });
  return published!;
}

/**
 * Makes a draft (or a closed opportunity, to reopen it) public. Everything a reader and Google
 * for Jobs need must be filled in; otherwise INVALID_INPUT names the fields to complete.
 * The first publication date stays as the posting date.
 */
export async function publishOpportunity(options: { db: Db; actor: Actor | null; opportunityId: string }) {
  const { db, actor, opportunityId } = options;
  return db.transaction(async (tx) => {
    const current = await loadOpportunityForChange({ db: tx, actor, opportunityId });
    return publishLoadedOpportunity(tx, current);
  });
}

import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { loadOpportunityForChange } from './access';

/** Stops taking applications by hand; the page stays public with a closed notice. */
export async function closeOpportunity(options: { db: Db; actor: Actor | null; opportunityId: string }) {
  const { db, actor, opportunityId } = options;
  return db.transaction(async (tx) => {
    const current = await loadOpportunityForChange({ db: tx, actor, opportunityId });
    if (current.status !== 'published') throw new AppError('CONFLICT', 'opportunities.errors.notPublished');
    const now = new Date();
    const [closed] = await tx
      .update(opportunities)
      .set({ status: 'closed', closedAt: now, featuredAt: null, updatedAt: now })
      .where(eq(opportunities.id, current.id))
      .returning();
    await refreshOpportunitySearch({ db: tx, opportunityId: current.id });
    return closed!;
  });
}

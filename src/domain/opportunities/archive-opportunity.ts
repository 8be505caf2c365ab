import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { loadOpportunityForChange } from './access';

/** Hides an opportunity everywhere public (its page answers 404); hosts still find it under "archived". */
export async function archiveOpportunity(options: { db: Db; actor: Actor | null; opportunityId: string }) {
  const { db, actor, opportunityId } = options;
  return db.transaction(async (tx) => {
    const current = await loadOpportunityForChange({ db: tx, actor, opportunityId });
    if (current.status === 'archived') throw new AppError('CONFLICT', 'opportunities.errors.archived');
    const now = new Date();
    const [archived] = await tx
      .update(opportunities)
      .set({
        status: 'archived',
        archivedAt: now,
        closedAt: current.closedAt ?? (current.status === 'published' ? now : null),
        featuredAt: null,
        updatedAt: now,
      })
      .where(eq(opportunities.id, current.id))
      .returning();
    await refreshOpportunitySearch({ db: tx, opportunityId: current.id });
    return archived!;
  });
}

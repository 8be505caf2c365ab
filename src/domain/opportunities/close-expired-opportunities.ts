import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';

/**
 * Flips published opportunities whose application window has ended to 'closed' (closedAt = the
 * deadline). Pages already treat them as closed from the deadline on; this keeps the stored
 * status and the search index in step. Meant to run on a schedule; returns how many it closed.
 */
export async function closeExpiredOpportunities(options: { db: Db; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const expired = await tx
      .select({ id: opportunities.id, closesAt: opportunities.applicationsCloseAt })
      .from(opportunities)
      .where(
        and(
          eq(opportunities.status, 'published'),
          isNotNull(opportunities.applicationsCloseAt),
          lte(opportunities.applicationsCloseAt, now),
        ),
      )
      .for('update', { skipLocked: true });
    for (const row of expired) {
      await tx
        .update(opportunities)
        .set({ status: 'closed', closedAt: row.closesAt, featuredAt: null, updatedAt: now })
        .where(eq(opportunities.id, row.id));
      await refreshOpportunitySearch({ db: tx, opportunityId: row.id });
    }
    return expired.length;
  });
}

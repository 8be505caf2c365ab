import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { opportunitySearch } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { invalidatePublicCache } from '#src/lib/public-cache';
import { invalidateSearchCache } from './search-cache';
import { buildSearchRow, loadSearchSources, writeSearchRows } from './search-document';

/** How many opportunities one batch loads, tokenises and writes. */
const BATCH_SIZE = 500;

async function writeBatch(db: DbOrTx, opportunityIds: readonly string[]): Promise<void> {
  if (opportunityIds.length === 0) return;
  const sources = await loadSearchSources(db, opportunityIds);
  const indexed = new Set(sources.map((source) => source.id));
  const stale = opportunityIds.filter((id) => !indexed.has(id));
  if (stale.length > 0)
    await db.delete(opportunitySearch).where(inArray(opportunitySearch.opportunityId, stale));
  await writeSearchRows(db, sources.map(buildSearchRow));
  // Every opportunity write passes here: cached public read models and search results go stale.
  invalidatePublicCache();
  invalidateSearchCache();
}

/**
 * (Re)computes the search document of one opportunity, or removes it when the opportunity is not
 * published or closed (or no longer exists). Call it inside the transaction that changes the
 * opportunity, its organisation's name or its programme.
 */
export async function refreshOpportunitySearch(options: {
  db: DbOrTx;
  opportunityId: string;
}): Promise<void> {
  await writeBatch(options.db, [options.opportunityId]);
}

/** Refreshes the search documents of the given opportunities, in batches. */
export async function refreshOpportunitySearchBatch(options: {
  db: DbOrTx;
  opportunityIds: readonly string[];
}): Promise<void> {
  for (let start = 0; start < options.opportunityIds.length; start += BATCH_SIZE) {
    await writeBatch(options.db, options.opportunityIds.slice(start, start + BATCH_SIZE));
  }
}

/**
 * Rebuilds every search document (seeds, the scale generator, after a change to the tokeniser), optionally
 * only one organisation's (after it is renamed). Returns how many opportunities are searchable.
 */
export async function refreshAllOpportunitySearch(options: {
  db: DbOrTx;
  organisationId?: string;
}): Promise<number> {
  const { db, organisationId } = options;
  const orgFilter = organisationId ? sql`and organisation_id = ${organisationId}` : sql``;
  await db.execute(sql`
    delete from opportunity_search s
    where not exists (
      select 1 from opportunities o where o.id = s.opportunity_id and o.status in ('published', 'closed')
    ) ${organisationId ? sql`and s.organisation_id = ${organisationId}` : sql``}`);
  let indexed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const ids = await queryRows<{ id: string }>(
      db,
      sql`select id from opportunities
          where status in ('published', 'closed') and id > ${after} ${orgFilter}
          order by id limit ${BATCH_SIZE}`,
    );
    if (ids.length === 0) break;
    await writeBatch(
      db,
      ids.map((row) => row.id),
    );
    indexed += ids.length;
    after = ids.at(-1)!.id;
  }
  invalidatePublicCache();
  invalidateSearchCache();
  return indexed;
}

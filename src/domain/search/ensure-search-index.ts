import { eq, sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { appMeta } from '#src/db/schema';
import { refreshAllOpportunitySearch } from './refresh-opportunity-search';

/**
 * The version of the search documents' tokens. Bump it whenever `toTsvector` or the facet lexemes change
 * what a document holds: every start then rebuilds the documents written by an older version once.
 * 1: bigrams; 2: bigrams and trigrams.
 */
export const SEARCH_INDEX_VERSION = 2;
const KEY = 'search_index_version';

/**
 * Rebuilds every search document when they were written by an older tokeniser (an upgrade), and records
 * the current version. Instances starting together wait on one row lock, so only one rebuilds. Returns how
 * many documents were rebuilt, or null when they were current.
 */
export async function ensureSearchIndexCurrent(options: { db: Db }): Promise<number | null> {
  return options.db.transaction(async (tx) => {
    await tx.insert(appMeta).values({ key: KEY, value: 0 }).onConflictDoNothing({ target: appMeta.key });
    const [row] = await tx
      .select({ value: appMeta.value })
      .from(appMeta)
      .where(eq(appMeta.key, KEY))
      .for('update');
    if (Number(row?.value) === SEARCH_INDEX_VERSION) return null;
    const rebuilt = await refreshAllOpportunitySearch({ db: tx });
    await tx
      .update(appMeta)
      .set({ value: SEARCH_INDEX_VERSION, updatedAt: sql`now()` })
      .where(eq(appMeta.key, KEY));
    return rebuilt;
  });
}

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { appMeta } from '#src/db/schema';
import { buildOrganisation } from '../../../tests/factories/accounts';
import { buildSearchableOpportunity } from '../../../tests/factories/search';
import { createTestDatabase } from '../../../tests/support/db';
import { ensureSearchIndexCurrent, SEARCH_INDEX_VERSION } from './ensure-search-index';
import { emptySearchFilters } from './params';
import { searchOpportunities } from './search-opportunities';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('search documents after a tokeniser upgrade', () => {
  it('rebuilds documents written by an older version once, so searches find them again', async () => {
    const db = handle.db;
    const org = await buildOrganisation({ db, name: '旧索引テスト株式会社', slug: 'old-index-org' });
    const opportunity = await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      slug: 'old-index-intern',
      title: '長期インターン募集（旧索引）',
    });
    // A document as version 1 wrote it: bigrams only, so today's trigram query cannot find it.
    await db.execute(
      sql`update opportunity_search set tsv = array_to_tsvector(array['長期', '期イ', 'イン', 'ンタ', 'ター', 'ーン'])
          where opportunity_id = ${opportunity.id}`,
    );
    await db
      .insert(appMeta)
      .values({ key: 'search_index_version', value: 1 })
      .onConflictDoUpdate({
        target: appMeta.key,
        set: { value: 1 },
      });
    const search = () =>
      searchOpportunities({ db, filters: { ...emptySearchFilters(), q: 'インターン 旧索引' } });
    expect((await search()).items.map((item) => item.id)).toEqual([]);

    expect(await ensureSearchIndexCurrent({ db })).toBeGreaterThanOrEqual(1);
    expect((await search()).items.map((item) => item.id)).toEqual([opportunity.id]);
    const [meta] = await db.select().from(appMeta).where(eq(appMeta.key, 'search_index_version'));
    expect(meta?.value).toBe(SEARCH_INDEX_VERSION);

    // Current documents are left alone on the next start.
    expect(await ensureSearchIndexCurrent({ db })).toBeNull();
  });
});

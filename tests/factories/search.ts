import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '#src/db/client';
import { opportunities, savedSearches, type SavedSearchParams } from '#src/db/schema';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';

type OpportunityInsert = typeof opportunities.$inferInsert;

/**
 * An opportunity with its search document, for search tests: published now unless told otherwise, with a
 * unique title suffix so tests can tell their own rows apart.
 */
export async function buildSearchableOpportunity(
  options: { db: DbOrTx; organisationId: string } & Partial<Omit<OpportunityInsert, 'organisationId'>>,
) {
  const { db, ...values } = options;
  const status = values.status ?? 'published';
  const [row] = await db
    .insert(opportunities)
    .values({
      slug: `s-${randomUUID().slice(0, 12)}`,
      kind: 'side_job',
      title: `検索テスト案件 ${randomUUID().slice(0, 6)}`,
      publishedAt: status === 'draft' ? null : new Date(),
      ...values,
      status,
    })
    .returning();
  await refreshOpportunitySearch({ db, opportunityId: row!.id });
  return row!;
}

export async function buildSavedSearch(options: {
  db: DbOrTx;
  accountId: string;
  name?: string;
  params?: SavedSearchParams;
  lastDigestAt?: Date;
}) {
  const [row] = await options.db
    .insert(savedSearches)
    .values({
      accountId: options.accountId,
      name: options.name ?? `保存した検索 ${randomUUID().slice(0, 6)}`,
      params: options.params ?? {},
      lastDigestAt: options.lastDigestAt ?? new Date(),
    })
    .returning();
  return row!;
}

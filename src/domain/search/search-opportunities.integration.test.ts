import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { opportunities, opportunitySearch, organisations } from '#src/db/schema';
import { buildOrganisation } from '../../../tests/factories/accounts';
import { buildSearchableOpportunity } from '../../../tests/factories/search';
import { createTestDatabase } from '../../../tests/support/db';
import { emptySearchFilters, type SearchFilters } from './params';
import { refreshAllOpportunitySearch, refreshOpportunitySearch } from './refresh-opportunity-search';
import { searchOpportunities } from './search-opportunities';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

/** A Latin word no other test uses: added to every text of a test and to its queries, it scopes the test. */
function marker() {
  return `zq${randomBytes(5).toString('hex')}`;
}

function filters(overrides: Partial<SearchFilters>): SearchFilters {
  return { ...emptySearchFilters(), ...overrides };
}

async function titles(overrides: Partial<SearchFilters>, options: { now?: Date } = {}) {
  const result = await searchOpportunities({
    db: handle.db,
    filters: filters(overrides),
    limit: 50,
    ...options,
  });
  return result.items.map((item) => item.title).sort();
}

describe('searchOpportunities: text', () => {
  it('finds Japanese compounds by their parts, full-width and half-width forms and synonyms', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db, name: `株式会社テスト ${m}` });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      title: `長岡市の副業・兼業プロジェクト ${m}`,
      municipalityCodes: ['152021'],
      prefectureCodes: ['15'],
    });
    await buildSearchableOpportunity({ db, organisationId: org.id, title: `ＤＸ推進の複業人材 ${m}` });
    await buildSearchableOpportunity({ db, organisationId: org.id, title: `ﾃﾚﾜｰｸで働く広報担当 ${m}` });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      title: `デジタルトランスフォーメーション支援 ${m}`,
    });

    expect(await titles({ q: `長岡 ${m}` })).toEqual([`長岡市の副業・兼業プロジェクト ${m}`]);
    expect(await titles({ q: `副業 ${m}` })).toEqual(
      [`ＤＸ推進の複業人材 ${m}`, `長岡市の副業・兼業プロジェクト ${m}`].sort(),
    );
    expect(await titles({ q: `ｄｘ ${m}` })).toEqual(
      [`デジタルトランスフォーメーション支援 ${m}`, `ＤＸ推進の複業人材 ${m}`].sort(),
    );
    expect(await titles({ q: `リモート ${m}` })).toEqual([`ﾃﾚﾜｰｸで働く広報担当 ${m}`]);
    expect(await titles({ q: `テレワーク ${m}` })).toEqual([`ﾃﾚﾜｰｸで働く広報担当 ${m}`]);
  });

  it('finds work in a municipality by its prefecture name, and organisations by name', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db, name: `雪国酒造 ${m}` });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      title: `酒蔵の海外販路開拓 ${m}`,
      municipalityCodes: ['152021'],
      prefectureCodes: ['15'],
    });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      title: `松本市の観光企画 ${m}`,
      municipalityCodes: ['202029'],
      prefectureCodes: ['20'],
    });
    expect(await titles({ q: `新潟 ${m}` })).toEqual([`酒蔵の海外販路開拓 ${m}`]);
    expect(await titles({ q: `新潟県長岡市 ${m}` })).toEqual([`酒蔵の海外販路開拓 ${m}`]);
    expect(await titles({ q: `長野 ${m}` })).toEqual([`松本市の観光企画 ${m}`]);
    expect(await titles({ q: `雪国酒造 ${m}` })).toHaveLength(2);
    expect(await titles({ q: `Niigata ${m}` })).toEqual([`酒蔵の海外販路開拓 ${m}`]);
  });

  it('matches descriptions and skills, and requires every term', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      title: `業務改善 ${m}`,
      description: '紙の申請書をノーコードツールで電子化します。',
      requiredSkills: ['python'],
    });
    expect(await titles({ q: `電子化 ${m}` })).toEqual([`業務改善 ${m}`]);
    expect(await titles({ q: `python ${m}` })).toEqual([`業務改善 ${m}`]);
    expect(await titles({ q: `電子化 営業 ${m}` })).toEqual([]);
  });

  it('is safe with odd input: quotes, tsquery operators, backslashes and emoji', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db });
    await buildSearchableOpportunity({ db, organisationId: org.id, title: `O'Reilly 翻訳 ${m}` });
    for (const q of [`'${m}`, `${m} & !`, `${m} :*`, `${m} \\`, `${m} 😀`, `${m} ( | )`, `'' ${m} <->`]) {
      expect(await titles({ q })).toEqual([`O'Reilly 翻訳 ${m}`]);
    }
    expect(await titles({ q: `o'reilly ${m}` })).toEqual([`O'Reilly 翻訳 ${m}`]);
    // Nothing searchable at all: the whole (unfiltered) listing, not an error.
    const result = await searchOpportunities({ db, filters: filters({ q: `''' &|! 😀 :*` }) });
    expect(result.hasText).toBe(false);
  });

  it('leaves out drafts and archived opportunities and removes documents when an opportunity is unpublished', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db });
    await buildSearchableOpportunity({ db, organisationId: org.id, title: `下書き ${m}`, status: 'draft' });
    const published = await buildSearchableOpportunity({ db, organisationId: org.id, title: `公開中 ${m}` });
    const closed = await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      title: `募集終了 ${m}`,
      status: 'closed',
      closedAt: new Date(),
    });
    expect(await titles({ q: m })).toEqual([`公開中 ${m}`, `募集終了 ${m}`]);
    expect(await titles({ q: m, open: true })).toEqual([`公開中 ${m}`]);

    await db.update(opportunities).set({ status: 'archived' }).where(eq(opportunities.id, closed.id));
    await refreshOpportunitySearch({ db, opportunityId: closed.id });
    expect(await titles({ q: m })).toEqual([`公開中 ${m}`]);

    await db
      .update(opportunities)
      .set({ title: `公開中・改題 ${m}` })
      .where(eq(opportunities.id, published.id));
    await refreshOpportunitySearch({ db, opportunityId: published.id });
    expect(await titles({ q: `改題 ${m}` })).toEqual([`公開中・改題 ${m}`]);
  });

  it('rebuilds documents in bulk, e.g. after an organisation is renamed', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db, name: `旧社名 ${m}` });
    await buildSearchableOpportunity({ db, organisationId: org.id, title: `案件A ${m}` });
    await db
      .update(organisations)
      .set({ name: `新社名 ${m}` })
      .where(eq(organisations.id, org.id));
    expect(await titles({ q: `新社名 ${m}` })).toEqual([]);
    await refreshAllOpportunitySearch({ db, organisationId: org.id });
    expect(await titles({ q: `新社名 ${m}` })).toEqual([`案件A ${m}`]);
    const [row] = await db
      .select()
      .from(opportunitySearch)
      .where(eq(opportunitySearch.organisationId, org.id));
    expect(row?.kind).toBe('side_job');
  });
});

describe('searchOpportunities: facets', () => {
  it('filters by facets and counts each facet with the other filters applied', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db });
    const base = { db, organisationId: org.id };
    await buildSearchableOpportunity({
      ...base,
      title: `副業A ${m}`,
      kind: 'side_job',
      workStyle: 'remote',
      prefectureCodes: ['15'],
      municipalityCodes: ['152021'],
      fields: ['dx', 'marketing'],
      compensationUnit: 'hour',
      compensationMin: 2000,
      compensationMax: 3000,
      hoursPerWeekMax: 8,
      durationMonths: 3,
    });
    await buildSearchableOpportunity({
      ...base,
      title: `副業B ${m}`,
      kind: 'side_job',
      workStyle: 'hybrid',
      prefectureCodes: ['20'],
      fields: ['dx'],
      compensationUnit: 'month',
      compensationMin: 50_000,
      hoursPerWeekMax: 20,
      durationMonths: 6,
    });
    await buildSearchableOpportunity({
      ...base,
      title: `インターン ${m}`,
      kind: 'paid_internship',
      workStyle: 'onsite',
      prefectureCodes: ['15'],
      fields: ['tourism'],
      compensationUnit: 'hour',
      compensationMin: 1200,
      applicationsCloseAt: new Date(Date.now() - 86_400_000),
    });

    const result = await searchOpportunities({
      db,
      filters: filters({ q: m, prefecture: ['15'], kind: ['side_job'] }),
    });
    expect(result.items.map((item) => item.title)).toEqual([`副業A ${m}`]);
    expect(result.total).toBe(1);
    expect(result.totalIsLowerBound).toBe(false);
    const counts = result.facets!.counts;
    // prefecture counted with kind=side_job only: 15 → A, 20 → B
    expect(counts.prefecture).toEqual([
      { value: '15', count: 1 },
      { value: '20', count: 1 },
    ]);
    // kind counted with prefecture=15 only: side_job A, paid_internship
    expect(counts.kind).toEqual([
      { value: 'paid_internship', count: 1 },
      { value: 'side_job', count: 1 },
    ]);
    // the rest with both filters: only A
    expect(counts.field).toEqual([
      { value: 'dx', count: 1 },
      { value: 'marketing', count: 1 },
    ]);
    expect(counts.pay).toEqual([{ value: 'hour_3000_plus', count: 1 }]);
    expect(counts.hours).toEqual([{ value: '6_to_10', count: 1 }]);
    expect(counts.period).toEqual([{ value: '2_3m', count: 1 }]);
    expect(counts.style).toEqual([{ value: 'remote', count: 1 }]);
    expect(result.facets!.openNow).toBe(1);
    expect(result.facets!.estimated).toBe(false);

    const noFilters = await searchOpportunities({ db, filters: filters({ q: m }) });
    expect(noFilters.total).toBe(3);
    expect(noFilters.facets!.openNow).toBe(2);
    expect(noFilters.facets!.counts.field).toEqual([
      { value: 'dx', count: 2 },
      { value: 'marketing', count: 1 },
      { value: 'tourism', count: 1 },
    ]);

    expect(await titles({ q: m, field: ['dx'], style: ['hybrid', 'onsite'] })).toEqual([`副業B ${m}`]);
    expect(await titles({ q: m, pay: ['hour_under_1500', 'month_under_100k'] })).toEqual([
      `インターン ${m}`,
      `副業B ${m}`,
    ]);
    expect(await titles({ q: m, hours: ['11_to_20'] })).toEqual([`副業B ${m}`]);
    expect(await titles({ q: m, period: ['unspecified'] })).toEqual([`インターン ${m}`]);
  });
});

describe('searchOpportunities: broad searches', () => {
  it('estimates facet counts from a sample, scaled to the exact total, and says so', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db });
    for (let i = 0; i < 12; i += 1) {
      await buildSearchableOpportunity({
        db,
        organisationId: org.id,
        title: `広報 ${m} ${i}`,
        workStyle: i % 3 === 0 ? 'onsite' : 'remote',
      });
    }
    const exact = await searchOpportunities({ db, filters: filters({ q: m }) });
    expect(exact.facets!.estimated).toBe(false);
    expect(exact.facets!.counts.style).toEqual([
      { value: 'remote', count: 8 },
      { value: 'onsite', count: 4 },
    ]);

    const sampled = await searchOpportunities({
      db,
      filters: filters({ q: m }),
      facetSampleLimit: 6,
      limit: 5,
    });
    expect(sampled.facets!.estimated).toBe(true);
    expect(sampled.total).toBe(12);
    expect(sampled.totalIsLowerBound).toBe(false);
    expect(sampled.items).toHaveLength(5);
    const estimates = sampled.facets!.counts.style;
    expect(estimates.reduce((sum, entry) => sum + entry.count, 0)).toBe(12);
    expect(estimates.map((entry) => entry.value).sort()).toEqual(['onsite', 'remote']);

    const next = await searchOpportunities({
      db,
      filters: filters({ q: m }),
      facetSampleLimit: 6,
      limit: 5,
      cursor: sampled.nextCursor,
    });
    expect(next.position).toBe(5);
    expect(next.items.map((item) => item.id)).not.toContain(sampled.items[0]!.id);
  });
});

describe('searchOpportunities: order and pagination', () => {
  it('pages through every result exactly once in each order, by cursor', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db });
    const day = 86_400_000;
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 23; i += 1) {
      await buildSearchableOpportunity({
        db,
        organisationId: org.id,
        title: i % 5 === 0 ? `営業 営業職 ${m} ${i}` : `事務 ${m} ${i}`,
        description: '営業の補助',
        publishedAt: new Date(start + (i % 7) * day + i),
        applicationsCloseAt: i % 4 === 0 ? null : new Date(start + (i - 10) * day),
      });
    }
    const now = new Date(start + 3 * day);
    for (const sort of ['newest', 'deadline', 'relevance'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await searchOpportunities({
          db,
          filters: filters({ q: `営業 ${m}`, sort }),
          cursor,
          limit: 5,
          now,
        });
        expect(page.position).toBe(pages * 5);
        expect(page.total).toBe(23);
        seen.push(...page.items.map((item) => item.title));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(23);
      // A broad search (more candidates than the facet sample) reads its page from every match instead:
      // the same rows in the same order, page after page.
      const sampled: string[] = [];
      cursor = null;
      do {
        const page = await searchOpportunities({
          db,
          filters: filters({ q: `営業 ${m}`, sort }),
          cursor,
          limit: 5,
          now,
          facetSampleLimit: 4,
        });
        expect(page.facets!.estimated).toBe(true);
        expect(page.total).toBe(23);
        sampled.push(...page.items.map((item) => item.title));
        cursor = page.nextCursor;
      } while (cursor);
      expect(sampled).toEqual(seen);
      if (sort === 'newest') {
        const first = await searchOpportunities({ db, filters: filters({ q: m, sort }), limit: 23, now });
        const times = first.items.map((item) => item.publishedAt!.getTime());
        expect(times).toEqual([...times].sort((a, b) => b - a));
      }
      if (sort === 'relevance') {
        // title matches rank above description-only ones
        expect(seen.slice(0, 5).every((title) => title.startsWith('営業'))).toBe(true);
      }
      if (sort === 'deadline') {
        const page = await searchOpportunities({ db, filters: filters({ q: m, sort }), limit: 23, now });
        const open = page.items.filter((item) => item.applicationsCloseAt && item.applicationsCloseAt > now);
        const deadlines = open.map((item) => item.applicationsCloseAt!.getTime());
        expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
        expect(page.items.slice(0, open.length)).toEqual(open);
      }
    }
  });

  it('ignores a malformed cursor or one from another order', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db });
    for (let i = 0; i < 3; i += 1)
      await buildSearchableOpportunity({ db, organisationId: org.id, title: `${m} ${i}` });
    const first = await searchOpportunities({ db, filters: filters({ q: m, sort: 'newest' }), limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const other = await searchOpportunities({
      db,
      filters: filters({ q: m, sort: 'deadline' }),
      cursor: first.nextCursor,
      limit: 2,
    });
    expect(other.position).toBe(0);
    const garbage = await searchOpportunities({
      db,
      filters: filters({ q: m }),
      cursor: "'); drop table x; --",
    });
    expect(garbage.items).toHaveLength(3);
  });
});

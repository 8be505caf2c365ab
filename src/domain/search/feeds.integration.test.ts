import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import { createTranslator } from '#src/i18n';
import { buildOrganisation } from '../../../tests/factories/accounts';
import { buildSearchableOpportunity } from '../../../tests/factories/search';
import { createTestDatabase } from '../../../tests/support/db';
import { buildOpportunityAtomFeed } from './atom-feed';
import { emptySearchFilters } from './params';
import { searchOpportunities } from './search-opportunities';
import { buildSitemap } from './sitemap';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

function marker() {
  return `zq${randomBytes(5).toString('hex')}`;
}

describe('Atom feed', () => {
  it('lists the matching opportunities newest first as valid Atom, escaping their text', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db, name: `<ACME> & 長岡 ${m}`, slug: `feed-org-${m}` });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      slug: `feed-${m}-old`,
      title: `古い案件 ${m}`,
      publishedAt: new Date('2026-01-01T00:00:00Z'),
    });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      slug: `feed-${m}-new`,
      title: `"新しい" <案件> & ${m}`,
      summary: '概要\u0008です',
      publishedAt: new Date('2026-02-01T00:00:00Z'),
    });
    const result = await searchOpportunities({
      db,
      filters: { ...emptySearchFilters(), q: m, sort: 'newest' },
      withFacets: false,
    });
    const t = createTranslator('ja');
    const xml = buildOpportunityAtomFeed({
      items: result.items,
      baseUrl: 'https://tsunagu.example/',
      selfPath: `/feeds/opportunities.atom?q=${m}`,
      alternatePath: `/search?q=${m}&sort=newest`,
      title: `新着: ${m}`,
      locale: 'ja',
      t,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'),
    ).toBe(true);
    expect(xml).toContain(`<id>https://tsunagu.example/feeds/opportunities.atom?q=${m}</id>`);
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="https://tsunagu.example/feeds/opportunities.atom?q=${m}"/>`,
    );
    expect(xml).toMatch(/<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/);
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain(`<title>&quot;新しい&quot; &lt;案件&gt; &amp; ${m}</title>`);
    expect(entries[0]).toContain(`<id>https://tsunagu.example/opportunities/feed-${m}-new</id>`);
    expect(entries[0]).toContain('<published>2026-02-01T00:00:00.000Z</published>');
    expect(entries[0]).toContain('<summary type="text">概要です</summary>');
    expect(entries[0]).toContain(`<name>&lt;ACME&gt; &amp; 長岡 ${m}</name>`);
    expect(entries[0]).toContain(`<uri>https://tsunagu.example/organisations/feed-org-${m}</uri>`);
    expect(entries[1]).toContain(`古い案件 ${m}`);
    expect(xml).not.toContain('\u0008');
  });
});

describe('sitemap', () => {
  it('lists public pages, open regions, programmes, organisations and published opportunities only', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db, slug: `map-org-${m}` });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      slug: `map-${m}-open`,
      municipalityCodes: ['152021'],
      prefectureCodes: ['15'],
    });
    const draft = await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      slug: `map-${m}-draft`,
      status: 'draft',
    });
    const result = await buildSitemap({ db, baseUrl: 'https://tsunagu.example' });
    expect(result.kind).toBe('urlset');
    const xml = result.kind === 'urlset' ? result.xml : '';
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    for (const path of ['/', '/search', '/regions', '/programmes', '/regions/15', '/regions/15/152021']) {
      expect(xml).toContain(`<loc>https://tsunagu.example${path}</loc>`);
    }
    expect(xml).toContain(`<loc>https://tsunagu.example/organisations/map-org-${m}</loc>`);
    expect(xml).toMatch(
      new RegExp(`<loc>https://tsunagu.example/opportunities/map-${m}-open</loc><lastmod>`),
    );
    expect(xml).not.toContain(`map-${m}-draft`);
    await db.update(opportunities).set({ status: 'published' }).where(eq(opportunities.id, draft.id));
    const again = await buildSitemap({ db, baseUrl: 'https://tsunagu.example' });
    expect(again.kind === 'urlset' && again.xml.includes(`map-${m}-draft`)).toBe(true);
    expect((await buildSitemap({ db, baseUrl: 'https://tsunagu.example', part: 2 })).kind).toBe('missing');
  });
});

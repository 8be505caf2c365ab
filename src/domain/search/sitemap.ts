import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { appLink } from '#src/domain/accounts/emails';
import { escapeXml } from './xml';

/** URLs per sitemap file: the protocol allows 50,000; a margin keeps each file well under 50 MB. */
export const SITEMAP_URLS_PER_FILE = 45_000;

export interface SitemapEntry {
  path: string;
  lastmod?: Date | null;
}

/**
 * What /sitemap.xml lists: the home page, search, regions (those prefectures and municipalities with open
 * opportunities), programmes, organisations and published opportunities. Beyond SITEMAP_URLS_PER_FILE
 * the sitemap becomes an index of parts: part 1 holds the site's pages, later parts the opportunities.
 */
export async function buildSitemap(options: {
  db: DbOrTx;
  baseUrl: string;
  part?: number;
  now?: Date;
}): Promise<{ kind: 'urlset'; xml: string } | { kind: 'index'; xml: string } | { kind: 'missing' }> {
  const { db, baseUrl } = options;
  const now = options.now ?? new Date();
  const [{ n: opportunityCount } = { n: 0 }] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from opportunities where status = 'published'`,
  );
  const opportunityTotal = Number(opportunityCount);
  const pages = await sitePages(db, now);
  const split = pages.length + opportunityTotal > SITEMAP_URLS_PER_FILE;
  const opportunityParts = Math.ceil(opportunityTotal / SITEMAP_URLS_PER_FILE);

  if (!split) {
    if (options.part !== undefined && options.part !== 1) return { kind: 'missing' };
    return {
      kind: 'urlset',
      xml: urlset(baseUrl, [...pages, ...(await opportunityPages(db, 0, opportunityTotal))]),
    };
  }
  if (options.part === undefined) {
    const parts = Array.from({ length: 1 + opportunityParts }, (_, i) =>
      appLink(baseUrl, `/sitemap.xml?part=${i + 1}`),
    );
    return {
      kind: 'index',
      xml: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...parts.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>`),
        '</sitemapindex>',
        '',
      ].join('\n'),
    };
  }
  if (options.part === 1) return { kind: 'urlset', xml: urlset(baseUrl, pages) };
  if (options.part >= 2 && options.part <= opportunityParts + 1) {
    const offset = (options.part - 2) * SITEMAP_URLS_PER_FILE;
    return {
      kind: 'urlset',
      xml: urlset(baseUrl, await opportunityPages(db, offset, SITEMAP_URLS_PER_FILE)),
    };
  }
  return { kind: 'missing' };
}

function urlset(baseUrl: string, entries: readonly SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      (entry) =>
        `  <url><loc>${escapeXml(appLink(baseUrl, entry.path))}</loc>${
          entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : ''
        }</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

async function sitePages(db: DbOrTx, now: Date): Promise<SitemapEntry[]> {
  const [regions, programmes, organisations] = await Promise.all([
    queryRows<{ code: string; prefecture: string | null }>(
      db,
      sql`select distinct p.code, null as prefecture
            from opportunities o cross join lateral unnest(o.prefecture_codes) as p(code)
            where o.status = 'published' and (o.applications_close_at is null or o.applications_close_at > ${now.toISOString()}::timestamptz)
          union
          select distinct m.code, left(m.code, 2) as prefecture
            from opportunities o cross join lateral unnest(o.municipality_codes) as m(code)
            where o.status = 'published' and (o.applications_close_at is null or o.applications_close_at > ${now.toISOString()}::timestamptz)
          order by 1`,
    ),
    queryRows<{ slug: string; updated_at: unknown }>(
      db,
      sql`select slug, updated_at from programmes where status <> 'draft' order by slug`,
    ),
    queryRows<{ slug: string; updated_at: unknown }>(
      db,
      sql`select slug, updated_at from organisations order by slug`,
    ),
  ]);
  return [
    { path: '/' },
    { path: '/search' },
    { path: '/regions' },
    ...regions.map((region) => ({
      path: region.prefecture
        ? `/regions/${encodeURIComponent(region.prefecture)}/${encodeURIComponent(region.code)}`
        : `/regions/${encodeURIComponent(region.code)}`,
    })),
    { path: '/programmes' },
    ...programmes.map((row) => ({
      path: `/programmes/${encodeURIComponent(row.slug)}`,
      lastmod: toDate(row.updated_at),
    })),
    ...organisations.map((row) => ({
      path: `/organisations/${encodeURIComponent(row.slug)}`,
      lastmod: toDate(row.updated_at),
    })),
  ];
}

async function opportunityPages(db: DbOrTx, offset: number, limit: number): Promise<SitemapEntry[]> {
  if (limit <= 0) return [];
  const rows = await queryRows<{ slug: string; updated_at: unknown }>(
    db,
    sql`select slug, updated_at from opportunities where status = 'published'
        order by slug limit ${limit} offset ${offset}`,
  );
  return rows.map((row) => ({
    path: `/opportunities/${encodeURIComponent(row.slug)}`,
    lastmod: toDate(row.updated_at),
  }));
}

import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './support/fixtures';

/** The JobPosting JSON-LD of the opportunity page that is open, parsed. */
async function jobPosting(page: Page): Promise<Record<string, unknown>> {
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  return JSON.parse((await scripts.textContent()) ?? '') as Record<string, unknown>;
}

function expectRequiredJobPostingFields(jsonLd: Record<string, unknown>) {
  expect(jsonLd['@context']).toMatch(/^https:\/\/schema\.org\/?$/);
  expect(jsonLd['@type']).toBe('JobPosting');
  for (const field of ['title', 'description', 'datePosted', 'employmentType']) {
    expect(jsonLd[field], field).toBeTruthy();
  }
  expect(Number.isNaN(Date.parse(String(jsonLd.datePosted)))).toBe(false);
  expect(jsonLd.hiringOrganization).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
  const remote = jsonLd.jobLocationType === 'TELECOMMUTE';
  if (remote) expect(jsonLd.applicantLocationRequirements).toBeTruthy();
  else expect(jsonLd.jobLocation).toBeTruthy();
}

test.describe('without JavaScript', () => {
  // axe-core needs script in the page, so accessibility is checked in the tests below (the pages are the
  // same server-rendered HTML either way: /search does not hydrate).
  test.use({ javaScriptEnabled: false });

  test('searches 副業 from the home page, narrows by prefecture and opens a result with its JobPosting data', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'キーワードで仕事を探す' }).fill('副業');
    await page.getByRole('search').getByRole('button', { name: '検索' }).click();
    await expect(page).toHaveURL(/\/search\?q=%E5%89%AF%E6%A5%AD$/);
    await expect(page.getByRole('heading', { level: 1, name: '「副業」の検索結果' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('9件');

    const prefectures = page.getByRole('group', { name: '都道府県' });
    await expect(prefectures.getByRole('checkbox', { name: '長野県 6件' })).toBeVisible();
    await expect(prefectures.getByRole('checkbox', { name: '岡山県 3件' })).toBeVisible();
    await prefectures.getByRole('checkbox', { name: /長野県/ }).check();
    await page.getByRole('button', { name: 'この条件で絞り込む' }).click();
    await expect(page).toHaveURL(/prefecture=20/);
    await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('6件');
    const results = page.getByRole('region', { name: '検索結果' });
    await expect(results.getByRole('article')).toHaveCount(6);
    await expect(results.getByRole('link', { name: '「長野県」の条件を外す' })).toBeVisible();
    await expect(results.getByRole('link', { name: '「キーワード: 副業」の条件を外す' })).toBeVisible();

    // Sorting keeps the search; the whole state lives in the URL.
    await page.getByRole('navigation', { name: '並び順' }).getByRole('link', { name: '新着順' }).click();
    await expect(page).toHaveURL(/sort=newest/);
    await expect(page).toHaveURL(/prefecture=20/);
    await expect(results.getByRole('article')).toHaveCount(6);

    await results.getByRole('link', { name: 'ワイナリーのEC強化とファンづくり戦略(短期副業)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'ワイナリーのEC強化とファンづくり戦略(短期副業)',
    );
    const jsonLd = await jobPosting(page);
    expectRequiredJobPostingFields(jsonLd);
    expect(jsonLd.title).toBe('ワイナリーのEC強化とファンづくり戦略(短期副業)');
    expect(Number.isNaN(Date.parse(String(jsonLd.validThrough)))).toBe(false);
    expect(jsonLd.jobLocation).toMatchObject({ '@type': 'Place' });
    expect(jsonLd.baseSalary).toMatchObject({ '@type': 'MonetaryAmount', currency: 'JPY' });
  });
});

test('with JavaScript: searches 副業 in Okayama, then finds remote work in Niigata with its JobPosting data', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'メインナビゲーション' })
    .getByRole('link', { name: '仕事を探す' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '仕事を探す' })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/feeds\/opportunities\.atom$/,
  );

  await page.getByRole('searchbox', { name: 'キーワード' }).fill('副業');
  await page.getByRole('search', { name: '仕事を探す' }).getByRole('button', { name: '検索' }).click();
  await page
    .getByRole('group', { name: '都道府県' })
    .getByRole('checkbox', { name: /岡山県/ })
    .check();
  await page.getByRole('button', { name: 'この条件で絞り込む' }).click();
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('3件');
  await expect(page.getByRole('link', { name: /行政のデジタル化|DX/ }).first()).toBeVisible();

  // A place name covers its municipalities: 新潟 finds the work in 長岡市.
  await page.getByRole('searchbox', { name: 'キーワード' }).fill('新潟 リモート');
  await page.getByRole('search', { name: '仕事を探す' }).getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/prefecture=33/);
  await page.getByRole('link', { name: '「岡山県」の条件を外す' }).click();
  await page
    .getByRole('group', { name: '働き方' })
    .getByRole('checkbox', { name: /リモート/ })
    .check();
  await page.getByRole('button', { name: 'この条件で絞り込む' }).click();
  // The three seeded Nagaoka remote jobs; other journeys may have published more in 長岡市 by now.
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText(/^\d+件$/);
  expect(
    Number((await page.getByRole('status').filter({ hasText: '件' }).textContent())!.replace('件', '')),
  ).toBeGreaterThanOrEqual(3);
  for (const title of [
    'Webアプリケーションエンジニア(完全リモート・本社待遇/長岡在住)',
    'UI/UXデザイナー(完全リモート・本社待遇/長岡ワークモデル)',
    '本社管理部門スタッフ(完全リモート・本社待遇/長岡ワークモデル)',
  ]) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await expectAccessible(page);

  await page
    .getByRole('link', { name: 'Webアプリケーションエンジニア(完全リモート・本社待遇/長岡在住)' })
    .click();
  const jsonLd = await jobPosting(page);
  expectRequiredJobPostingFields(jsonLd);
  expect(jsonLd).toMatchObject({ jobLocationType: 'TELECOMMUTE', employmentType: 'FULL_TIME' });
  expect(jsonLd.baseSalary).toMatchObject({ '@type': 'MonetaryAmount', currency: 'JPY' });
});

test('the search page is accessible with results, with filters and with no results', async ({ page }) => {
  await page.goto('/search?q=%E5%89%AF%E6%A5%AD');
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('9件');
  await expectAccessible(page);
  await page.goto('/search?q=%E5%89%AF%E6%A5%AD&prefecture=20&sort=newest');
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('6件');
  await expectAccessible(page);
  await page.goto('/search?q=%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84%E4%BB%95%E4%BA%8Bqqq');
  await expect(page.getByText('条件に合う仕事は見つかりませんでした。')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('0件');
  await expect(page.getByRole('link', { name: 'すべての仕事を見る' })).toHaveAttribute('href', '/search');
  await expectAccessible(page);
  await page.goto('/');
  await expectAccessible(page);
});

test('a signed-in talent saves a search, then renames and deletes it', async ({ page }) => {
  await signIn(page, 'talent@tsunagu.example');
  await page.goto('/search?q=%E9%95%B7%E5%B2%A1&style=remote');
  const save = page.getByRole('region', { name: 'この条件を保存' });
  await save.getByLabel('保存名').fill('長岡のリモート');
  await save.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('検索条件を保存しました。')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '保存した検索を管理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '保存した検索' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '長岡のリモート' })).toBeVisible();
  await expect(page.getByText('キーワード: 長岡 / リモート')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('「長岡のリモート」の新しい名前').fill('長岡で在宅');
  await page.getByRole('button', { name: '名前を変更' }).click();
  await expect(page.getByText('名前を変更しました。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '長岡で在宅' })).toBeVisible();

  await page.getByRole('link', { name: '検索結果を見る' }).click();
  await expect(page).toHaveURL(/\/search\?q=%E9%95%B7%E5%B2%A1&style=remote$/);
  await page.goBack();
  await page.getByRole('button', { name: '「長岡で在宅」を削除' }).click();
  await expect(page.getByText('保存した検索を削除しました。')).toBeVisible();
  await expect(page.getByText('保存した検索はまだありません。')).toBeVisible();
});

test('serves an Atom feed, a sitemap and robots.txt', async ({ page, request }) => {
  const feed = await request.get('/feeds/opportunities.atom?q=%E9%95%B7%E5%B2%A1');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toContain('application/xml');
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);

  await page.goto('/');
  const parsed = await page.evaluate(
    ({ feedXml, sitemapXml }) => {
      const parser = new DOMParser();
      const atom = parser.parseFromString(feedXml, 'application/xml');
      const map = parser.parseFromString(sitemapXml, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const entries = [...atom.getElementsByTagNameNS(ns, 'entry')];
      return {
        errors:
          atom.getElementsByTagName('parsererror').length + map.getElementsByTagName('parsererror').length,
        feedId: atom.documentElement.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
        self: atom.querySelector('feed > link[rel="self"]')?.getAttribute('href') ?? '',
        entries: entries.map((entry) => ({
          id: entry.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
          title: entry.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
          updated: entry.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
          author: entry.getElementsByTagNameNS(ns, 'author')[0]?.textContent?.trim() ?? '',
          summary: entry.getElementsByTagNameNS(ns, 'summary')[0]?.textContent ?? '',
        })),
        locs: [...map.getElementsByTagName('loc')].map((loc) => new URL(loc.textContent ?? '').pathname),
      };
    },
    { feedXml: await feed.text(), sitemapXml: await sitemap.text() },
  );
  expect(parsed.errors).toBe(0);
  expect(parsed.self).toMatch(/\/feeds\/opportunities\.atom\?q=%E9%95%B7%E5%B2%A1$/);
  expect(parsed.feedId).toBe(parsed.self);
  // The four seeded Nagaoka opportunities (other journeys may add their own in 長岡市 before this one).
  expect(parsed.entries.filter((entry) => /\/opportunities\/nw-/.test(entry.id))).toHaveLength(4);
  for (const entry of parsed.entries) {
    expect(entry.id).toMatch(/\/opportunities\/[\w-]+$/);
    expect(entry.title).not.toBe('');
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.author).not.toBe('');
    expect(entry.summary).not.toBe('');
  }
  expect(parsed.locs).toEqual(
    expect.arrayContaining([
      '/',
      '/search',
      '/regions',
      '/regions/15',
      '/regions/15/152021',
      '/programmes',
      '/programmes/nagaoka-worker',
      '/opportunities/nw-mirai-engineer',
    ]),
  );
  expect(parsed.locs.some((path) => path.startsWith('/organisations/'))).toBe(true);
  expect(parsed.locs).not.toContain('/opportunities/sj-winery-ec');
});

import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, formFields, signIn, test } from './support/fixtures';

/** A second, independent browser (its own cookies). */
async function newBrowserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  return context.newPage();
}

const VALID_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

async function completenessPercent(page: Page): Promise<number> {
  const text = await page.locator('#completeness-value').innerText();
  return Number(text.replace(/\D/g, ''));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a talent saves one section of the profile with a plain form post, kana checked and normalised', async ({
    page,
  }) => {
    await signIn(page, 'talent@tsunagu.example');
    await page.getByRole('link', { name: 'プロフィール', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'プロフィール' })).toBeVisible();

    const basic = page.locator('#basic');
    const headline = '長岡と東京の二拠点で、地域の広報を手伝います';
    await basic.getByLabel('ひとことで言うと').fill(headline);

    // Kanji where kana belongs: refused, with everything typed kept (asked directly, so the refused
    // page load is not logged as a console error).
    const fields = await formFields(page, '#basic form');
    const refused = await page.request.post('/account/profile', {
      form: { ...fields, familyNameKana: '山田' },
    });
    expect(refused.status()).toBe(422);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('ひらがなかカタカナで入力してください。');
    expect(refusedPage).toContain(headline);

    await basic.getByLabel('セイ(フリガナ)').fill('やまだ');
    await basic.getByRole('button', { name: '基本情報を保存' }).click();
    await expect(page.getByRole('status').filter({ hasText: '「基本情報」を保存しました。' })).toBeVisible();
    await expect(page.locator('#basic').getByLabel('セイ(フリガナ)')).toHaveValue('ヤマダ');
    await expect(page.locator('#basic').getByLabel('ひとことで言うと')).toHaveValue(headline);
  });
});

test('a talent adds a skill and a region tie, uploads a résumé, and the profile becomes complete', async ({
  page,
}) => {
  await signIn(page, 'talent@tsunagu.example');
  await page.goto('/account/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'プロフィール' })).toBeVisible();
  await expectAccessible(page);
  const before = await completenessPercent(page);
  const missing = page.getByRole('list', { name: 'まだ入力されていない項目' });
  await expect(missing.getByRole('link', { name: '履歴書・ポートフォリオ' })).toBeVisible();

  // A skill from the shared taxonomy, with its level.
  const skills = page.locator('#skills');
  await skills.getByLabel('追加するスキル', { exact: true }).selectOption({ label: 'EC運営' });
  await skills.getByLabel('追加するスキルのレベル').selectOption({ label: '3 実務経験あり' });
  await skills.getByRole('button', { name: 'スキルを保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '「スキル」を保存しました。' })).toBeVisible();
  await expect(page.locator('#skills').getByRole('rowheader', { name: 'EC運営' })).toBeVisible();
  await expect(page.locator('#skills').getByLabel('EC運営 のレベル')).toHaveValue('3');

  // A tie to a municipality, named in words and checked against the regions data.
  const regions = page.locator('#regions');
  await regions.getByLabel('都道府県').selectOption({ label: '長野県' });
  await regions.getByLabel('つながりの種類').selectOption({ label: '家族・親族がいる' });
  const unknownPlace = await page.request.post('/account/profile', {
    form: {
      ...(await formFields(page, '#regions form:has([name="tiePrefecture"])')),
      tieMunicipality: '松本',
    },
  });
  expect(unknownPlace.status()).toBe(422);
  expect(await unknownPlace.text()).toContain('この都道府県に、その名前の市区町村が見つかりません');
  await regions.getByLabel('市区町村(任意)').fill('松本市');
  await regions.getByRole('button', { name: 'つながりを追加' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '地域とのつながりを追加しました。' }),
  ).toBeVisible();
  await expect(
    page.locator('#regions').getByRole('button', { name: '長野県松本市(家族・親族がいる)を削除' }),
  ).toBeVisible();

  // Documents: bytes that are not a PDF are refused even when named .pdf; a real PDF is kept.
  await page.getByRole('link', { name: '書類を登録・管理する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '履歴書・ポートフォリオ' })).toBeVisible();
  const csrf = await page.locator('form[enctype="multipart/form-data"] input[name="_csrf"]').inputValue();
  const notPdf = await page.request.post('/account/profile/documents', {
    multipart: {
      _csrf: csrf,
      intent: 'upload',
      kind: 'resume',
      file: { name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') },
    },
  });
  expect(notPdf.status()).toBe(422);
  expect(await notPdf.text()).toContain('PDF ファイルではありません。');
  await page
    .getByLabel('PDF ファイル')
    .setInputFiles({ name: '山田花子_職務経歴書.pdf', mimeType: 'application/pdf', buffer: VALID_PDF });
  await page.getByRole('button', { name: 'アップロード' }).click();
  await expect(page.getByRole('status')).toContainText('「山田花子_職務経歴書.pdf」をアップロードしました。');
  await expectAccessible(page);

  const download = page.getByRole('link', { name: '山田花子_職務経歴書.pdf をダウンロード' });
  const href = await download.getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toContain(
    `filename*=UTF-8''${encodeURIComponent('山田花子_職務経歴書.pdf')}`,
  );
  // Set by the download and by the server's security headers alike: every value says nosniff.
  expect(new Set(response.headers()['x-content-type-options']!.split(/,\s*/))).toEqual(new Set(['nosniff']));
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Nobody else reaches it: anonymous requests are sent to sign in.
  const anonymous = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const anonymousResponse = await anonymous.request.get(href!, { maxRedirects: 0 });
  expect(anonymousResponse.status()).toBe(302);
  expect(anonymousResponse.headers().location).toContain('/sign-in');
  await anonymous.close();

  await page.getByRole('link', { name: 'プロフィールに戻る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'プロフィール' })).toBeVisible();
  expect(await completenessPercent(page)).toBeGreaterThan(before);
  await expect(missing.getByRole('link', { name: '履歴書・ポートフォリオ' })).toHaveCount(0);
});

/** The id of 山田 花子 and of one of her documents (uploading one if she has none yet). */
async function hanakoDocument(browser: Browser) {
  const owner = await newBrowserPage(browser);
  await signIn(owner, 'talent@tsunagu.example');
  await owner.goto('/account/profile/documents');
  const links = owner.getByRole('link', { name: /をダウンロード$/ });
  if ((await links.count()) === 0) {
    await owner
      .getByLabel('PDF ファイル')
      .setInputFiles({ name: 'portfolio.pdf', mimeType: 'application/pdf', buffer: VALID_PDF });
    await owner.getByRole('button', { name: 'アップロード' }).click();
    await expect(owner.getByRole('status')).toBeVisible();
  }
  const href = await links.first().getAttribute('href');
  await owner.context().close();
  return href!.split('/').pop()!;
}

test('hosts find talent open to scouting; only the host applied to sees contact details and documents', async ({
  page,
  browser,
}) => {
  const documentId = await hanakoDocument(browser);

  await signIn(page, 'usen@tsunagu.example');
  await page.getByRole('link', { name: '人材を探す' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '人材を探す' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('combobox', { name: 'スキル', exact: true }).selectOption({ label: '防災・危機管理' });
  await page.getByRole('combobox', { name: 'つながりのある都道府県' }).selectOption({ label: '岡山県' });
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page.getByText('1人が見つかりました')).toBeVisible();
  await page.getByRole('link', { name: '小林 直樹 さんのプロフィール' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '小林 直樹' })).toBeVisible();
  await expect(page.getByText('スカウト可能な人材として公開されているプロフィールです。')).toBeVisible();
  await expect(page.getByText('防災・危機管理')).toBeVisible();
  await expect(page.getByText('@talent.tsunagu.example')).toHaveCount(0);
  await expectAccessible(page);

  // 山田 花子 applied to USEN-NEXT's opportunity: its host sees her contact details and documents.
  await page.goto('/talent?skill=digital-marketing&prefecture=15');
  await page.getByRole('link', { name: '山田 花子 さんのプロフィール' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '山田 花子' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'talent@tsunagu.example' })).toBeVisible();
  const talentId = page.url().split('/').pop()!;
  const hostDownload = await page.request.get(`/talent/${talentId}/documents/${documentId}`);
  expect(hostDownload.status()).toBe(200);
  expect(hostDownload.headers()['content-type']).toBe('application/pdf');
  // Not through the owner's own route, though; and the profile editor is for talent only.
  expect((await page.request.get(`/account/documents/${documentId}`)).status()).toBe(404);
  expect((await page.request.get('/account/profile')).status()).toBe(403);

  // A host of another organisation sees the profile (open to scouting) but neither contact nor documents.
  const winery = await newBrowserPage(browser);
  await signIn(winery, 'winery@tsunagu.example');
  await winery.goto(`/talent/${talentId}`);
  await expect(winery.getByRole('heading', { level: 1, name: '山田 花子' })).toBeVisible();
  await expect(winery.getByText('スカウト可能な人材として公開されているプロフィールです。')).toBeVisible();
  await expect(winery.getByText('talent@tsunagu.example')).toHaveCount(0);
  await expect(winery.getByText('090-1234-5678')).toHaveCount(0);
  expect((await winery.request.get(`/talent/${talentId}/documents/${documentId}`)).status()).toBe(404);
  await winery.context().close();
});

test('talent cannot browse the directory', async ({ page }) => {
  await signIn(page, 'student@tsunagu.example');
  expect((await page.request.get('/talent')).status()).toBe(403);
  await expect(page.getByRole('link', { name: '人材を探す' })).toHaveCount(0);
});

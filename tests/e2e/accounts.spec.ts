import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, formFields, signIn, signOut, test } from './support/fixtures';

const PASSWORD = 'e2e-passphrase-2026';

/** A second, independent browser (its own cookies): the admin reading the outbox, or the invitee. */
async function newBrowserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  return context.newPage();
}

/** Opens the newest e-mail to `to` with this subject in the admin outbox and returns the link it carries. */
async function linkFromOutbox(
  admin: Page,
  to: string,
  subject: string,
  linkPattern: RegExp,
): Promise<string> {
  await admin.goto('/admin/outbox');
  await admin.getByLabel('宛先').fill(to);
  await admin.getByRole('button', { name: '絞り込む' }).click();
  await admin.waitForURL((url) => url.searchParams.get('to') === to);
  await expect(admin.getByRole('cell', { name: to, exact: true }).first()).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole('link', { name: subject }).first().click();
  await expect(admin.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const href = await admin.getByRole('link', { name: linkPattern }).getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

test('a host signs up with an organisation, confirms the e-mail and brings in a colleague by invitation', async ({
  page,
  browser,
}) => {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const hostEmail = `host-${tag}@example.test`;
  const inviteeEmail = `colleague-${tag}@example.test`;
  const organisationName = `塩尻テスト工房 ${tag}`;

  // Sign up as a host with a new organisation.
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: '新規登録' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('表示名').fill('塩尻 太郎');
  await page.getByLabel('メールアドレス').fill(hostEmail);
  await page.getByLabel('パスワード').fill(PASSWORD);
  await page.getByRole('radio', { name: /団体として登録する/ }).check();
  await page.getByLabel('団体名', { exact: true }).fill(organisationName);
  await page.getByLabel('団体の種類').selectOption('company');
  await page.getByLabel('所在地(都道府県)').selectOption({ label: '長野県' });
  await page.getByLabel('市区町村').fill('塩尻市');
  await page.getByRole('button', { name: '登録する' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'マイページ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'メールアドレスの確認をお願いします' })).toBeVisible();
  await expect(page.getByRole('link', { name: organisationName })).toBeVisible();
  await expectAccessible(page);

  // The admin reads the confirmation e-mail in the outbox (a second browser).
  const admin = await newBrowserPage(browser);
  await signIn(admin, 'admin@tsunagu.example');
  const confirmLink = await linkFromOutbox(
    admin,
    hostEmail,
    '【Tsunagu】メールアドレスの確認',
    /\/confirm-email\?token=/,
  );

  await page.goto(confirmLink);
  await expect(page.getByText('メールアドレスを確認しました。')).toBeVisible();

  // Sign in again as the new host.
  await signOut(page);
  await page.goto('/sign-in');
  await expectAccessible(page);
  await signIn(page, hostEmail, PASSWORD);
  await page.goto('/account');
  await expect(page.getByText('確認済み')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'メールアドレスの確認をお願いします' })).toHaveCount(0);

  // Invite a colleague from the organisation's members page.
  await page.getByRole('link', { name: organisationName }).click();
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /塩尻 太郎/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('招待する人のメールアドレス').fill(inviteeEmail);
  await page.getByRole('button', { name: '招待メールを送る' }).click();
  await expect(page.getByText('招待メールを送りました。')).toBeVisible();
  await expect(page.getByRole('cell', { name: inviteeEmail, exact: true })).toBeVisible();

  // The invitee opens the link from the e-mail and signs up through it.
  const invitationLink = await linkFromOutbox(
    admin,
    inviteeEmail,
    `【Tsunagu】${organisationName} への招待`,
    /\/invitations\//,
  );
  const invitee = await newBrowserPage(browser);
  await invitee.goto(invitationLink);
  await expect(invitee.getByRole('heading', { level: 1, name: '団体への招待' })).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByRole('link', { name: '新規登録して参加する' }).click();
  await expect(invitee.getByLabel('メールアドレス')).toHaveValue(inviteeEmail);
  await invitee.getByLabel('表示名').fill('塩尻 花子');
  await invitee.getByLabel('パスワード').fill(PASSWORD);
  await invitee.getByRole('button', { name: '登録する' }).click();
  await expect(invitee.getByText('団体に参加しました。')).toBeVisible();
  await expect(invitee.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();

  // The host sees the new member, and the invitation is no longer pending.
  await page.reload();
  await expect(page.getByRole('rowheader', { name: '塩尻 花子' })).toBeVisible();
  await expect(page.getByRole('cell', { name: inviteeEmail, exact: true })).toBeVisible();
  await expect(page.getByText('回答待ちの招待はありません。')).toBeVisible();

  await signOut(invitee);
  await signOut(page);
  await admin.context().close();
  await invitee.context().close();
});

test('the admin pages are for platform admins only', async ({ page }) => {
  await signIn(page, 'talent@tsunagu.example');
  // Asked directly, so the browser does not log the refused page load as a console error.
  const response = await page.request.get('/admin/outbox');
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain('この操作を行う権限がありません。');
  await signOut(page);

  await signIn(page, 'admin@tsunagu.example');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: '管理' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/accounts');
  await page.getByLabel('メールアドレス・名前').fill('talent@tsunagu.example');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await page.waitForURL(/q=talent/);
  await expect(page.getByRole('rowheader', { name: '山田 花子' })).toBeVisible();
  await expectAccessible(page);
});

test('switching the language to English persists across pages', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Talent looking for work/ })).toBeVisible();
  await expect(page.getByLabel('Prefecture')).toContainText('Niigata');
  await expectAccessible(page);

  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: '日本語に切り替える' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'パスワードの再設定' })).toBeVisible();
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
});

test('an API token is shown once after creation and can be revoked', async ({ page }) => {
  await signIn(page, 'student@tsunagu.example');
  await page.goto('/account');
  await expect(page.getByRole('link', { name: 'プロフィールを編集する' })).toBeVisible();
  await page.getByRole('link', { name: 'API トークンの管理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API トークン' })).toBeVisible();
  await page.getByLabel('トークン名').fill('集計スクリプト');
  await page.getByRole('button', { name: 'トークンを作成' }).click();
  await expect(page.getByLabel('トークン', { exact: true })).toHaveValue(/^tsg_/);
  await expectAccessible(page);

  await page.goto('/account/tokens');
  await expect(page.getByLabel('トークン', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: '集計スクリプト', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '「集計スクリプト」を無効にする' }).click();
  await expect(page.getByText('トークンを無効にしました。')).toBeVisible();
  await expect(page.getByRole('cell', { name: '集計スクリプト', exact: true })).toHaveCount(0);

  await page.goto('/account/organisations/new');
  await expect(page.getByRole('heading', { level: 1, name: '団体を登録する' })).toBeVisible();
  await expectAccessible(page);
});

test('an organisation owner edits its details; bad input is explained and nothing is lost', async ({
  page,
}) => {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const organisationName = `長岡テスト商会 ${tag}`;
  await page.goto('/sign-up');
  await page.getByLabel('表示名').fill('長岡 一郎');
  await page.getByLabel('メールアドレス').fill(`owner-${tag}@example.test`);
  await page.getByLabel('パスワード').fill(PASSWORD);
  await page.getByRole('radio', { name: /団体として登録する/ }).check();
  await page.getByLabel('団体名', { exact: true }).fill(organisationName);
  await page.getByLabel('団体の種類').selectOption('company');
  await page.getByLabel('所在地(都道府県)').selectOption({ label: '新潟県' });
  await page.getByRole('button', { name: '登録する' }).click();
  await page.getByRole('link', { name: organisationName }).click();

  const details = page.getByRole('region', { name: '団体の情報' });
  await expect(details.getByLabel('団体名 (必須)')).toHaveValue(organisationName);
  await expectAccessible(page);
  await details.getByLabel('市区町村').fill('松本市');
  await details.getByLabel('紹介文').fill('長岡駅前でコワーキングを営んでいます。');
  await details.getByLabel('ウェブサイト').fill('ftp://example.test');
  // Refused, with the reason and everything typed kept (asked directly, so the refused page load is not
  // logged as a console error).
  const refused = await page.request.post(new URL(page.url()).pathname, {
    form: await formFields(page, 'section[aria-labelledby="profile-title"] form'),
  });
  expect(refused.status()).toBe(422);
  const refusedPage = await refused.text();
  expect(refusedPage).toContain('https:// から始まるウェブサイトのアドレスを入力してください。');
  expect(refusedPage).toContain('長岡駅前でコワーキングを営んでいます。');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();

  const renamed = `長岡コワーキング商会 ${tag}`;
  await details.getByLabel('団体名 (必須)').fill(renamed);
  await details.getByLabel('紹介文').fill('長岡駅前でコワーキングを営んでいます。');
  await details.getByLabel('市区町村').fill('長岡市');
  await details.getByLabel('ウェブサイト').fill('https://nagaoka-cowork.example/');
  await details.getByRole('button', { name: '団体の情報を保存' }).click();
  await expect(page.getByText('団体の情報を更新しました。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  const slug = new URL(page.url()).pathname.split('/').at(-1)!;
  await page.goto(`/organisations/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByText('長岡駅前でコワーキングを営んでいます。')).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://nagaoka-cowork.example/' })).toBeVisible();
  await signOut(page);
});

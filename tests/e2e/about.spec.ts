import { expect, expectAccessible, test } from './support/fixtures';

// A reader who has not registered finds out what Tsunagu is, in Japanese and in English.
test('a reader opens "About Tsunagu" from the footer and reads it in both languages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tsunagu について' }).click();

  await expect(page).toHaveURL(/\/about$/);
  await expect(page).toHaveTitle('Tsunagu について | つなぐ Tsunagu');
  await expect(page.getByRole('heading', { level: 1, name: 'Tsunagu について' })).toBeVisible();
  for (const section of ['誰のためのサービスか', '扱う仕事の種類', 'Tsunagu でできること']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  const systems = page.getByRole('region', { name: '一つのプラットフォームで動く五つの取り組み' });
  await expect(systems.getByRole('heading', { level: 3 })).toHaveCount(5);
  await expect(systems.getByRole('heading', { name: /NAGAOKA WORKER/ })).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: '選考する' }).getByRole('listitem')).toHaveCount(7);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About Tsunagu' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Five programmes, one platform' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Strategy-manager recruitment (Okayama City)' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Register for free' }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('the about page is complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'Tsunagu について' })).toBeVisible();
  await expect(
    page.getByText('Tsunagu(つなぐ)は、地域の仕事と、それを担う人をつなぐプラットフォームです。', {
      exact: false,
    }),
  ).toBeVisible();
  await context.close();
});

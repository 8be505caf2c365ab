import { expect, expectAccessible, signIn, test } from './support/fixtures';

test('readers browse regions, a programme and an opportunity with its JobPosting data', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'メインナビゲーション' })
    .getByRole('link', { name: '地域から探す' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '地域から探す' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '新潟県' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新潟県' })).toBeVisible();
  await expect(page.getByText('長岡ワークモデル(NAGAOKA WORKER)')).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('region', { name: '案件や受け入れ団体のある市区町村' })
    .getByRole('link', { name: '長岡市' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '長岡市' })).toBeVisible();
  await expect(page.getByText('約1時間', { exact: true })).toBeVisible();
  await expect(page.getByText('USEN SQUARE NAGAOKA')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'NAGAOKA WORKER キャリアトレーニング(有償オンラインインターン)' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '長岡ワークモデル「NAGAOKA WORKER」' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: '長岡ワークモデル「NAGAOKA WORKER」' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: '賛同企業(3社)' })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('link', { name: 'Webアプリケーションエンジニア(完全リモート・本社待遇/長岡在住)' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Webアプリケーションエンジニア(完全リモート・本社待遇/長岡在住)',
  );
  await expect(page.getByRole('link', { name: '応募する' })).toHaveAttribute(
    'href',
    '/opportunities/nw-mirai-engineer/apply',
  );
  await expect(page.getByRole('link', { name: 'LINEで送る' })).toHaveAttribute(
    'href',
    /social-plugins\.line\.me/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    /Webアプリケーションエンジニア/,
  );
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/\/opportunities\/nw-mirai-engineer$/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({
    '@type': 'JobPosting',
    employmentType: 'FULL_TIME',
    jobLocationType: 'TELECOMMUTE',
    hiringOrganization: { name: '株式会社ミライクラウド(デモ)' },
    baseSalary: { currency: 'JPY', value: { unitText: 'MONTH' } },
  });
  await expectAccessible(page);
});

test('a host member creates, previews, publishes and closes an opportunity', async ({ page }) => {
  const title = `長岡の本社経理 オンライン補助 ${Date.now()}`;
  await signIn(page, 'usen@tsunagu.example');
  await page.getByRole('link', { name: '案件を管理' }).click();
  await page.getByRole('link', { name: '新しい案件を作成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新しい案件' })).toBeVisible();
  await expectAccessible(page);

  // Only the title is needed for a draft; publishing asks for the rest (asked directly, so the
  // refused page load is not a console error), keeping what was typed.
  await page.getByLabel('案件名').fill(title);
  const form = page.locator('form.opportunity-form');
  const fields = await form.evaluate((element: HTMLFormElement) =>
    Object.fromEntries(new FormData(element).entries()),
  );
  const refused = await page.request.post('/manage/opportunities/new', {
    form: { ...(fields as Record<string, string>), intent: 'publish' },
  });
  expect(refused.status()).toBe(422);
  const refusedPage = await refused.text();
  expect(refusedPage).toContain('公開するには、次の項目を入力してください。');
  expect(refusedPage).toContain('仕事内容を50文字以上で入力してください。');
  expect(refusedPage).toContain(title);
  await page.getByRole('button', { name: '下書き保存' }).click();
  await expect(page.getByRole('status')).toHaveText('下書きを保存しました。');

  await page.getByLabel('概要').fill('長岡から完全リモートで、本社経理の月次業務を補助していただきます。');
  await page
    .getByLabel('仕事内容')
    .fill(
      '請求書の確認と会計システムへの入力、月次決算の資料づくりを担当します。\n\n最初の1か月はオンラインで経理チームが伴走します。',
    );
  await page.getByLabel('案件の種類').selectOption('remote_hq');
  await expect(page.getByRole('group', { name: '東京都の勤務地' })).toBeVisible();
  await page.getByLabel('都道府県', { exact: true }).selectOption('15');
  await page.getByRole('button', { name: '市区町村を表示' }).click();
  await page.getByRole('group', { name: '新潟県の勤務地' }).getByLabel('長岡市').check();
  await page.getByLabel('報酬の単位').selectOption('month');
  await page.getByLabel('下限額(円)').fill('220000');
  await page.getByRole('group', { name: '分野' }).getByLabel('財務・経理').check();
  await page.getByLabel('応募方法').fill('応募フォームから職務経歴をお送りください。');
  await page.getByRole('button', { name: '下書き保存' }).click();
  await expect(page.getByRole('status')).toHaveText('保存しました。');
  const editUrl = page.url().replace(/\?.*$/, '');

  await page.getByRole('link', { name: 'プレビュー' }).click();
  await expect(page.getByText('この案件は現在「下書き」です。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '公開する' }).click();
  await expect(page.getByRole('status')).toHaveText('案件を公開しました。');

  await page.getByRole('link', { name: '公開ページ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('新潟県長岡市')).toBeVisible();
  await expect(page.getByRole('link', { name: '応募する' })).toBeVisible();
  await expectAccessible(page);

  await page.goto(editUrl);
  await page.getByRole('link', { name: '募集を終了する' }).click();
  await page.getByRole('button', { name: '募集を終了する' }).click();
  await expect(page.getByRole('status')).toContainText('募集を終了しました。');
  await page.getByRole('link', { name: '公開ページ' }).click();
  await expect(page.getByText('この案件の募集は終了しました。')).toBeVisible();
  await expect(page.getByRole('link', { name: '応募する' })).toHaveCount(0);
});

test('a member of another organisation cannot open or submit a host’s edit form', async ({ page }) => {
  const opportunity = (await (await page.request.get('/api/v1/opportunities/nw-usen-admin')).json()) as {
    id: string;
    title: string;
  };
  await signIn(page, 'winery@tsunagu.example');
  const editUrl = `/manage/opportunities/${opportunity.id}`;
  // Asked directly, so the browser does not log the refused page load as a console error.
  const refused = await page.request.get(editUrl);
  expect(refused.status()).toBe(403);
  const refusedPage = await refused.text();
  expect(refusedPage).toContain('この操作を行う権限がありません。');
  expect(refusedPage).not.toContain(opportunity.title);

  const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
  const post = await page.request.post(editUrl, {
    form: { _csrf: csrf, intent: 'save', title: '書き換えられた案件' },
  });
  expect(post.status()).toBe(403);
  for (const intent of ['close', 'archive', 'duplicate']) {
    expect((await page.request.post(editUrl, { form: { _csrf: csrf, intent } })).status()).toBe(403);
  }
  const after = (await (await page.request.get('/api/v1/opportunities/nw-usen-admin')).json()) as {
    title: string;
  };
  expect(after.title).toBe(opportunity.title);
});

test('a programme coordinator features an opportunity and keeps the city’s facts', async ({ page }) => {
  await signIn(page, 'nagaoka@tsunagu.example');
  await page.goto('/manage/programmes/nagaoka-worker');
  await expect(
    page.getByRole('heading', { level: 1, name: '長岡ワークモデル「NAGAOKA WORKER」' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('button', { name: 'UI/UXデザイナー(完全リモート・本社待遇/長岡ワークモデル) を注目にする' })
    .click();
  await expect(page.getByRole('status')).toHaveText('注目の案件に設定しました。');
  await page.goto('/');
  await expect(
    page
      .getByRole('region', { name: '注目の案件' })
      .getByRole('link', { name: 'UI/UXデザイナー(完全リモート・本社待遇/長岡ワークモデル)' }),
  ).toBeVisible();

  await page.goto('/regions/15/152021');
  await page.getByRole('link', { name: 'この地域の情報を編集する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新潟県長岡市の情報を編集' })).toBeVisible();
  await expect(page.getByLabel('東京までの所要時間(分)')).toHaveValue('60');
  await expectAccessible(page);
  await page.getByRole('group', { name: '拠点 3' }).getByLabel('名前').fill('長岡駅前テレワークスペース');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('地域の情報を保存しました。');
  await expect(page.getByText('長岡駅前テレワークスペース')).toBeVisible();
  await expect(page.getByText('USEN SQUARE NAGAOKA')).toBeVisible();
});

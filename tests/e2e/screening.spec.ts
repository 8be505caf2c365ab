import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './support/fixtures';

// Koga's open digital-training cohort: the demo data gives it 24 local applicants, 21 of them at 応募,
// with persolpt@ (the host, パーソルP&T) and koga@ (the programme's coordinator, 古賀市) as staff.
const COHORT = 'koga-digital-training';
const COHORT_TITLE = 'デジタル人材育成研修(RPA・ノーコード)から有償の案件参画へ';

async function newBrowserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  return context.newPage();
}

/** The opportunity's id, as its staff see it through the REST API (the session cookie signs the call). */
async function opportunityId(page: Page, slug: string): Promise<string> {
  const response = await page.request.get(`/api/v1/opportunities/${slug}/pipeline`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { opportunity: { id: string } }).opportunity.id;
}

/** The table's applicant rows (the header row has no link). */
function applicantRows(page: Page): Locator {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('link') });
}

/** Scores every criterion of the scorecard on the detail page and submits it. */
async function scoreAndSubmit(page: Page, scores: [number, number, number], comment: string) {
  const criteria = ['学ぶ意欲', 'パソコンの基本操作', '受講時間の確保'];
  for (const [i, criterion] of criteria.entries()) {
    await page
      .getByRole('group', { name: criterion })
      .getByRole('radio', { name: new RegExp(`^${scores[i]}`) })
      .check();
  }
  await page.getByLabel('コメント').fill(comment);
  await page.getByRole('button', { name: '評価を提出' }).click();
  await expect(page.getByRole('status').filter({ hasText: '評価を提出しました' })).toBeVisible();
}

test('a host screens twenty applicants: bulk rejection, two independent reviewers, a ranked shortlist, one appointment the applicant follows', async ({
  page,
  browser,
}) => {
  await signIn(page, 'persolpt@tsunagu.example');

  // 選考 lists what the host screens; the cohort has applications waiting.
  await page
    .getByRole('navigation', { name: 'メインナビゲーション' })
    .getByRole('link', { name: '選考' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '選考' })).toBeVisible();
  const cohortRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: COHORT_TITLE }) });
  await expect(cohortRow).toContainText('24');
  await expectAccessible(page);
  await cohortRow.getByRole('link', { name: COHORT_TITLE }).click();

  // The pipeline: counts per stage, applicants sorted by fit with the reason in words.
  await expect(page.getByRole('heading', { level: 1, name: '応募者一覧' })).toBeVisible();
  const pipeline = new URL(page.url()).pathname;
  const id = pipeline.split('/')[3]!;
  expect(id).toBe(await opportunityId(page, COHORT));
  const stages = page.getByRole('navigation', { name: '選考ステージ' });
  await expect(stages.getByRole('link', { name: 'すべて 24' })).toHaveAttribute('aria-current', 'page');
  await stages.getByRole('link', { name: '応募 21' }).click();
  await expect(stages.getByRole('link', { name: '応募 21' })).toHaveAttribute('aria-current', 'page');
  await expect(applicantRows(page)).toHaveCount(21);
  await expect(applicantRows(page).first()).toContainText('Excel');
  await expectAccessible(page);

  // Keyboard: j moves to the first applicant, x selects it (and x again clears it). The shortcuts
  // come with a few lines of script, like the "select all" box (the table works without either).
  await expect(page.getByRole('checkbox', { name: 'このページの応募者をすべて選択' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('j');
  const firstLink = applicantRows(page).first().getByRole('link');
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('x');
  await expect(applicantRows(page).first().getByRole('checkbox')).toBeChecked();
  await page.keyboard.press('x');
  await expect(applicantRows(page).first().getByRole('checkbox')).not.toBeChecked();

  // The best fit is the applicant we follow; the host reads their e-mail on the detail page.
  const followedName = (await firstLink.textContent())!.trim();
  await firstLink.click();
  await expect(page.getByRole('heading', { level: 1, name: followedName })).toBeVisible();
  const followedEmail = (await page
    .getByRole('link', { name: /@tsunagu\.example$/ })
    .first()
    .textContent())!.trim();
  const followedUrl = page.url();
  const applicationId = /applications\/([0-9a-f-]{36})/.exec(followedUrl)![1]!;
  await expectAccessible(page);
  await page.getByRole('link', { name: '一覧に戻る' }).click();
  await expect(applicantRows(page)).toHaveCount(21);

  // Fifteen of the twenty-one are turned down at once, with a template the host edits.
  const rows = applicantRows(page);
  const rejectedNames: string[] = [];
  for (let index = 6; index < 21; index++) {
    const row = rows.nth(index);
    rejectedNames.push((await row.getByRole('link').textContent())!.trim());
    await row.getByRole('checkbox').check();
  }
  await page.getByRole('button', { name: '不採用にする…' }).click();
  await expect(page.getByRole('heading', { name: '15名を不採用にする' })).toBeVisible();
  await expect(page).toHaveURL(/#reject-title$/);
  await page.getByRole('radio', { name: '応募多数のため' }).check();
  await page.getByRole('button', { name: 'このテンプレートを使う' }).click();
  const message = page.getByLabel('応募者へのメッセージ');
  await expect(message).toHaveValue(/想定を大きく上回る多くの方にご応募いただき/);
  await expect(message).toHaveValue(new RegExp(COHORT_TITLE.replace(/[()]/g, '.')));
  await message.fill(`${await message.inputValue()}\n\n次回の募集は来年春を予定しています。`);
  await page.getByRole('button', { name: '15名を不採用にして通知する' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '15件の応募を不採用にし、メッセージを送りました。' }),
  ).toBeVisible();
  await expect(stages.getByRole('link', { name: '応募 6' })).toBeVisible();
  await expect(stages.getByRole('link', { name: '不採用 15' })).toBeVisible();
  await expect(applicantRows(page)).toHaveCount(6);

  // The host scores the three best, moving on with "次の応募者".
  await applicantRows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: followedName })).toBeVisible();
  await expect(page.getByText('6名中 1番目')).toBeVisible();
  await scoreAndSubmit(page, [5, 5, 4], '修了後の案件参画まで具体的に考えています。');
  await expect(page.getByText('他の評価者の提出はまだありません。')).toBeVisible();
  await page.getByRole('link', { name: '次の応募者' }).click();
  await expect(page.getByText('6名中 2番目')).toBeVisible();
  const secondUrl = page.url();
  await scoreAndSubmit(page, [3, 3, 4], '');
  await page.getByRole('link', { name: '次の応募者' }).click();
  await expect(page.getByText('6名中 3番目')).toBeVisible();
  const thirdUrl = page.url();
  await scoreAndSubmit(page, [4, 2, 3], '');

  // The coordinator reviews independently: the host's scores stay hidden until theirs are in.
  const coordinator = await newBrowserPage(browser);
  await signIn(coordinator, 'koga@tsunagu.example');
  await coordinator.goto(followedUrl);
  await expect(
    coordinator.getByText('1名が評価を提出済みです。あなたの評価を提出すると表示されます。'),
  ).toBeVisible();
  await expect(coordinator.getByText('修了後の案件参画まで具体的に考えています。')).toHaveCount(0);
  await scoreAndSubmit(coordinator, [5, 4, 5], '説明会での質問も的確でした。');
  await expect(coordinator.getByText('修了後の案件参画まで具体的に考えています。')).toBeVisible();
  await expect(coordinator.getByText('評価平均 4.67(2名)')).toBeVisible();
  for (const [url, scores] of [
    [secondUrl, [3, 2, 3]],
    [thirdUrl, [4, 3, 3]],
  ] as const) {
    await coordinator.goto(url);
    await scoreAndSubmit(coordinator, scores as unknown as [number, number, number], '');
  }

  // The shortlist ranks the three by their mean score.
  await coordinator.goto(`${pipeline}?scored=1&sort=score`);
  const shortlist = applicantRows(coordinator);
  await expect(shortlist).toHaveCount(3);
  await expect(shortlist.first().getByRole('link')).toHaveText(followedName);
  await expect(shortlist.first()).toContainText('4.67');
  await expect(shortlist.nth(1)).toContainText('3.17');
  await expect(shortlist.nth(2)).toContainText('3.00');
  await expectAccessible(coordinator);
  await coordinator.context().close();

  // The followed applicant is invited to an interview, then appointed (契約).
  const applicant = await newBrowserPage(browser);
  await signIn(applicant, followedEmail);
  await applicant.goto(`/account/applications/${applicationId}`);
  await expect(applicant.getByRole('heading', { level: 1, name: COHORT_TITLE })).toBeVisible();
  await expect(applicant.locator('[aria-current="step"]')).toContainText('応募');

  await page.goto(followedUrl);
  await page.getByLabel('新しいステージ').selectOption({ label: '面談' });
  await page.getByLabel('応募者へのメッセージ(任意)').fill('面談の候補日時を追ってお送りします。');
  await page.getByRole('button', { name: 'ステージを変更して通知' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'ステージを変更し、応募者に通知しました。' }),
  ).toBeVisible();
  await applicant.reload();
  await expect(applicant.getByText('選考状況が「応募」から「面談」になりました')).toBeVisible();
  await expect(applicant.locator('[aria-current="step"]')).toContainText('面談');
  await expect(applicant.getByText('面談の候補日時を追ってお送りします。')).toBeVisible();

  await page.getByLabel('新しいステージ').selectOption({ label: '契約' });
  await page
    .getByLabel('応募者へのメッセージ(任意)')
    .fill('研修へのご参加が決まりました。契約書類をお送りします。');
  await page.getByRole('button', { name: 'ステージを変更して通知' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'ステージを変更し、応募者に通知しました。' }),
  ).toBeVisible();
  await expect(page.getByText('ステージ変更: 面談 → 契約')).toBeVisible();
  await applicant.reload();
  await expect(applicant.getByText('選考状況が「面談」から「契約」になりました')).toBeVisible();
  await expect(applicant.locator('[aria-current="step"]')).toContainText('契約');
  await expect(applicant.getByText('研修へのご参加が決まりました。契約書類をお送りします。')).toBeVisible();
  await expectAccessible(applicant);
  await applicant.context().close();

  // The board shows where everyone stands; the CSV opens in Excel with the same people.
  await page.goto(`${pipeline}?view=board`);
  await expect(page.getByRole('heading', { level: 1, name: '応募者ボード' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '契約 1' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '不採用 15' })).toBeVisible();
  await expectAccessible(page);
  const csv = await page.request.get(`/manage/opportunities/${id}/export.csv`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain(followedName);
  expect(text).toContain(rejectedNames[0]!);
  expect(text.split('\r\n')).toHaveLength(26);
});

test('a rejected applicant reads the host’s message; the set-up pages are accessible; outsiders get 404', async ({
  page,
  browser,
}) => {
  await signIn(page, 'persolpt@tsunagu.example');
  const id = await opportunityId(page, COHORT);

  // Screening questions and stage names.
  await page.goto(`/manage/opportunities/${id}/questions`);
  await expect(page.getByRole('heading', { level: 1, name: '質問と選考ステージ' })).toBeVisible();
  await expect(page.getByLabel('質問文').first()).toHaveValue('平日の日中(10時〜17時)に受講できますか');
  await page.getByLabel('「面談」の名前(日本語)').fill('オンライン面談');
  await page.getByRole('button', { name: 'ステージ名を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ステージ名を保存しました。' })).toBeVisible();
  await expect(page.getByLabel('「面談」の名前(日本語)')).toHaveValue('オンライン面談');
  await expectAccessible(page);

  // Scorecard criteria with anchors.
  await page.goto(`/manage/opportunities/${id}/scorecard`);
  await expect(page.getByRole('heading', { level: 1, name: '評価基準(スコアカード)' })).toBeVisible();
  await expect(page.getByLabel('評価項目').first()).toHaveValue('学ぶ意欲');
  await expectAccessible(page);

  // Reject one applicant from the detail page with a message; they read it on their page.
  await page.goto(`/manage/opportunities/${id}/pipeline?sort=submitted`);
  const row = applicantRows(page).first();
  await row.getByRole('link').click();
  const email = (await page
    .getByRole('link', { name: /@tsunagu\.example$/ })
    .first()
    .textContent())!.trim();
  const applicationId = /applications\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByLabel('新しいステージ').selectOption({ label: '不採用' });
  await page
    .getByLabel('応募者へのメッセージ(任意)')
    .fill('今回はご縁がありませんでしたが、次期の研修にもぜひご応募ください。');
  await page.getByRole('button', { name: 'ステージを変更して通知' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'ステージを変更し、応募者に通知しました。' }),
  ).toBeVisible();

  const applicant = await newBrowserPage(browser);
  await signIn(applicant, email);
  await applicant.goto(`/account/applications/${applicationId}`);
  await expect(applicant.getByText('選考状況が「応募」から「不採用」になりました')).toBeVisible();
  await expect(
    applicant.getByText('今回はご縁がありませんでしたが、次期の研修にもぜひご応募ください。'),
  ).toBeVisible();
  // The applicant cannot open the staff pages of their own application.
  const staffPage = await applicant.request.get(`/manage/applications/${applicationId}`);
  expect(staffPage.status()).toBe(404);
  await applicant.context().close();

  // A host of another organisation and another programme's coordinator see nothing.
  for (const email of ['usen@tsunagu.example', 'okayama@tsunagu.example']) {
    const outsider = await newBrowserPage(browser);
    await signIn(outsider, email);
    for (const path of [
      `/manage/opportunities/${id}/pipeline`,
      `/manage/opportunities/${id}/questions`,
      `/manage/opportunities/${id}/scorecard`,
      `/manage/opportunities/${id}/export.csv`,
      `/manage/applications/${applicationId}`,
    ]) {
      expect((await outsider.request.get(path)).status(), `${path} as ${email}`).toBe(404);
    }
    expect((await outsider.request.get(`/api/v1/opportunities/${id}/pipeline`)).status()).toBe(404);
    await outsider.context().close();
  }
  const anonymous = await newBrowserPage(browser);
  await anonymous.goto(`/manage/opportunities/${id}/pipeline`);
  await expect(anonymous).toHaveURL(/\/sign-in\?redirectTo=/);
  expect((await anonymous.request.get(`/api/v1/opportunities/${id}/pipeline`)).status()).toBe(401);
  await anonymous.context().close();
});

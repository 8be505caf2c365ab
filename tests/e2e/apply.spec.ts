import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './support/fixtures';

const OPPORTUNITY_SLUG = 'nw-usen-admin';
const OPPORTUNITY_TITLE = '本社管理部門スタッフ(完全リモート・本社待遇/長岡ワークモデル)';

/** A second, independent browser (its own cookies) for the host. */
async function newBrowserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  return context.newPage();
}

/** A datetime-local value (Japan time) some days ahead, on the hour. */
function tokyoLocal(daysAhead: number, hour: number): string {
  const tokyo = new Date(Date.now() + daysAhead * 86_400_000 + 9 * 3_600_000);
  return `${tokyo.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

test('a student applies (double submit included), the host proposes an interview, the student picks a time and gets the invite', async ({
  page,
  browser,
}) => {
  // The student finds the open Nagaoka opportunity and opens its application form.
  await signIn(page, 'student@tsunagu.example');
  await page.goto(`/opportunities/${OPPORTUNITY_SLUG}`);
  await page.getByRole('link', { name: '応募する' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `「${OPPORTUNITY_TITLE}」に応募する` }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: '受け入れ先に共有される情報' })).toBeVisible();
  await expectAccessible(page);

  const motivation =
    '長岡で暮らしながら、首都圏の本社と同じ待遇で働ける長岡ワークモデルに魅力を感じました。大学で学んだ会計の知識を経理の仕事で活かしたいです。';
  await page.getByLabel('志望動機').fill(motivation);

  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '応募する' }) });
  const fields = await form.evaluate((element: HTMLFormElement) =>
    Object.fromEntries(new FormData(element).entries()),
  );
  expect(fields.idempotencyKey).toBeTruthy();

  // Too short a motivation comes back (asked directly, so the refused page load is not a console
  // error) with the message and the text kept.
  const tooShort = await page.request.post(`/opportunities/${OPPORTUNITY_SLUG}/apply`, {
    form: { ...(fields as Record<string, string>), motivation: '長岡で働きたいです。' },
  });
  expect(tooShort.status()).toBe(422);
  const refusedPage = await tooShort.text();
  expect(refusedPage).toContain('志望動機は20文字以上で入力してください。');
  expect(refusedPage).toContain('長岡で働きたいです。');

  // The same form sent twice at once (a double click, a retry), then double-clicked for real.
  const responses = await Promise.all(
    [1, 2].map(() =>
      page.request.post(`/opportunities/${OPPORTUNITY_SLUG}/apply`, {
        form: fields as Record<string, string>,
      }),
    ),
  );
  for (const response of responses) {
    expect(response.ok()).toBe(true);
    expect(response.url()).toMatch(/\/account\/applications\/[0-9a-f-]{36}\?notice=submitted$/);
  }
  expect(responses[0]!.url()).toBe(responses[1]!.url());
  await page.getByRole('button', { name: '応募する' }).dblclick();
  await expect(page).toHaveURL(/\/account\/applications\/[0-9a-f-]{36}\?notice=submitted$/);
  expect(page.url()).toBe(responses[0]!.url());
  const applicationId = /applications\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.getByRole('status').filter({ hasText: '応募を受け付けました' })).toBeVisible();
  await expectAccessible(page);

  // Exactly one application, at 応募, waiting for the host.
  await page.goto('/account/applications');
  await expect(page.getByRole('heading', { level: 1, name: '応募一覧' })).toBeVisible();
  const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: OPPORTUNITY_TITLE }) });
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByText('応募', { exact: true })).toBeVisible();
  await expect(rows.first()).toContainText('受け入れ先の確認をお待ちください');
  await expectAccessible(page);

  // A second genuine attempt is told it already applied.
  await page.goto(`/opportunities/${OPPORTUNITY_SLUG}/apply`);
  await expect(page.getByText('この案件には既に応募しています。')).toBeVisible();
  await expect(page.getByRole('link', { name: '応募内容と選考状況を見る' })).toHaveAttribute(
    'href',
    `/account/applications/${applicationId}`,
  );

  // The host proposes two interview times and writes to the applicant.
  const host = await newBrowserPage(browser);
  await signIn(host, 'usen@tsunagu.example');
  await host.goto(`/applications/${applicationId}/interviews`);
  await expect(host.getByRole('heading', { level: 1 })).toContainText(OPPORTUNITY_TITLE);
  await expectAccessible(host);

  // A time in the past comes back on the page with the message and what was typed.
  const proposeForm = host
    .locator('form')
    .filter({ has: host.getByRole('button', { name: '候補日時を送る' }) });
  const proposeFields = await proposeForm.evaluate((element: HTMLFormElement) =>
    Object.fromEntries(new FormData(element).entries()),
  );
  const pastSlot = await host.request.post(`/applications/${applicationId}/interviews`, {
    form: {
      ...(proposeFields as Record<string, string>),
      slot1: tokyoLocal(-2, 10),
      meetingUrl: 'https://meet.example.com/typed-before',
    },
  });
  expect(pastSlot.status()).toBe(422);
  const pastSlotPage = await pastSlot.text();
  expect(pastSlotPage).toContain('今より後の日時を入力してください。');
  expect(pastSlotPage).toContain('https://meet.example.com/typed-before');

  await host.getByLabel('候補 1').fill(tokyoLocal(4, 10));
  await host.getByLabel('候補 2').fill(tokyoLocal(5, 15));
  await host.getByLabel('所要時間(分)').fill('45');
  await host.getByLabel('Web会議のURL').fill('https://meet.example.com/nagaoka-interview');
  await host.getByRole('button', { name: '候補日時を送る' }).click();
  await expect(host.getByRole('status').filter({ hasText: '面談の候補日時を送りました。' })).toBeVisible();
  await expect(host.getByText('応募者が候補日時から選ぶのを待っています。')).toBeVisible();
  await host.goto(`/applications/${applicationId}/messages`);
  await host
    .getByLabel('メッセージを書く')
    .fill('ご応募ありがとうございます。\n面談の候補日時からご都合のよい時間をお選びください。');
  await host.getByRole('button', { name: '送信する' }).click();
  await expect(host.getByRole('status').filter({ hasText: 'メッセージを送信しました。' })).toBeVisible();

  // The student sees the stage change, the message and the proposed times, and picks one.
  await page.goto('/account/applications');
  await expect(rows.first()).toContainText('面談日程を選択してください');
  await rows.first().getByRole('link', { name: OPPORTUNITY_TITLE }).click();
  await expect(page.getByText('選考状況が「応募」から「面談」になりました')).toBeVisible();
  await expect(page.getByText('面談の候補日時からご都合のよい時間をお選びください。')).toBeVisible();
  await expectAccessible(page);
  const choices = page.getByRole('group', { name: '参加できる日時を1つ選んでください' });
  await expect(choices.getByRole('radio')).toHaveCount(2);
  await choices.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'この日時で確定する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '面談日時が確定しました' })).toBeVisible();
  await expect(page.getByText(/面談日時が確定しました: /)).toBeVisible();

  // The invite downloads as an iCalendar REQUEST for this opportunity.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'カレンダーに追加する(.ics)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const ics = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n[ \t]/g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics).toContain('METHOD:REQUEST');
  expect(ics).toContain(OPPORTUNITY_TITLE);
  expect(ics).toContain('LOCATION:https://meet.example.com/nagaoka-interview');

  // The host sees the scheduled interview; nobody else can fetch the invite.
  await host.goto(`/applications/${applicationId}/interviews`);
  await expect(host.getByText('日時確定')).toBeVisible();
  await page.goto('/account/applications');
  await expect(rows.first()).toContainText('面談:');
  await host.context().close();
});

test('anonymous visitors are sent to sign in, and host accounts cannot apply', async ({ page }) => {
  await page.goto(`/opportunities/${OPPORTUNITY_SLUG}/apply`);
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fopportunities%2Fnw-usen-admin%2Fapply/);
  await signIn(page, 'winery@tsunagu.example');
  await page.goto(`/opportunities/${OPPORTUNITY_SLUG}/apply`);
  await expect(page.getByText('応募できるのは人材(個人)として登録したアカウントです。')).toBeVisible();
  await expect(page.getByRole('button', { name: '応募する' })).toHaveCount(0);
  await expectAccessible(page);
});

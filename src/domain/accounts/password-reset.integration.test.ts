import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { accounts, emailOutbox, emailTokens, sessions } from '#src/db/schema';
import type { Mailer } from '#src/domain/notifications/mailer';
import { buildAccount, DEFAULT_TEST_PASSWORD } from '../../../tests/factories/accounts';
import { tokenFromEmail } from '../../../tests/factories/organisations';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { isEmailTokenUsable } from './email-tokens';
import { requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';
import { createSession, resolveSessionActor } from './sessions';
import { signIn } from './sign-in';

let handle: DatabaseHandle;
let db: Db;
let mailer: Mailer;
const baseUrl = 'https://tsunagu.test';
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  mailer = createTestRuntime(handle).mailer;
});
afterAll(() => handle.close());

async function outboxFor(email: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(emailOutbox.createdAt);
}

async function requestLink(email: string, typed = email) {
  await requestPasswordReset({ db, mailer, baseUrl, input: { email: typed } });
  const messages = await outboxFor(email);
  return tokenFromEmail(messages.at(-1)!.textBody, 'reset-password');
}

describe('password reset', () => {
  it('e-mails a one-hour link; resetting signs the account out everywhere and the new password works', async () => {
    const account = await buildAccount({ db });
    const phone = await createSession({ db, accountId: account.id });
    const laptop = await createSession({ db, accountId: account.id });
    const token = await requestLink(account.email, ` ${account.email.toUpperCase()} `);
    const [message] = await outboxFor(account.email);
    expect(message!.subject).toBe('【Tsunagu】パスワードの再設定');
    const [stored] = await db.select().from(emailTokens).where(eq(emailTokens.accountId, account.id));
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeLessThanOrEqual(3_600_000 + 1000);
    expect(await isEmailTokenUsable({ db, token, purpose: 'reset_password' })).toBe(true);

    const result = await resetPassword({ db, token, input: { password: 'a-brand-new-passphrase' } });
    expect(result.accountId).toBe(account.id);
    expect(await db.select().from(sessions).where(eq(sessions.accountId, account.id))).toHaveLength(0);
    expect(await resolveSessionActor({ db, token: phone.token })).toBeNull();
    expect(await resolveSessionActor({ db, token: laptop.token })).toBeNull();

    const ip = '192.0.2.10';
    await expect(
      signIn({ db, input: { email: account.email, password: DEFAULT_TEST_PASSWORD }, ip }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      (await signIn({ db, input: { email: account.email, password: 'a-brand-new-passphrase' }, ip }))
        .accountId,
    ).toBe(account.id);
  });

  it('uses a link once only, and voids the older links when one is used', async () => {
    const account = await buildAccount({ db });
    const first = await requestLink(account.email);
    const second = await requestLink(account.email);
    await resetPassword({ db, token: second, input: { password: 'another-passphrase-1' } });
    await expect(
      resetPassword({ db, token: second, input: { password: 'another-passphrase-2' } }),
    ).rejects.toMatchObject({
      code: 'GONE',
    });
    await expect(
      resetPassword({ db, token: first, input: { password: 'another-passphrase-3' } }),
    ).rejects.toMatchObject({
      code: 'GONE',
    });
  });

  it('refuses an expired link and keeps the old password', async () => {
    const account = await buildAccount({ db });
    const token = await requestLink(account.email);
    await db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.accountId, account.id));
    expect(await isEmailTokenUsable({ db, token, purpose: 'reset_password' })).toBe(false);
    await expect(
      resetPassword({ db, token, input: { password: 'a-brand-new-passphrase' } }),
    ).rejects.toMatchObject({
      code: 'GONE',
    });
    const [row] = await db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row!.passwordHash).toBe(account.passwordHash);
  });

  it('checks the new password rules before using the link', async () => {
    const account = await buildAccount({ db });
    const token = await requestLink(account.email);
    await expect(resetPassword({ db, token, input: { password: 'short' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { password: 'accounts.validation.passwordTooShort' },
    });
    expect(await isEmailTokenUsable({ db, token, purpose: 'reset_password' })).toBe(true);
  });

  it('sends nothing for unknown or suspended addresses, and at most five links an hour', async () => {
    await requestPasswordReset({ db, mailer, baseUrl, input: { email: 'nobody-at-all@example.test' } });
    expect(await outboxFor('nobody-at-all@example.test')).toHaveLength(0);

    const suspended = await buildAccount({ db });
    await db.update(accounts).set({ status: 'suspended' }).where(eq(accounts.id, suspended.id));
    await requestPasswordReset({ db, mailer, baseUrl, input: { email: suspended.email } });
    expect(await outboxFor(suspended.email)).toHaveLength(0);

    const busy = await buildAccount({ db });
    for (let i = 0; i < 7; i++)
      await requestPasswordReset({ db, mailer, baseUrl, input: { email: busy.email } });
    expect(await outboxFor(busy.email)).toHaveLength(5);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { accounts, emailOutbox, emailTokens, memberships, organisations } from '#src/db/schema';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sha256 } from '#src/lib/crypto';
import { buildAccount } from '../../../tests/factories/accounts';
import { actorFor, tokenFromEmail } from '../../../tests/factories/organisations';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { confirmEmail } from './confirm-email';
import { verifyPassword } from './password';
import { resendConfirmationEmail } from './resend-confirmation-email';
import { signUp } from './sign-up';

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

const unique = () => Math.random().toString(36).slice(2, 10);

async function outboxFor(email: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(emailOutbox.createdAt);
}

describe('signUp', () => {
  it('registers talent, hashes the password with argon2id and e-mails a 48-hour confirmation link', async () => {
    const email = `talent-${unique()}@example.test`;
    const result = await signUp({
      db,
      mailer,
      baseUrl,
      locale: 'ja',
      input: {
        displayName: '山田 太郎',
        email: `  ${email.toUpperCase()} `,
        password: 'a-long-passphrase',
        accountType: 'talent',
      },
    });
    expect(result).toMatchObject({ emailVerified: false, organisationSlug: null });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, result.accountId));
    expect(account).toMatchObject({ email, role: 'talent', locale: 'ja', emailVerifiedAt: null });
    expect(account!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account!.passwordHash, 'a-long-passphrase')).toBe(true);

    const [message] = await outboxFor(email);
    expect(message!.subject).toBe('【Tsunagu】メールアドレスの確認');
    expect(message!.textBody).toContain('山田 太郎 様');
    const token = tokenFromEmail(message!.textBody, 'confirm-email');
    expect(message!.textBody).toContain(`${baseUrl}/confirm-email?token=`);
    const [stored] = await db.select().from(emailTokens).where(eq(emailTokens.accountId, result.accountId));
    expect(stored!.tokenHash).toBe(sha256(token));
    expect(stored!.purpose).toBe('confirm_email');
    const hours = (stored!.expiresAt.getTime() - stored!.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThan(48.1);
  });

  it('creates the organisation with the new account as owner, as host or coordinator by its kind', async () => {
    const hostEmail = `host-${unique()}@example.test`;
    const host = await signUp({
      db,
      mailer,
      baseUrl,
      locale: 'en',
      input: {
        displayName: 'Winery owner',
        email: hostEmail,
        password: 'a-long-passphrase',
        accountType: 'organisation',
        organisationName: '塩尻テストワイナリー',
        organisationNameEn: 'Shiojiri Test Winery',
        organisationKind: 'company',
        prefectureCode: '20',
        municipality: '塩尻市',
      },
    });
    expect(host.organisationSlug).toMatch(/^shiojiri-test-winery/);
    const [hostAccount] = await db.select().from(accounts).where(eq(accounts.id, host.accountId));
    expect(hostAccount!.role).toBe('host');
    const [organisation] = await db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, host.organisationSlug!));
    expect(organisation).toMatchObject({ kind: 'company', prefectureCode: '20', municipalityCode: '202151' });
    const [membership] = await db.select().from(memberships).where(eq(memberships.accountId, host.accountId));
    expect(membership).toMatchObject({ organisationId: organisation!.id, role: 'owner' });
    // The e-mail goes out in the account's language.
    const [message] = await outboxFor(hostEmail);
    expect(message!.subject).toBe('[Tsunagu] Confirm your e-mail address');

    const city = await signUp({
      db,
      mailer,
      baseUrl,
      locale: 'ja',
      input: {
        displayName: '市役所 担当',
        email: `city-${unique()}@example.test`,
        password: 'a-long-passphrase',
        accountType: 'organisation',
        organisationName: '長岡市 テスト課',
        organisationKind: 'municipality',
        prefectureCode: '15',
        municipality: '152021',
      },
    });
    const [cityAccount] = await db.select().from(accounts).where(eq(accounts.id, city.accountId));
    expect(cityAccount!.role).toBe('coordinator');
    expect(city.organisationSlug).toMatch(/^niigata-org/);
  });

  it('answers a taken e-mail (in any letter case) with a neutral CONFLICT and creates nothing', async () => {
    const existing = await buildAccount({ db, email: `taken-${unique()}@example.test` });
    const before = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from organisations`);
    await expect(
      signUp({
        db,
        mailer,
        baseUrl,
        locale: 'ja',
        input: {
          displayName: '二重登録',
          email: existing.email.toUpperCase(),
          password: 'a-long-passphrase',
          accountType: 'organisation',
          organisationName: '重複テスト株式会社',
          organisationKind: 'company',
          prefectureCode: '13',
        },
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'accounts.signUp.emailUnavailable',
      fieldErrors: { email: 'accounts.signUp.emailUnavailableField' },
    });
    const after = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from organisations`);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await outboxFor(existing.email.toUpperCase())).toHaveLength(0);
  });

  it('reports every invalid field at once, including the organisation fields and the municipality', async () => {
    await expect(
      signUp({
        db,
        mailer,
        baseUrl,
        locale: 'ja',
        input: {
          displayName: '',
          email: 'not-an-email',
          password: 'short',
          accountType: 'organisation',
          prefectureCode: '99',
        },
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: {
        displayName: 'validation.required',
        email: 'validation.email',
        password: 'accounts.validation.passwordTooShort',
        organisationName: 'validation.required',
        organisationKind: 'accounts.validation.organisationKind',
        prefectureCode: 'accounts.validation.prefecture',
      },
    });
    await expect(
      signUp({
        db,
        mailer,
        baseUrl,
        locale: 'ja',
        input: {
          displayName: '県違い',
          email: `pref-${unique()}@example.test`,
          password: 'a-long-passphrase',
          accountType: 'organisation',
          organisationName: '県違い株式会社',
          organisationKind: 'company',
          prefectureCode: '13',
          municipality: '長岡市',
        },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { municipality: 'accounts.validation.municipalityOtherPrefecture' },
    });
  });
});

describe('confirmEmail', () => {
  async function signUpTalent() {
    const email = `confirm-${unique()}@example.test`;
    const result = await signUp({
      db,
      mailer,
      baseUrl,
      locale: 'ja',
      input: { displayName: '確認 太郎', email, password: 'a-long-passphrase', accountType: 'talent' },
    });
    const [message] = await outboxFor(email);
    return { ...result, email, token: tokenFromEmail(message!.textBody, 'confirm-email') };
  }

  it('marks the address verified once; a second click says it is already confirmed', async () => {
    const { accountId, token } = await signUpTalent();
    expect(await confirmEmail({ db, token })).toEqual({ accountId, alreadyConfirmed: false });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
    expect(account!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await confirmEmail({ db, token })).toEqual({ accountId, alreadyConfirmed: true });
  });

  it('refuses expired and unknown tokens with GONE', async () => {
    const { accountId, token } = await signUpTalent();
    await db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.accountId, accountId));
    await expect(confirmEmail({ db, token })).rejects.toMatchObject({ code: 'GONE' });
    await expect(confirmEmail({ db, token: 'no-such-token' })).rejects.toMatchObject({ code: 'GONE' });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
    expect(account!.emailVerifiedAt).toBeNull();
  });

  it('resends a fresh link to an unverified account, at most five an hour, and not once verified', async () => {
    const { accountId, email } = await signUpTalent();
    const actor = await actorFor(db, accountId);
    for (let i = 0; i < 4; i++) await resendConfirmationEmail({ db, mailer, actor, baseUrl });
    const messages = await outboxFor(email);
    expect(messages).toHaveLength(5);
    await expect(resendConfirmationEmail({ db, mailer, actor, baseUrl })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    const latest = tokenFromEmail(messages.at(-1)!.textBody, 'confirm-email');
    await confirmEmail({ db, token: latest });
    await expect(resendConfirmationEmail({ db, mailer, actor, baseUrl })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(resendConfirmationEmail({ db, mailer, actor: null, baseUrl })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { accounts, signInAttempts } from '#src/db/schema';
import { buildAccount, DEFAULT_TEST_PASSWORD } from '../../../tests/factories/accounts';
import { createTestDatabase } from '../../../tests/support/db';
import { MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, signIn, SIGN_IN_WINDOW_MS } from './sign-in';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

let ipCounter = 0;
/** Each test signs in from its own address so the per-IP limit of one test does not touch another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

async function attempt(email: string, password: string, ip: string) {
  try {
    await signIn({ db, input: { email, password }, ip });
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('signIn', () => {
  it('accepts the right password (any letter case of the e-mail) and records the attempt', async () => {
    const account = await buildAccount({ db });
    const ip = freshIp();
    const result = await signIn({
      db,
      input: { email: account.email.toUpperCase(), password: DEFAULT_TEST_PASSWORD },
      ip,
    });
    expect(result).toEqual({ accountId: account.id, locale: 'ja' });
    const attempts = await db.select().from(signInAttempts).where(eq(signInAttempts.email, account.email));
    expect(attempts).toMatchObject([{ ip, succeeded: true }]);
  });

  it('gives the same neutral answer for a wrong password, an unknown e-mail and a suspended account', async () => {
    const account = await buildAccount({ db });
    const suspended = await buildAccount({ db });
    await db
      .update(accounts)
      .set({ status: 'suspended', suspendedAt: new Date() })
      .where(eq(accounts.id, suspended.id));
    const ip = freshIp();
    const failures = [
      () => signIn({ db, input: { email: account.email, password: 'wrong-password-123' }, ip }),
      () => signIn({ db, input: { email: 'nobody-here@example.test', password: DEFAULT_TEST_PASSWORD }, ip }),
      () => signIn({ db, input: { email: suspended.email, password: DEFAULT_TEST_PASSWORD }, ip }),
    ];
    for (const failure of failures) {
      await expect(failure()).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        messageKey: 'accounts.signIn.invalid',
      });
    }
    const recorded = await db.select().from(signInAttempts).where(eq(signInAttempts.ip, ip));
    expect(recorded.map((row) => row.succeeded)).toEqual([false, false, false]);
  });

  it('verifies unknown e-mails against a dummy argon2id hash, so they cost as much time as real ones', async () => {
    const ip = freshIp();
    await attempt('warm-up@example.test', 'wrong-password-123', ip);
    const started = performance.now();
    expect(await attempt('nobody-else@example.test', 'wrong-password-123', ip)).toBe('UNAUTHENTICATED');
    // One argon2id verification (19 MiB, 2 passes) takes tens of milliseconds; skipping it would take ~1 ms.
    expect(performance.now() - started).toBeGreaterThan(10);
  });

  it(`refuses the e-mail after ${MAX_FAILURES_PER_EMAIL} failures in 15 minutes, even with the right password and from another IP`, async () => {
    const account = await buildAccount({ db });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(await attempt(account.email, `wrong-password-${i}`, freshIp())).toBe('UNAUTHENTICATED');
    }
    await expect(
      signIn({ db, input: { email: account.email, password: DEFAULT_TEST_PASSWORD }, ip: freshIp() }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', messageKey: 'accounts.signIn.rateLimited' });
    // Refused before the password is checked: nothing more is recorded.
    const recorded = await db.select().from(signInAttempts).where(eq(signInAttempts.email, account.email));
    expect(recorded).toHaveLength(MAX_FAILURES_PER_EMAIL);
    // Other accounts are unaffected.
    const other = await buildAccount({ db });
    expect(await attempt(other.email, DEFAULT_TEST_PASSWORD, freshIp())).toBe('ok');
  });

  it('counts only failures inside the 15-minute window', async () => {
    const account = await buildAccount({ db });
    const old = new Date(Date.now() - SIGN_IN_WINDOW_MS - 60_000);
    await db.insert(signInAttempts).values(
      Array.from({ length: 10 }, () => ({
        email: account.email,
        ip: '203.0.113.250',
        succeeded: false,
        createdAt: old,
      })),
    );
    expect(await attempt(account.email, DEFAULT_TEST_PASSWORD, freshIp())).toBe('ok');
  });

  it(`refuses an IP after ${MAX_FAILURES_PER_IP} failures across many e-mails`, async () => {
    const ip = freshIp();
    await db.insert(signInAttempts).values(
      Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({
        email: `spray-${i}@example.test`,
        ip,
        succeeded: false,
      })),
    );
    const account = await buildAccount({ db });
    expect(await attempt(account.email, DEFAULT_TEST_PASSWORD, ip)).toBe('RATE_LIMITED');
    expect(await attempt(account.email, DEFAULT_TEST_PASSWORD, freshIp())).toBe('ok');
  });

  it('validates the input before anything else', async () => {
    await expect(signIn({ db, input: { email: 'x', password: '' }, ip: freshIp() })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { email: 'validation.email', password: 'validation.required' },
    });
  });
});

import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { signInAttempts } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import { getDummyPasswordHash, verifyPassword } from './password';
import { EmailSchema, parseInput } from './schema';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts allowed per e-mail address within the window; the next attempt is refused. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failed attempts allowed per client IP within the window; the next attempt is refused. */
export const MAX_FAILURES_PER_IP = 30;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string('validation.required').min(1, 'validation.required').max(1000, 'validation.invalid'),
});

const invalidCredentials = () => new AppError('UNAUTHENTICATED', 'accounts.signIn.invalid');

/**
 * Checks an e-mail and password. The rate limits (per e-mail and per IP, over 15 minutes) are checked
 * before any password is verified; unknown addresses are verified against a dummy hash so they take as
 * long as real ones; suspended accounts get the same neutral answer as a wrong password.
 */
export async function signIn(options: {
  db: Db;
  input: unknown;
  ip: string;
}): Promise<{ accountId: string; locale: string }> {
  const { db } = options;
  const ip = options.ip.slice(0, 100);
  const { email, password } = parseInput(SignInSchema, options.input);
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);

  const [failures] = await queryRows<{ byEmail: number; byIp: number }>(
    db,
    sql`select
          count(*) filter (where email = ${email})::int as "byEmail",
          count(*) filter (where ip = ${ip})::int as "byIp"
        from sign_in_attempts
        where succeeded = false and created_at > ${since.toISOString()} and (email = ${email} or ip = ${ip})`,
  );
  if ((failures?.byEmail ?? 0) >= MAX_FAILURES_PER_EMAIL || (failures?.byIp ?? 0) >= MAX_FAILURES_PER_IP) {
    throw new AppError('RATE_LIMITED', 'accounts.signIn.rateLimited');
  }

  const [account] = await queryRows<{ id: string; passwordHash: string; status: string; locale: string }>(
    db,
    sql`select id, password_hash as "passwordHash", status, locale
        from accounts where lower(email) = ${email} limit 1`,
  );
  const passwordMatches = await verifyPassword(
    account?.passwordHash ?? (await getDummyPasswordHash()),
    password,
  );
  const succeeded = Boolean(account && passwordMatches && account.status === 'active');
  await db.insert(signInAttempts).values({ email, ip, succeeded });
  if (!succeeded || !account) throw invalidCredentials();
  return { accountId: account.id, locale: account.locale };
}

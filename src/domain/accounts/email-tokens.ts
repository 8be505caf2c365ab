import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { emailTokens } from '#src/db/schema';
import { randomToken, sha256 } from '#src/lib/crypto';
import { AppError } from '#src/lib/errors';

export type EmailTokenPurpose = (typeof emailTokens.purpose.enumValues)[number];

export const CONFIRM_EMAIL_TTL_MS = 48 * 60 * 60 * 1000;
export const RESET_PASSWORD_TTL_MS = 60 * 60 * 1000;
/** At most this many e-mails of one purpose per account per hour (resend and reset requests). */
export const EMAIL_TOKENS_PER_HOUR = 5;

/** Issues a one-time token for a link in an e-mail; only its SHA-256 is stored. */
export async function issueEmailToken(options: {
  db: DbOrTx;
  accountId: string;
  purpose: EmailTokenPurpose;
  ttlMs: number;
}): Promise<string> {
  const token = randomToken();
  await options.db.insert(emailTokens).values({
    accountId: options.accountId,
    purpose: options.purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + options.ttlMs),
  });
  return token;
}

/** How many tokens of this purpose the account received in the last hour. */
export async function countRecentEmailTokens(options: {
  db: DbOrTx;
  accountId: string;
  purpose: EmailTokenPurpose;
}): Promise<number> {
  const [row] = await options.db
    .select({ value: count() })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.accountId, options.accountId),
        eq(emailTokens.purpose, options.purpose),
        gt(emailTokens.createdAt, new Date(Date.now() - 60 * 60 * 1000)),
      ),
    );
  return row?.value ?? 0;
}

/**
 * Uses a token once: marks it used and returns its account, atomically, so two clicks cannot both
 * succeed. Unknown, expired or already used tokens are GONE.
 */
export async function consumeEmailToken(options: {
  db: DbOrTx;
  token: string;
  purpose: EmailTokenPurpose;
}): Promise<string> {
  const [row] = await options.db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, sha256(options.token)),
        eq(emailTokens.purpose, options.purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning({ accountId: emailTokens.accountId });
  if (!row) throw new AppError('GONE', `accounts.token.gone.${options.purpose}`);
  return row.accountId;
}

/** The account a token (in any state) was issued to, or null for a token that never existed. */
export async function findEmailTokenAccount(options: {
  db: DbOrTx;
  token: string;
  purpose: EmailTokenPurpose;
}): Promise<string | null> {
  const [row] = await options.db
    .select({ accountId: emailTokens.accountId })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, sha256(options.token)), eq(emailTokens.purpose, options.purpose)))
    .limit(1);
  return row?.accountId ?? null;
}

/** Whether a token could still be used (shown before asking for a new password, so a dead link says so at once). */
export async function isEmailTokenUsable(options: {
  db: DbOrTx;
  token: string;
  purpose: EmailTokenPurpose;
}): Promise<boolean> {
  const [row] = await options.db
    .select({ id: emailTokens.id })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, sha256(options.token)),
        eq(emailTokens.purpose, options.purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return Boolean(row);
}

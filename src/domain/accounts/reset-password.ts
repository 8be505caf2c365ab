import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { accounts, emailTokens, sessions } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import { consumeEmailToken } from './email-tokens';
import { hashPassword } from './password';
import { parseInput, PasswordSchema } from './schema';

export const ResetPasswordSchema = z.object({ password: PasswordSchema });

/**
 * Sets a new password through a reset link: uses the token once, signs the account out everywhere
 * (every session is deleted) and voids its other reset links. Returns the account to sign in.
 */
export async function resetPassword(options: {
  db: Db;
  token: string;
  input: unknown;
}): Promise<{ accountId: string }> {
  const { db, token } = options;
  const { password } = parseInput(ResetPasswordSchema, options.input);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const accountId = await consumeEmailToken({ db: tx, token, purpose: 'reset_password' });
    const [account] = await tx
      .update(accounts)
      .set({
        passwordHash,
        // The link reached the mailbox, which is what confirming the address proves.
        emailVerifiedAt: sql`coalesce(${accounts.emailVerifiedAt}, now())`,
        updatedAt: new Date(),
      })
      .where(and(eq(accounts.id, accountId), eq(accounts.status, 'active')))
      .returning({ id: accounts.id });
    if (!account) throw new AppError('GONE', 'accounts.token.gone.reset_password');
    await tx.delete(sessions).where(eq(sessions.accountId, accountId));
    await tx
      .update(emailTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(emailTokens.accountId, accountId),
          eq(emailTokens.purpose, 'reset_password'),
          isNull(emailTokens.usedAt),
        ),
      );
    return { accountId };
  });
}

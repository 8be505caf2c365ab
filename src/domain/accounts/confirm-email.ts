import { eq, sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import { isAppError } from '#src/lib/errors';
import { consumeEmailToken, findEmailTokenAccount } from './email-tokens';

/**
 * Marks the account's e-mail address as confirmed through the link's one-time token. A used or expired
 * token is GONE, except when that account is confirmed already (a second click, or a mail scanner that
 * followed the link first): then the answer is simply "already confirmed".
 */
export async function confirmEmail(options: {
  db: Db;
  token: string;
}): Promise<{ accountId: string; alreadyConfirmed: boolean }> {
  const { db, token } = options;
  try {
    const accountId = await consumeEmailToken({ db, token, purpose: 'confirm_email' });
    await db
      .update(accounts)
      .set({ emailVerifiedAt: sql`coalesce(${accounts.emailVerifiedAt}, now())`, updatedAt: new Date() })
      .where(eq(accounts.id, accountId));
    return { accountId, alreadyConfirmed: false };
  } catch (error) {
    if (!isAppError(error) || error.code !== 'GONE') throw error;
    const accountId = await findEmailTokenAccount({ db, token, purpose: 'confirm_email' });
    if (accountId) {
      const [account] = await db
        .select({ emailVerifiedAt: accounts.emailVerifiedAt })
        .from(accounts)
        .where(eq(accounts.id, accountId))
        .limit(1);
      if (account?.emailVerifiedAt) return { accountId, alreadyConfirmed: true };
    }
    throw error;
  }
}

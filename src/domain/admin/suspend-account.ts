import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, sessions } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requirePlatformAdmin } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Suspends an account (platform admins): it is signed out everywhere at once, and its sessions and API
 * tokens stop working until it is reinstated. Admins cannot suspend themselves.
 */
export async function suspendAccount(options: { db: Db; actor: Actor | null; accountId: string }) {
  const { db, actor, accountId } = options;
  requirePlatformAdmin(actor);
  if (!UUID.test(accountId)) throw new AppError('NOT_FOUND');
  if (accountId === actor!.accountId) throw new AppError('CONFLICT', 'admin.accounts.cannotSuspendSelf');
  return db.transaction(async (tx) => {
    const [account] = await tx
      .update(accounts)
      .set({ status: 'suspended', suspendedAt: new Date(), updatedAt: new Date() })
      .where(eq(accounts.id, accountId))
      .returning({ id: accounts.id, email: accounts.email, status: accounts.status });
    if (!account) throw new AppError('NOT_FOUND');
    await tx.delete(sessions).where(eq(sessions.accountId, accountId));
    return account;
  });
}

import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requirePlatformAdmin } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lifts a suspension (platform admins); the account can sign in again. */
export async function reinstateAccount(options: { db: Db; actor: Actor | null; accountId: string }) {
  const { db, actor, accountId } = options;
  requirePlatformAdmin(actor);
  if (!UUID.test(accountId)) throw new AppError('NOT_FOUND');
  const [account] = await db
    .update(accounts)
    .set({ status: 'active', suspendedAt: null, updatedAt: new Date() })
    .where(eq(accounts.id, accountId))
    .returning({ id: accounts.id, email: accounts.email, status: accounts.status });
  if (!account) throw new AppError('NOT_FOUND');
  return account;
}

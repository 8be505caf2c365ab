import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from './actor';
import { localeOf } from './emails';
import { requireActor } from './permissions';

/** The signed-in account's own details and organisations, for the account page. */
export async function getAccountOverview(options: { db: Db; actor: Actor | null }) {
  const { db, actor } = options;
  requireActor(actor);
  const [account] = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      role: accounts.role,
      locale: accounts.locale,
      emailVerifiedAt: accounts.emailVerifiedAt,
      createdAt: accounts.createdAt,
    })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId))
    .limit(1);
  if (!account) throw new AppError('NOT_FOUND');
  return {
    ...account,
    locale: localeOf(account.locale),
    organisations: actor.memberships.map((membership) => ({
      slug: membership.organisationSlug,
      name: membership.organisationName,
      kind: membership.organisationKind,
      role: membership.role,
    })),
  };
}

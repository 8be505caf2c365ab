import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts, memberships } from '#src/db/schema';
import type { MembershipRole } from '../accounts/actor';

/**
 * The accounts on the host side that hear about an application: active members of the host
 * organisation (optionally only some roles), plus extra accounts (e.g. the coordinator who proposed
 * an interview), minus the ones to leave out (the author of a message). Deduplicated, stable order.
 */
export async function hostRecipientIds(options: {
  db: DbOrTx;
  organisationId: string;
  roles?: MembershipRole[];
  include?: Array<string | null | undefined>;
  exclude?: Array<string | null | undefined>;
}): Promise<string[]> {
  const rows = await options.db
    .select({ accountId: memberships.accountId })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(
      and(
        eq(memberships.organisationId, options.organisationId),
        eq(accounts.status, 'active'),
        options.roles ? inArray(memberships.role, options.roles) : undefined,
      ),
    )
    .orderBy(memberships.createdAt);
  const excluded = new Set(options.exclude?.filter(Boolean));
  const ids = [...rows.map((row) => row.accountId), ...(options.include ?? [])];
  return [...new Set(ids.filter((id): id is string => Boolean(id) && !excluded.has(id!)))];
}

/** Owners and admins hear about new applications and withdrawals; every member can see them in the pipeline. */
export const APPLICATION_MANAGER_ROLES: MembershipRole[] = ['owner', 'admin'];

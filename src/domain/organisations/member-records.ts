import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import type { MembershipRole } from '#src/domain/accounts/actor';

/**
 * The organisation's memberships, locked for the rest of the transaction so two owners cannot demote or
 * remove each other at the same moment and leave nobody in charge.
 */
export async function lockMemberships(tx: DbOrTx, organisationId: string) {
  return queryRows<{ accountId: string; role: MembershipRole }>(
    tx,
    sql`select account_id as "accountId", role from memberships
        where organisation_id = ${organisationId} order by account_id for update`,
  );
}

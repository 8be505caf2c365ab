import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, memberships } from '#src/db/schema';
import { isAdmin, organisationIdsOf, type Actor } from '#src/domain/accounts/actor';
import { requireOrganisationBySlug } from './access';

/** Members (name, e-mail, role) of one organisation; visible to its own members and platform admins only. */
export async function listOrganisationMembers(options: { db: Db; actor: Actor | null; slug: string }) {
  const { db, actor } = options;
  const organisation = await requireOrganisationBySlug(db, actor, options.slug, 'member');
  return db
    .select({
      accountId: accounts.id,
      displayName: accounts.displayName,
      email: accounts.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(
      and(
        eq(memberships.organisationId, organisation.id),
        // Scoped in the query too: only organisations the actor belongs to.
        isAdmin(actor) ? undefined : inArray(memberships.organisationId, organisationIdsOf(actor)),
      ),
    )
    .orderBy(
      sql`case ${memberships.role} when 'owner' then 0 when 'admin' then 1 else 2 end`,
      asc(accounts.displayName),
    );
}

import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, invitations } from '#src/db/schema';
import { isAdmin, organisationIdsOf, type Actor } from '#src/domain/accounts/actor';
import { requireOrganisationBySlug } from './access';

/** Invitations still waiting for an answer; for the organisation's owners and admins. */
export async function listOrganisationInvitations(options: { db: Db; actor: Actor | null; slug: string }) {
  const { db, actor } = options;
  const organisation = await requireOrganisationBySlug(db, actor, options.slug, 'admin');
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      invitedByName: accounts.displayName,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .leftJoin(accounts, eq(accounts.id, invitations.invitedById))
    .where(
      and(
        eq(invitations.organisationId, organisation.id),
        isAdmin(actor) ? undefined : inArray(invitations.organisationId, organisationIdsOf(actor)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

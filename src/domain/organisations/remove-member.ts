import { and, eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { memberships } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { AppError } from '#src/lib/errors';
import { effectiveRole, requireOrganisationBySlug } from './access';
import { lockMemberships } from './member-records';

/**
 * Owners and admins remove a member. Admins cannot remove owners, and the last owner can never be
 * removed: an organisation always keeps someone who can manage it.
 */
export async function removeMember(options: {
  db: Db;
  actor: Actor | null;
  slug: string;
  accountId: string;
}) {
  const { db, actor } = options;
  const organisation = await requireOrganisationBySlug(db, actor, options.slug, 'admin');
  const actorRole = effectiveRole(actor!, organisation.id);
  await db.transaction(async (tx) => {
    const members = await lockMemberships(tx, organisation.id);
    const target = members.find((member) => member.accountId === options.accountId);
    if (!target) throw new AppError('NOT_FOUND', 'accounts.org.memberNotFound');
    if (target.role === 'owner') {
      if (actorRole !== 'owner') throw new AppError('FORBIDDEN', 'accounts.org.onlyOwnersRemoveOwners');
      if (members.filter((member) => member.role === 'owner').length <= 1) {
        throw new AppError('CONFLICT', 'accounts.org.lastOwner');
      }
    }
    await tx
      .delete(memberships)
      .where(
        and(eq(memberships.organisationId, organisation.id), eq(memberships.accountId, options.accountId)),
      );
  });
}

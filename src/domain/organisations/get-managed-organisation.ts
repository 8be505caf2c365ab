import type { Db } from '#src/db/client';
import type { Actor } from '#src/domain/accounts/actor';
import { requireOrganisationBySlug, effectiveRole } from './access';

/**
 * The organisation's members page header: who it is and what the actor may do there. Members of the
 * organisation (and platform admins) only.
 */
export async function getManagedOrganisation(options: { db: Db; actor: Actor | null; slug: string }) {
  const organisation = await requireOrganisationBySlug(options.db, options.actor, options.slug, 'member');
  const role = effectiveRole(options.actor!, organisation.id);
  return {
    ...organisation,
    actorRole: role,
    canInvite: role === 'owner' || role === 'admin',
    canEditProfile: role === 'owner' || role === 'admin',
    canManageRoles: role === 'owner',
    canRemoveMembers: role === 'owner' || role === 'admin',
    invitableRoles: role === 'owner' ? (['member', 'admin', 'owner'] as const) : (['member'] as const),
  };
}

import type { Db } from '#src/db/client';
import type { Actor } from '#src/domain/accounts/actor';
import { getMunicipality } from '#src/domain/regions/data';
import { requireOrganisationBySlug, effectiveRole } from './access';

/**
 * The organisation's members page header: who it is and what the actor may do there. Members of the
 * organisation (and platform admins) only.
 */
export async function getManagedOrganisation(options: { db: Db; actor: Actor | null; slug: string }) {
  const organisation = await requireOrganisationBySlug(options.db, options.actor, options.slug, 'member');
  const role = effectiveRole(options.actor!, organisation.id);
  const canEditProfile = role === 'owner' || role === 'admin';
  return {
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    kind: organisation.kind,
    actorRole: role,
    canInvite: role === 'owner' || role === 'admin',
    canEditProfile,
    /** The editable profile as its form shows it (the municipality by name), for owners and admins. */
    profile: canEditProfile
      ? {
          name: organisation.name,
          nameEn: organisation.nameEn,
          prefectureCode: organisation.prefectureCode,
          municipality: organisation.municipalityCode
            ? (getMunicipality(organisation.municipalityCode)?.name ?? '')
            : '',
          description: organisation.description,
          websiteUrl: organisation.websiteUrl,
        }
      : null,
    canManageRoles: role === 'owner',
    canRemoveMembers: role === 'owner' || role === 'admin',
    invitableRoles: role === 'owner' ? (['member', 'admin', 'owner'] as const) : (['member'] as const),
  };
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { organisations } from '#src/db/schema';
import { isAdmin, membershipIn, type Actor, type MembershipRole } from '#src/domain/accounts/actor';
import { requireActor, requireOrganisationRole } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';

/**
 * The organisation behind a slug, for an actor who holds at least `minimumRole` in it (platform admins
 * pass). Unknown slugs are NOT_FOUND; organisations the actor does not belong to are FORBIDDEN.
 */
export async function requireOrganisationBySlug(
  db: DbOrTx,
  actor: Actor | null,
  slug: string,
  minimumRole: MembershipRole,
) {
  requireActor(actor);
  const [organisation] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      nameEn: organisations.nameEn,
      prefectureCode: organisations.prefectureCode,
      municipalityCode: organisations.municipalityCode,
      description: organisations.description,
      websiteUrl: organisations.websiteUrl,
    })
    .from(organisations)
    .where(eq(organisations.slug, slug))
    .limit(1);
  if (!organisation) throw new AppError('NOT_FOUND');
  requireOrganisationRole(actor, organisation.id, minimumRole);
  return organisation;
}

/** The actor's own role in the organisation; platform admins who are not members act as owners would. */
export function effectiveRole(actor: Actor, organisationId: string): MembershipRole {
  const membership = membershipIn(actor, organisationId);
  if (membership) return isAdmin(actor) ? 'owner' : membership.role;
  if (isAdmin(actor)) return 'owner';
  throw new AppError('FORBIDDEN');
}

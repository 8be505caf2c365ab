import { AppError } from '#src/lib/errors';
import { isAdmin, membershipIn, type Actor, type MembershipRole } from './actor';

const rank: Record<MembershipRole, number> = { member: 1, admin: 2, owner: 3 };

export function requireActor(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
}

/** The actor must belong to the organisation with at least `minimumRole` (platform admins pass). */
export function requireOrganisationRole(
  actor: Actor | null | undefined,
  organisationId: string,
  minimumRole: MembershipRole = 'member',
): void {
  requireActor(actor);
  if (isAdmin(actor)) return;
  const membership = membershipIn(actor, organisationId);
  if (!membership || rank[membership.role] < rank[minimumRole]) throw new AppError('FORBIDDEN');
}

export function requirePlatformAdmin(actor: Actor | null | undefined): void {
  requireActor(actor);
  if (!isAdmin(actor)) throw new AppError('FORBIDDEN');
}

export function hasOrganisationRole(
  actor: Actor | null | undefined,
  organisationId: string,
  minimumRole: MembershipRole = 'member',
): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  const membership = membershipIn(actor, organisationId);
  return Boolean(membership && rank[membership.role] >= rank[minimumRole]);
}

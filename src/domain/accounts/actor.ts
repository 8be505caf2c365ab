import type { accountRole, membershipRole, organisationKind } from '#src/db/schema';

export type AccountRole = (typeof accountRole.enumValues)[number];
export type MembershipRole = (typeof membershipRole.enumValues)[number];
export type OrganisationKind = (typeof organisationKind.enumValues)[number];

export interface ActorMembership {
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: MembershipRole;
}

/** Who is asking: passed into every domain operation that reads or changes personal data. */
export interface Actor {
  accountId: string;
  email: string;
  displayName: string;
  role: AccountRole;
  emailVerified: boolean;
  memberships: ActorMembership[];
}

export function isAdmin(actor: Actor | null | undefined): boolean {
  return actor?.role === 'admin';
}

export function membershipIn(
  actor: Actor | null | undefined,
  organisationId: string,
): ActorMembership | undefined {
  return actor?.memberships.find((membership) => membership.organisationId === organisationId);
}

export function organisationIdsOf(actor: Actor | null | undefined): string[] {
  return actor?.memberships.map((membership) => membership.organisationId) ?? [];
}

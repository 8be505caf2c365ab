import type { AccountRole, OrganisationKind } from './actor';

/** Municipalities and intermediaries run programmes (運営); every other kind of organisation hosts work. */
export function accountRoleForOrganisationKind(
  kind: OrganisationKind,
): Extract<AccountRole, 'host' | 'coordinator'> {
  return kind === 'municipality' || kind === 'intermediary' ? 'coordinator' : 'host';
}

/**
 * The role an account gets when it joins (or creates) an organisation: a talent account becomes a host or
 * coordinator; hosts, coordinators and admins keep theirs.
 */
export function roleAfterJoining(current: AccountRole, kind: OrganisationKind): AccountRole {
  return current === 'talent' ? accountRoleForOrganisationKind(kind) : current;
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts, invitations, memberships, organisations } from '#src/db/schema';
import type { AccountRole, MembershipRole, OrganisationKind } from '#src/domain/accounts/actor';
import { roleAfterJoining } from '#src/domain/accounts/roles';
import { sha256 } from '#src/lib/crypto';
import { AppError } from '#src/lib/errors';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationStatus = 'open' | 'expired' | 'revoked' | 'accepted';

export interface InvitationRecord {
  id: string;
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  expiresAt: Date;
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  invitedByName: string | null;
}

export function invitationStatus(row: {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt.getTime() <= Date.now()) return 'expired';
  return 'open';
}

/** The invitation behind an e-mailed token, in whatever state it is; NOT_FOUND for a token that never existed. */
export async function findInvitationByToken(db: DbOrTx, token: string): Promise<InvitationRecord> {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      organisationId: organisations.id,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      invitedByName: accounts.displayName,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(accounts, eq(accounts.id, invitations.invitedById))
    .where(eq(invitations.tokenHash, sha256(token)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'accounts.invitation.notFound');
  const { acceptedAt: _accepted, revokedAt: _revoked, ...rest } = row;
  return { ...rest, status: invitationStatus(row) };
}

/** Throws GONE with a message saying why, unless the invitation can still be accepted. */
export function requireOpenInvitation(invitation: InvitationRecord): void {
  if (invitation.status !== 'open') throw new AppError('GONE', `accounts.invitation.${invitation.status}`);
}

/**
 * Accepts an open invitation for an account inside the caller's transaction: marks it accepted (only once),
 * adds the membership (an existing membership keeps its role), gives a talent account the host or
 * coordinator role, and counts the e-mail as confirmed (the link reached that mailbox).
 */
export async function acceptInvitationInTransaction(
  tx: DbOrTx,
  options: { invitation: InvitationRecord; accountId: string; accountRole: AccountRole },
) {
  const { invitation } = options;
  const accepted = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(
      and(
        eq(invitations.id, invitation.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        sql`${invitations.expiresAt} > now()`,
      ),
    )
    .returning({ id: invitations.id });
  if (accepted.length === 0) throw new AppError('GONE', 'accounts.invitation.expired');
  await tx
    .insert(memberships)
    .values({
      organisationId: invitation.organisationId,
      accountId: options.accountId,
      role: invitation.role,
    })
    .onConflictDoNothing();
  const role = roleAfterJoining(options.accountRole, invitation.organisationKind);
  await tx
    .update(accounts)
    .set({ role, emailVerifiedAt: sql`coalesce(${accounts.emailVerifiedAt}, now())`, updatedAt: new Date() })
    .where(eq(accounts.id, options.accountId));
  return { organisationSlug: invitation.organisationSlug, role };
}

import type { Db } from '#src/db/client';
import { findInvitationByToken } from './invitation-records';

/**
 * What the invitation page shows to whoever holds the link: the organisation, the invited address, the
 * role and whether it can still be accepted. The token is the secret; nothing else about the
 * organisation's members is revealed.
 */
export async function getInvitation(options: { db: Db; token: string }) {
  const invitation = await findInvitationByToken(options.db, options.token);
  return {
    email: invitation.email,
    role: invitation.role,
    status: invitation.status,
    expiresAt: invitation.expiresAt,
    organisationName: invitation.organisationName,
    organisationKind: invitation.organisationKind,
    invitedByName: invitation.invitedByName,
  };
}

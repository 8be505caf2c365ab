import type { Db } from '#src/db/client';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import {
  acceptInvitationInTransaction,
  findInvitationByToken,
  requireOpenInvitation,
} from './invitation-records';

/**
 * The signed-in account accepts an invitation sent to its own e-mail address and joins the organisation
 * with the invited role; a talent account becomes a host or coordinator, by the organisation's kind.
 */
export async function acceptInvitation(options: { db: Db; actor: Actor | null; token: string }) {
  const { db, actor } = options;
  requireActor(actor);
  const invitation = await findInvitationByToken(db, options.token);
  requireOpenInvitation(invitation);
  if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) {
    throw new AppError('FORBIDDEN', 'accounts.invitation.wrongAccount');
  }
  return db.transaction((tx) =>
    acceptInvitationInTransaction(tx, { invitation, accountId: actor.accountId, accountRole: actor.role }),
  );
}

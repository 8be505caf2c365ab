import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { invitations } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { AppError } from '#src/lib/errors';
import { requireOrganisationBySlug } from './access';

/** Withdraws a pending invitation of the organisation (owners and admins); its link stops working. */
export async function revokeInvitation(options: {
  db: Db;
  actor: Actor | null;
  slug: string;
  invitationId: string;
}) {
  const { db, actor } = options;
  const organisation = await requireOrganisationBySlug(db, actor, options.slug, 'admin');
  if (!/^[0-9a-f-]{36}$/i.test(options.invitationId)) throw new AppError('NOT_FOUND');
  const revoked = await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.id, options.invitationId),
        eq(invitations.organisationId, organisation.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  if (revoked.length === 0) throw new AppError('NOT_FOUND', 'accounts.org.invitationNotFound');
}

import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { accounts, invitations } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { appLink, localeOf } from '#src/domain/accounts/emails';
import { EmailSchema, isUniqueViolation, parseInput } from '#src/domain/accounts/schema';
import type { Locale } from '#src/i18n';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sendEmail } from '#src/domain/notifications/send-email';
import { randomToken, sha256 } from '#src/lib/crypto';
import { AppError } from '#src/lib/errors';
import { effectiveRole, requireOrganisationBySlug } from './access';
import { INVITATION_TTL_MS } from './invitation-records';
import { invitationEmail } from './invitation-email';
import { MembershipRoleSchema } from './schema';

export const InviteMemberSchema = z.object({ email: EmailSchema, role: MembershipRoleSchema });

/**
 * Invites someone by e-mail. Owners and admins may invite members; only owners may invite admins or
 * owners. The e-mail (in the invitee's language when they have an account, otherwise the inviter's)
 * carries a link that is valid for seven days.
 */
export async function inviteMember(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  slug: string;
  input: unknown;
  baseUrl: string;
  locale: Locale;
}) {
  const { db, actor } = options;
  const organisation = await requireOrganisationBySlug(db, actor, options.slug, 'admin');
  const input = parseInput(InviteMemberSchema, options.input);
  if (input.role !== 'member' && effectiveRole(actor!, organisation.id) !== 'owner') {
    throw new AppError('FORBIDDEN', 'accounts.org.invite.onlyOwnersInviteAdmins', {
      role: 'accounts.org.invite.onlyOwnersInviteAdmins',
    });
  }
  const alreadyMember = await queryRows(
    db,
    sql`select 1 from memberships m join accounts a on a.id = m.account_id
        where m.organisation_id = ${organisation.id} and lower(a.email) = ${input.email} limit 1`,
  );
  if (alreadyMember.length > 0) {
    throw new AppError('CONFLICT', 'accounts.org.invite.alreadyMember', {
      email: 'accounts.org.invite.alreadyMember',
    });
  }

  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  let invitationId: string;
  try {
    invitationId = await db.transaction(async (tx) => {
      // An expired invitation no longer blocks a new one to the same address.
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(invitations.organisationId, organisation.id),
            sql`lower(${invitations.email}) = ${input.email}`,
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            lte(invitations.expiresAt, new Date()),
          ),
        );
      const [row] = await tx
        .insert(invitations)
        .values({
          organisationId: organisation.id,
          email: input.email,
          role: input.role,
          tokenHash: sha256(token),
          invitedById: actor!.accountId,
          expiresAt,
        })
        .returning({ id: invitations.id });
      return row!.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'accounts.org.invite.alreadyInvited', {
        email: 'accounts.org.invite.alreadyInvited',
      });
    }
    throw error;
  }

  const [invitee] = await db
    .select({ locale: accounts.locale })
    .from(accounts)
    .where(sql`lower(${accounts.email}) = ${input.email}`)
    .limit(1);
  await sendEmail({
    db,
    mailer: options.mailer,
    message: invitationEmail({
      to: input.email,
      locale: invitee ? localeOf(invitee.locale) : options.locale,
      organisationName: organisation.name,
      inviterName: actor!.displayName,
      role: input.role,
      link: appLink(options.baseUrl, `/invitations/${encodeURIComponent(token)}`),
    }),
  });
  return { id: invitationId, email: input.email, role: input.role, expiresAt };
}

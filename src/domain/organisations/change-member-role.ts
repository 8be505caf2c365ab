import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { memberships } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { parseInput } from '#src/domain/accounts/schema';
import { AppError } from '#src/lib/errors';
import { requireOrganisationBySlug } from './access';
import { lockMemberships } from './member-records';
import { MembershipRoleSchema } from './schema';

export const ChangeMemberRoleSchema = z.object({ role: MembershipRoleSchema });

/** Owners change a member's role; the last owner cannot step down (someone must stay in charge). */
export async function changeMemberRole(options: {
  db: Db;
  actor: Actor | null;
  slug: string;
  accountId: string;
  input: unknown;
}) {
  const { db, actor } = options;
  const organisation = await requireOrganisationBySlug(db, actor, options.slug, 'owner');
  const { role } = parseInput(ChangeMemberRoleSchema, options.input);
  return db.transaction(async (tx) => {
    const members = await lockMemberships(tx, organisation.id);
    const target = members.find((member) => member.accountId === options.accountId);
    if (!target) throw new AppError('NOT_FOUND', 'accounts.org.memberNotFound');
    const owners = members.filter((member) => member.role === 'owner').length;
    if (target.role === 'owner' && role !== 'owner' && owners <= 1) {
      throw new AppError('CONFLICT', 'accounts.org.lastOwner');
    }
    await tx
      .update(memberships)
      .set({ role })
      .where(
        and(eq(memberships.organisationId, organisation.id), eq(memberships.accountId, options.accountId)),
      );
    return { accountId: options.accountId, role };
  });
}

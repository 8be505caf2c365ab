import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import { insertOrganisationWithOwner } from './organisation-records';
import { validateOrganisationInput } from './schema';

/** An existing account registers another organisation and becomes its owner. */
export async function createOrganisation(options: { db: Db; actor: Actor | null; input: unknown }) {
  const { db, actor } = options;
  requireActor(actor);
  const validated = validateOrganisationInput(options.input);
  if (!validated.ok) throw new AppError('INVALID_INPUT', 'common.formHasErrors', validated.fieldErrors);
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select({ role: accounts.role })
      .from(accounts)
      .where(eq(accounts.id, actor.accountId))
      .limit(1);
    if (!account) throw new AppError('NOT_FOUND');
    return insertOrganisationWithOwner(tx, {
      accountId: actor.accountId,
      accountRole: account.role,
      input: validated.data,
    });
  });
}

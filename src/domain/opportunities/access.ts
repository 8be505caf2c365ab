import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireOrganisationRole } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import type { OpportunityRow } from './types';

/**
 * Loads an opportunity for a change and checks who may make it: members of the owning
 * organisation (any role) and platform admins. Another organisation's member gets FORBIDDEN.
 * Inside a transaction the row is locked until it commits.
 */
export async function loadOpportunityForChange(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<OpportunityRow> {
  const { db, actor, opportunityId } = options;
  if (!isUuid(opportunityId)) throw new AppError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(opportunities)
    .where(eq(opportunities.id, opportunityId))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  requireOrganisationRole(actor, row.organisationId);
  return row;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A short, URL-safe public key (base36, ~10 characters); 48 random bits make a clash negligible. */
export function newOpportunitySlug(): string {
  return randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0');
}

/** The id of an opportunity named by id or by slug (REST paths accept either); NOT_FOUND otherwise. */
export async function resolveOpportunityId(options: { db: DbOrTx; key: string }): Promise<string> {
  if (isUuid(options.key)) return options.key;
  const [row] = await options.db
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(eq(opportunities.slug, options.key))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row.id;
}

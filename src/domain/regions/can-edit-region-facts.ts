import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { organisations } from '#src/db/schema';
import { isAdmin, organisationIdsOf, type Actor } from '#src/domain/accounts/actor';
import { AppError } from '#src/lib/errors';
import { resolveRegionCode } from './region-code';

/**
 * Who may edit a region's facts: platform admins, and coordinators who belong to an organisation
 * located in that prefecture (for a prefecture) or municipality (for a municipality, its
 * designated city counting for a ward).
 */
export async function canEditRegionFacts(options: {
  db: DbOrTx;
  actor: Actor | null;
  code: string;
}): Promise<boolean> {
  const { db, actor } = options;
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  if (actor.role !== 'coordinator') return false;
  const organisationIds = organisationIdsOf(actor);
  if (organisationIds.length === 0) return false;
  const region = resolveRegionCode(options.code);
  let located: SQL | undefined;
  if (region.type === 'prefecture') {
    located = eq(organisations.prefectureCode, region.code);
  } else {
    const codes = [region.code, ...(region.municipality.parentCode ? [region.municipality.parentCode] : [])];
    located = inArray(organisations.municipalityCode, codes);
  }
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, organisationIds), located))
    .limit(1);
  return rows.length > 0;
}

export async function requireRegionFactsEditor(options: { db: DbOrTx; actor: Actor | null; code: string }) {
  if (!options.actor) throw new AppError('UNAUTHENTICATED');
  if (!(await canEditRegionFacts(options))) throw new AppError('FORBIDDEN');
}

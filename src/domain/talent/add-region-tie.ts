import { count, eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { talentRegionTies } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { parseInput } from '../accounts/schema';
import { ensureTalentProfileRow, touchTalentProfile } from './profile-records';
import { MAX_REGION_TIES, RegionTieFormSchema } from './schema';
import { requireTalent } from './require-talent';

/**
 * Records a tie to a region (hometown, lived, studied, family, visited, wants to move): a
 * prefecture, or a municipality in it. These ties are what 関係人口 reports count.
 */
export async function addRegionTie(options: { db: Db; actor: Actor | null | undefined; input: unknown }) {
  requireTalent(options.actor);
  const accountId = options.actor.accountId;
  const displayName = options.actor.displayName;
  const tie = parseInput(RegionTieFormSchema, options.input);
  return options.db.transaction(async (tx) => {
    const [{ total } = { total: 0 }] = await tx
      .select({ total: count() })
      .from(talentRegionTies)
      .where(eq(talentRegionTies.accountId, accountId));
    if (total >= MAX_REGION_TIES) {
      throw new AppError('CONFLICT', 'talent.errors.tooManyTies', {}, { max: MAX_REGION_TIES });
    }
    await ensureTalentProfileRow(tx, accountId, displayName);
    const inserted = await tx
      .insert(talentRegionTies)
      .values({ ...tie, accountId })
      .onConflictDoNothing()
      .returning({ regionCode: talentRegionTies.regionCode });
    if (inserted.length === 0) throw new AppError('CONFLICT', 'talent.errors.duplicateTie');
    await touchTalentProfile(tx, accountId);
    return tie;
  });
}

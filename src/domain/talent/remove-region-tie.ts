import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { talentRegionTies } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { touchTalentProfile } from './profile-records';
import { requireTalent } from './require-talent';
import { REGION_TIE_KINDS, type RegionTieKind } from './types';

/** Removes one of the talent's own region ties. */
export async function removeRegionTie(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  regionCode: string;
  kind: string;
}) {
  requireTalent(options.actor);
  if (!(REGION_TIE_KINDS as readonly string[]).includes(options.kind)) throw new AppError('NOT_FOUND');
  const removed = await options.db
    .delete(talentRegionTies)
    .where(
      and(
        eq(talentRegionTies.accountId, options.actor.accountId),
        eq(talentRegionTies.regionCode, options.regionCode),
        eq(talentRegionTies.kind, options.kind as RegionTieKind),
      ),
    )
    .returning({ regionCode: talentRegionTies.regionCode });
  if (removed.length === 0) throw new AppError('NOT_FOUND');
  await touchTalentProfile(options.db, options.actor.accountId);
}

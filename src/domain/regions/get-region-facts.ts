import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { regionFacts } from '#src/db/schema';

export type RegionFacts = typeof regionFacts.$inferSelect;

/** The facts coordinators keep about a prefecture or municipality, or null when none are kept yet. */
export async function getRegionFacts(options: { db: DbOrTx; code: string }): Promise<RegionFacts | null> {
  const [row] = await options.db
    .select()
    .from(regionFacts)
    .where(eq(regionFacts.code, options.code))
    .limit(1);
  return row ?? null;
}

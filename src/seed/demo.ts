import { sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { appMeta } from '#src/db/schema';
import { seedApplications } from './applications';
import { seedFoundation } from './foundation';
import { seedOpportunities } from './opportunities';
import { seedPipelines } from './pipeline';
import { seedProgrammes } from './programmes';
import { seedRegionFacts } from './regions';
import { seedTalent } from './talent';

export interface DemoCredential {
  role: string;
  email: string;
  password: string;
  description: string;
}

const SEEDED_KEY = 'demo_seeded_at';

/**
 * Loads the demo data drawn from the five seed systems on the first start. A second start
 * finds the marker and leaves everything users created untouched.
 */
export async function seedDemoDataIfEmpty(options: { db: Db }): Promise<DemoCredential[]> {
  const { db } = options;
  const existing = await queryRows(db, sql`select 1 from app_meta where key = ${SEEDED_KEY}`);
  if (existing.length > 0) return [];
  return db.transaction(async (tx) => {
    const credentials = await seedFoundation({ db: tx as unknown as Db });
    await seedRegionFacts({ db: tx as unknown as Db });
    const programmeIds = await seedProgrammes({ db: tx as unknown as Db });
    await seedOpportunities({ db: tx as unknown as Db, programmeIds });
    await seedTalent({ db: tx as unknown as Db });
    await seedApplications({ db: tx as unknown as Db });
    await seedPipelines({ db: tx as unknown as Db });
    await tx.insert(appMeta).values({ key: SEEDED_KEY, value: new Date().toISOString() });
    return credentials;
  });
}

import { sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';

/** Public counts for the home page; no personal data. */
export async function getPlatformStats(options: { db: Db }) {
  const [row] = await queryRows<{ organisations: number; municipalities: number; talent: number }>(
    options.db,
    sql`
    select
      (select count(*)::int from organisations) as organisations,
      (select count(*)::int from organisations where kind = 'municipality') as municipalities,
      (select count(*)::int from accounts where role = 'talent' and status = 'active') as talent
  `,
  );
  return row!;
}

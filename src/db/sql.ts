import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './client';

/** Runs a raw (parameterised) SQL query and returns its rows; both drivers return `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { DatabaseHandle } from './client';

/**
 * The drizzle/ folder: beside the build (a build outside the repository links it there), at the
 * repository root seen from src/db or build/server, or in the working directory.
 */
export function defaultMigrationsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.MIGRATIONS_DIR,
    path.resolve(here, '..', 'drizzle'),
    path.resolve(here, '..', '..', 'drizzle'),
    path.resolve(process.cwd(), 'drizzle'),
  ];
  const found = candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'meta', '_journal.json')));
  if (!found)
    throw new Error(`No migrations folder found (looked in ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

const MIGRATION_LOCK_KEY = 727_011; // arbitrary, constant: serialises migrators across app instances

/** Applies pending migrations from our own code (drizzle-kit cannot load PGlite's extensions). */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = defaultMigrationsFolder()) {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const client = await handle.pgPool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzlePg({ client }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

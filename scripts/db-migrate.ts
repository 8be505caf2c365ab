// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in
// DATA_DIR (refused with a clear message while a server holds that directory).
import { ConfigError, loadConfig } from '../src/config/env';
import { openDatabase } from '../src/db/client';
import { DataDirLockedError } from '../src/db/lock';
import { migrateDatabase } from '../src/db/migrate';
import { ensureSearchIndexCurrent } from '../src/domain/search/ensure-search-index';

try {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateDatabase(handle);
    console.log(
      `Migrations applied (${handle.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.DATA_DIR}`}).`,
    );
    const rebuilt = await ensureSearchIndexCurrent({ db: handle.db });
    if (rebuilt !== null) console.log(`Search documents rebuilt for the new tokeniser (${rebuilt}).`);
  } finally {
    await handle.close();
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// `npm run db:seed`: loads the demo data into an empty database (as the first `npm start` does).
// `npm run db:seed -- --scale N` adds N synthetic published opportunities (and their organisations)
// for benchmarks.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config/env';
import { openDatabase } from '../src/db/client';
import { DataDirLockedError } from '../src/db/lock';
import { migrateDatabase } from '../src/db/migrate';
import { ensureSearchIndexCurrent } from '../src/domain/search/ensure-search-index';
import { seedDemoDataIfEmpty } from '../src/seed/demo';
import { generateScaleData } from '../src/seed/scale';

const { values } = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string' } } });

try {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateDatabase(handle);
    await ensureSearchIndexCurrent({ db: handle.db });
    const credentials = await seedDemoDataIfEmpty({ db: handle.db });
    console.log(
      credentials.length
        ? `Demo data loaded (${credentials.length} demo accounts).`
        : 'Demo data already present.',
    );
    if (values.scale) {
      const count = Number(values.scale);
      if (!Number.isInteger(count) || count < 1) throw new ConfigError(['--scale: a positive whole number']);
      const started = performance.now();
      await generateScaleData({ db: handle.db, opportunities: count, seed: Number(values.seed ?? 42) });
      console.log(
        `Generated ${count} opportunities in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
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

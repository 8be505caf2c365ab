import type { AppConfig } from './config/env';
import { openDatabase, type Db, type DatabaseHandle } from './db/client';
import { migrateDatabase } from './db/migrate';
import { ensureSearchIndexCurrent } from './domain/search/ensure-search-index';
import { configureSearchCache } from './domain/search/search-cache';
import { createMailer, type Mailer } from './domain/notifications/mailer';
import { seedDemoDataIfEmpty, type DemoCredential } from './seed/demo';
import { platformJobs } from './jobs';
import { startScheduler } from './jobs/scheduler';

/** Everything a request needs that lives as long as the process. Created once by the server entry. */
export interface Runtime {
  config: AppConfig;
  db: Db;
  dbKind: DatabaseHandle['kind'];
  mailer: Mailer;
  /** Demo accounts created by this start (empty when the data already existed). */
  demoCredentials: DemoCredential[];
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export async function createRuntime(
  config: AppConfig,
  options: { startJobs?: boolean; log?: (entry: object) => void } = {},
): Promise<Runtime> {
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateDatabase(handle);
    configureSearchCache({ ttlMs: config.SEARCH_CACHE_TTL_MS });
    // After an upgrade that changed the tokeniser, search documents are rebuilt once, before serving.
    await ensureSearchIndexCurrent({ db: handle.db });
    const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
    const demoCredentials = config.SEED_DEMO ? await seedDemoDataIfEmpty({ db: handle.db }) : [];
    let closed = false;
    const scheduler =
      options.startJobs === false
        ? null
        : startScheduler({
            db: handle.db,
            jobs: platformJobs({ db: handle.db, mailer, config }),
            log: options.log,
          });
    return {
      config,
      db: handle.db,
      dbKind: handle.kind,
      mailer,
      demoCredentials,
      async isReady() {
        if (closed) return false;
        try {
          await handle.ping();
          return true;
        } catch {
          return false;
        }
      },
      async close() {
        if (closed) return;
        closed = true;
        await scheduler?.stop();
        mailer.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

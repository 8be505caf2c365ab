import type { DatabaseHandle } from '#src/db/client';
import { loadConfig } from '#src/config/env';
import type { Runtime } from '#src/runtime';
import { createMailer } from '#src/domain/notifications/mailer';

/** A Runtime around a test database, with e-mail going to the outbox only. */
export function createTestRuntime(handle: DatabaseHandle): Runtime {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', SEED_DEMO: 'false' });
  return {
    config,
    db: handle.db,
    dbKind: handle.kind,
    mailer: createMailer({ from: config.MAIL_FROM }),
    demoCredentials: [],
    isReady: async () => true,
    close: () => handle.close(),
  };
}

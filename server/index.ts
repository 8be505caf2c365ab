// Production server entry: `npm start` (scripts/start.mjs) builds the app if needed, then runs this
// (bundled to build/server.js). We serve through our own entry rather than react-router-serve so
// that SIGTERM drains requests and closes the database (PGlite persists only when closed).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pino from 'pino';
import type { ServerBuild } from 'react-router';
import type * as EntryServer from '../app/entry.server';
import { createApp } from './app';

type EntryModule = typeof EntryServer;

const here = path.dirname(fileURLToPath(import.meta.url));
// This file is bundled into the build directory itself (build/server.js).
const buildDir = here;

async function main() {
  const startedAt = performance.now();
  const build = (await import(pathToFileURL(path.join(buildDir, 'server', 'index.js')).href)) as ServerBuild;
  const entry = build.entry.module as unknown as EntryModule;

  let config;
  try {
    config = entry.loadConfig();
  } catch (error) {
    console.error(error instanceof entry.ConfigError ? error.message : error);
    process.exit(1);
  }
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'tsunagu' } });

  let runtime;
  try {
    runtime = await entry.createRuntime(config, { log: (line) => logger.info(line) });
  } catch (error) {
    if (error instanceof entry.DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const app = createApp({ runtime, logger, getBuild: () => build, clientDir: path.join(buildDir, 'client') });
  const server = http.createServer(app);
  server.keepAliveTimeout = 5_000;

  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    logger.info(
      { url, database: runtime.dbKind, startupMs: Math.round(performance.now() - startedAt) },
      'Tsunagu is listening',
    );
    if (runtime.demoCredentials.length > 0) {
      const lines = runtime.demoCredentials.map(
        (c) => `  ${c.role.padEnd(12)} ${c.email.padEnd(30)} ${c.password}   ${c.description}`,
      );
      console.log(`\nDemo data loaded. Demo accounts (role, e-mail, password):\n${lines.join('\n')}\n`);
    }
    console.log(`Tsunagu: ${url}`);
  });

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('forced shutdown after 8 s');
      server.closeAllConnections();
    }, 8_000);
    force.unref();
    server.close(async () => {
      try {
        await runtime.close();
        logger.info('database closed; bye');
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'error while closing');
        process.exit(1);
      }
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// `npm run dev`: the same server as production, with Vite's dev middleware and HMR.
import http from 'node:http';
import pino from 'pino';
import type { ServerBuild } from 'react-router';
import { createServer as createViteServer } from 'vite';
import { loadConfig } from '../src/config/env';
import { createRuntime } from '../src/runtime';
import { createApp } from './app';

const config = loadConfig({ NODE_ENV: 'development', ...process.env });
const logger = pino({ level: config.LOG_LEVEL });
const vite = await createViteServer({ server: { middlewareMode: true } });
const runtime = await createRuntime(config);
const app = createApp({
  runtime,
  logger,
  isDev: true,
  beforePages: vite.middlewares,
  getBuild: () => vite.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>,
});
const server = http.createServer(app).listen(config.PORT, config.HOST, () => {
  console.log(`Tsunagu (dev): http://${config.HOST}:${config.PORT}`);
  for (const c of runtime.demoCredentials) console.log(`  ${c.role} ${c.email} ${c.password}`);
});
const stop = () =>
  server.close(
    () =>
      void runtime
        .close()
        .then(() => vite.close())
        .then(() => process.exit(0)),
  );
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { createRequestHandler } from '@react-router/express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { AppLoadContext, ServerBuild } from 'react-router';
import type { RequestContext } from '../app/context';
import {
  CSRF_COOKIE,
  LOCALE_COOKIE,
  SESSION_COOKIE,
  parseCookies,
  serializeCookie,
} from '../app/lib/cookies.server';
import type { Runtime } from '../src/runtime';

function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${isDev ? " 'unsafe-inline'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface AppServerOptions {
  runtime: Runtime;
  logger: Logger;
  /** The React Router server build (or a function returning the latest one, in development). */
  getBuild: () => Promise<ServerBuild> | ServerBuild;
  clientDir?: string;
  isDev?: boolean;
  /** Mounted before the page handler (Vite's middleware in development). */
  beforePages?: express.RequestHandler;
}

export function createApp(options: AppServerOptions) {
  const { runtime, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  if (runtime.config.TRUST_PROXY) app.set('trust proxy', true);

  // Request id + one structured log line per request (no personal data: path only, no query).
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      if (req.path === '/healthz' || req.path === '/readyz') return;
      logger.info({
        requestId,
        method: req.method,
        route: req.path,
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  });

  // Security headers on every response.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.nonce = nonce;
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, options.isDev === true));
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // A page response that sets one of these headers itself appends it (React Router's adapter
    // uses res.append): keep one copy instead of "nosniff, nosniff".
    const append = res.append.bind(res);
    res.append = (field: string, value?: string | string[]) =>
      typeof value === 'string' && res.getHeader(field) === value ? res : append(field, value);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await runtime.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database: runtime.dbKind });
  });

  app.use(compression());

  if (options.beforePages) app.use(options.beforePages);
  if (options.clientDir) {
    app.use(
      '/assets',
      express.static(path.join(options.clientDir, 'assets'), { immutable: true, maxAge: '1y' }),
    );
    app.use(express.static(options.clientDir, { maxAge: '1h', index: false }));
  }

  // Cross-site state changes are refused outright (Fetch Metadata); forms also carry a CSRF token.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
    if (unsafe && req.get('sec-fetch-site') === 'cross-site' && !req.get('authorization')) {
      res.status(403).type('text/plain').send('Cross-site request refused');
      return;
    }
    next();
  });

  const handler = createRequestHandler({
    build: options.getBuild as () => Promise<ServerBuild>,
    mode: options.isDev ? 'development' : 'production',
    getLoadContext(req, res): AppLoadContext {
      const isSecure = req.secure;
      const cookies = parseCookies(req.headers.cookie);
      let csrfToken = cookies[CSRF_COOKIE];
      if (!csrfToken || !/^[\w-]{20,100}$/.test(csrfToken)) {
        csrfToken = randomBytes(24).toString('base64url');
        res.append('Set-Cookie', serializeCookie(CSRF_COOKIE, csrfToken, { secure: isSecure }));
      }
      const context: RequestContext = {
        runtime,
        requestId: res.locals.requestId as string,
        nonce: res.locals.nonce as string,
        csrfToken,
        locale: cookies[LOCALE_COOKIE] === 'en' ? 'en' : 'ja',
        clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        isSecure,
        sessionToken: cookies[SESSION_COOKIE] ?? null,
      };
      return context as unknown as AppLoadContext;
    },
  });
  app.all('/{*splat}', handler);
  return app;
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { ServerBuild } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { createTestDatabase } from '../tests/support/db';
import { createTestRuntime } from '../tests/support/runtime';
import { createApp } from './app';

let handle: DatabaseHandle;
let server: http.Server;
let base: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  const app = createApp({
    runtime: createTestRuntime(handle),
    logger: pino({ level: 'silent' }),
    // Page rendering is covered by the browser tests; these tests stop before it.
    getBuild: () => Promise.reject(new Error('no build in this test')) as Promise<ServerBuild>,
  });
  server = http.createServer(app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await handle.close();
});

describe('HTTP server', () => {
  it('answers /healthz and /readyz with security headers and a request id', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
    const csp = health.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(health.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');

    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: handle.kind });
  });

  it('keeps a sane caller-supplied request id and replaces a malformed one', async () => {
    expect(
      (await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'lb-1234' } })).headers.get(
        'x-request-id',
      ),
    ).toBe('lb-1234');
    expect(
      (await fetch(`${base}/healthz`, { headers: { 'x-request-id': '<script>' } })).headers.get(
        'x-request-id',
      ),
    ).not.toBe('<script>');
  });

  it('refuses cross-site form posts before they reach any page', async () => {
    const response = await fetch(`${base}/sign-in`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.c&password=x',
    });
    expect(response.status).toBe(403);
  });
});

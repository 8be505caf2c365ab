// HTTP load with autocannon, in the harness's process (the server runs in a child process).
import autocannon from 'autocannon';
import { percentile } from './report';
import type { LoadResult } from './types';

export interface LoadOptions {
  connections?: number;
  durationSec?: number;
  headers?: Record<string, string>;
  /** Paths (with query) each connection requests in turn, instead of the URL's own. */
  paths?: string[];
}

/** Browsers ask for compressed responses; the load does too, so compression is part of the cost. */
export const DEFAULT_HEADERS: Record<string, string> = {
  'accept-encoding': 'gzip',
  'accept-language': 'ja,en;q=0.8',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) tsunagu-bench',
};

/** One autocannon run; latencies (ms) of every answered request are kept to compute exact percentiles. */
export async function runLoad(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const latencies: number[] = [];
  let failedResponses = 0;
  const started = performance.now();
  const instance = autocannon({
    url,
    connections: options.connections ?? 10,
    duration: options.durationSec ?? 10,
    timeout: 30,
    headers: { ...DEFAULT_HEADERS, ...options.headers },
    ...(options.paths ? { requests: options.paths.map((path) => ({ method: 'GET', path })) } : {}),
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failedResponses++;
  });
  const result = await instance;
  const elapsedSec = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / Math.max(elapsedSec, 0.001),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: failedResponses + result.errors,
    requests: latencies.length + failedResponses,
  };
}

/** A short run whose numbers are thrown away: JIT, caches and connection pools warm up. */
export async function warmUp(url: string, options: LoadOptions & { warmUpSec: number }): Promise<void> {
  await runLoad(url, { ...options, durationSec: options.warmUpSec });
}

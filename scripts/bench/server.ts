// Child processes for the benchmarks: the production server build and a bare node:http server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';

/** A line a server prints once it listens: "Tsunagu: http://127.0.0.1:41234". */
const LISTENING_LINE = /Tsunagu: (http:\/\/\S+)/;
const OUTPUT_LIMIT = 64 * 1024;

const running = new Set<ChildProcess>();
const stoppers = new Set<() => Promise<void>>();

/** Children still running when the harness exits (after an error) are killed. */
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Stops every server still running, gracefully: used on Ctrl-C, so that an embedded database is
 * closed properly rather than killed (a cached data dir under .bench/ must stay usable).
 */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...stoppers].map((stop) => stop()));
}

export interface ChildServer {
  url: string;
  /** performance.now() when the process was spawned. */
  spawnedAt: number;
  pid: number | undefined;
  /** CPU time (user + system, ms) the process has used so far; undefined where /proc is missing. */
  cpuMs(): number | undefined;
  output(): string;
  stop(): Promise<void>;
}

export interface SpawnServerOptions {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** How long the process may take to print its URL. */
  timeoutMs?: number;
}

/** Spawns a server process and resolves once it has printed the "Tsunagu: <url>" line. */
export function spawnServer(options: SpawnServerOptions): Promise<ChildServer> {
  const spawnedAt = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stderr.on('data', append);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  stoppers.add(stop);
  void exited.then(() => stoppers.delete(stop));

  return new Promise<ChildServer>((resolve, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${message}\n--- server output ---\n${output.slice(-4000)}`)));
    };
    const timer = setTimeout(
      () => fail(`the server did not start within ${options.timeoutMs ?? 120_000} ms`),
      options.timeoutMs ?? 120_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      append(chunk);
      const match = LISTENING_LINE.exec(output);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          spawnedAt,
          pid: child.pid,
          cpuMs: () => (child.pid ? processCpuMs(child.pid) : undefined),
          output: () => output,
          stop,
        });
      }
    });
    child.once('error', (error) => fail(`could not start ${options.command}: ${error.message}`));
    child.once('exit', (code, signal) => fail(`the server exited early (code ${code}, signal ${signal})`));
  });
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

/** User + system CPU time of a process (all its threads), from /proc/<pid>/stat; ms. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
    return ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** GETs a URL once; resolves with the status code (the body is read and discarded). */
export function getStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', reject);
    });
    request.once('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${url} timed out`)));
  });
}

/** Polls until the URL answers 200; resolves with performance.now() at that moment. */
export async function waitForOk(url: string, timeoutMs = 60_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let lastProblem = '';
  while (performance.now() < deadline) {
    try {
      const status = await getStatus(url);
      if (status === 200) return performance.now();
      lastProblem = `HTTP ${status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${lastProblem})`);
}

/** The machine's ceiling: node:http answering "Hello, world" with no framework at all. */
export function startHelloWorldServer(cwd: string): Promise<ChildServer> {
  const source = `
    const http = require('node:http');
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Hello, world');
    });
    server.keepAliveTimeout = 5000;
    server.listen(0, '127.0.0.1', () => console.log('Tsunagu: http://127.0.0.1:' + server.address().port));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));
  `;
  return spawnServer({
    command: process.execPath,
    args: ['-e', source],
    cwd,
    env: { PATH: process.env.PATH, NODE_ENV: 'production' },
  });
}

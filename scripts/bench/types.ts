/**
 * The contract between the benchmark harness (scripts/bench/index.ts) and its suites
 * (scripts/bench/suites/*.ts). Each suite module exports a `BenchSuite` as its default export
 * (or a named `suite` export) and returns the rows it measured.
 */

/** One measured value, printed as one row of the results table. */
export interface BenchRow {
  /** The table group, e.g. "foundation", "search". */
  group: string;
  /** The metric, e.g. "home page SSR (PGlite) rps". */
  name: string;
  value: number;
  /** "ms", "req/s", "KB", "%", … */
  unit: string;
  /** What the value is compared with; the table shows the ratio value / baseline.value. */
  baseline?: { name: string; value: number };
  /**
   * The target, e.g. "< 2000 ms", "<= 120 KB", ">= 60%" (compared with the ratio when the unit of
   * the target is "%" and a baseline is given, otherwise with the value), or free text.
   */
  target?: string;
  note?: string;
}

/** The result of one HTTP load run; latencies in milliseconds. */
export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
}

export interface StartedServer {
  url: string;
  coldStartMs: number;
  /** CPU time (user + system, ms) the server used until its first 200 (Linux; undefined elsewhere). */
  coldStartCpuMs?: number;
  /**
   * CPU time (user + system, ms) the server process has used so far (Linux; undefined elsewhere).
   * Differences around a load run give the server's CPU cost per request, which — unlike requests
   * per second — hardly changes when other processes compete for the machine.
   */
  cpuMs?(): number | undefined;
  stop(): Promise<void>;
}

export interface BenchContext {
  /** Creates (once, cached under .bench/) a PGlite data dir by running `setup(dataDir)`; returns its path. */
  prepareDataDir(name: string, setup: (dataDir: string) => Promise<void>): Promise<string>;
  /** Starts the production server build (build/server.js) on a free port; measures cold start to first 200 on '/'. */
  startServer(options?: {
    dataDir?: string;
    databaseUrl?: string;
    env?: Record<string, string>;
  }): Promise<StartedServer>;
  /** Drives HTTP load with autocannon (in-process) — latency in ms. */
  load(
    url: string,
    options?: {
      connections?: number;
      durationSec?: number;
      headers?: Record<string, string>;
      /** Paths (with query) each connection requests in turn, instead of the URL's own. */
      paths?: string[];
    },
  ): Promise<LoadResult>;
  /** A PostgreSQL URL for benchmarks when DATABASE_URL (or BENCH_DATABASE_URL) is set, else undefined. */
  postgresUrl: string | undefined;
  /** Quick mode (BENCH_QUICK=1 or --quick): smaller data and shorter runs, for development. */
  quick: boolean;
  log(message: string): void;
}

export type BenchSuite = (ctx: BenchContext) => Promise<BenchRow[]>;

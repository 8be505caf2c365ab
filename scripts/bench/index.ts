// `npm run bench [-- <suite name filter>…] [--quick]`: builds the app if needed, runs every suite in
// scripts/bench/suites/ against the production server build, prints one table and writes
// .bench/results.json and .bench/results.md.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuild } from './build';
import { runLoad, warmUp } from './load';
import { evaluateRows, renderMarkdownTable, renderTextTable } from './report';
import { spawnServer, stopAllServers, waitForOk } from './server';
import type { BenchContext, BenchRow, BenchSuite, StartedServer } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = path.join(root, '.bench');
const suitesDir = path.join(root, 'scripts', 'bench', 'suites');

interface SuiteOutcome {
  name: string;
  ok: boolean;
  durationSec: number;
  error?: string;
}

function log(message: string) {
  const time = new Date().toISOString().slice(11, 19);
  console.log(`[bench ${time}] ${message}`);
}

function parseArguments(argv: string[]) {
  const quick =
    argv.includes('--quick') || ['1', 'true', 'yes'].includes((process.env.BENCH_QUICK ?? '').toLowerCase());
  const filters = argv.filter((arg) => !arg.startsWith('-')).map((arg) => arg.toLowerCase());
  return { quick, filters };
}

/** A digest of what a prepared data dir depends on: migrations, seed code and factories. */
function dataFingerprint(): string {
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else hash.update(path.relative(root, full)).update(fs.readFileSync(full));
    }
  };
  for (const dir of ['drizzle', 'src/seed', 'tests/factories']) visit(path.join(root, dir));
  return hash.digest('hex').slice(0, 16);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes half-prepared data dirs left by runs that were interrupted (their process is gone). */
function removeAbandonedWork(dataRoot: string, name: string) {
  if (!fs.existsSync(dataRoot)) return;
  for (const entry of fs.readdirSync(dataRoot)) {
    const match = entry.startsWith(`${name}.preparing-`) ? /\.preparing-(\d+)$/.exec(entry) : null;
    const pid = match ? Number(match[1]) : 0;
    if (pid && (pid === process.pid || !isAlive(pid))) {
      fs.rmSync(path.join(dataRoot, entry), { recursive: true, force: true });
    }
  }
}

/** The server's environment: ours, minus whatever would point it at another database or port. */
function serverEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'UPLOAD_DIR', 'PUBLIC_URL', 'SMTP_URL']) {
    delete env[name];
  }
  for (const name of Object.keys(env)) if (name.startsWith('BENCH_')) delete env[name];
  Object.assign(env, { NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1' });
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

function createContext(options: { quick: boolean; buildDir: string }): BenchContext {
  const fingerprint = dataFingerprint();
  const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;

  const context: BenchContext = {
    quick: options.quick,
    postgresUrl,
    log,

    async prepareDataDir(name, setup) {
      const safeName = `${name.replace(/[^\w.-]/g, '_')}${options.quick ? '.quick' : ''}`;
      const dataRoot = path.join(benchDir, 'data');
      const dir = path.join(dataRoot, safeName);
      const stampFile = path.join(dataRoot, `${safeName}.json`);
      if (fs.existsSync(stampFile) && fs.existsSync(dir)) {
        const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { fingerprint?: string };
        if (stamp.fingerprint === fingerprint) {
          log(`data dir "${safeName}": reusing ${path.relative(root, dir)}`);
          return dir;
        }
        log(`data dir "${safeName}": migrations or seed code changed, preparing it again`);
      }
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(stampFile, { force: true });
      removeAbandonedWork(dataRoot, safeName);
      const work = path.join(dataRoot, `${safeName}.preparing-${process.pid}`);
      fs.mkdirSync(work, { recursive: true });
      const started = performance.now();
      log(`data dir "${safeName}": preparing…`);
      try {
        await setup(work);
      } catch (error) {
        fs.rmSync(work, { recursive: true, force: true });
        throw error;
      }
      fs.renameSync(work, dir);
      fs.writeFileSync(
        stampFile,
        JSON.stringify({ fingerprint, preparedAt: new Date().toISOString() }, null, 2),
      );
      log(`data dir "${safeName}": ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return dir;
    },

    async startServer(serverOptions = {}): Promise<StartedServer> {
      let scratchDir: string | undefined;
      let dataDir = serverOptions.dataDir;
      if (!dataDir && !serverOptions.databaseUrl) {
        scratchDir = path.join(benchDir, 'tmp', `server-${process.pid}-${randomBytes(4).toString('hex')}`);
        dataDir = scratchDir;
      }
      const env = serverEnv({
        DATA_DIR: dataDir ?? path.join(benchDir, 'tmp', 'unused'),
        DATABASE_URL: serverOptions.databaseUrl,
        ...serverOptions.env,
      });
      const child = await spawnServer({
        command: process.execPath,
        args: [path.join(options.buildDir, 'server.js')],
        cwd: root,
        env,
      });
      let readyAt: number;
      try {
        readyAt = await waitForOk(`${child.url}/`);
      } catch (error) {
        await child.stop();
        throw new Error(`${(error as Error).message}\n--- server output ---\n${child.output().slice(-4000)}`);
      }
      return {
        url: child.url,
        coldStartMs: readyAt - child.spawnedAt,
        coldStartCpuMs: child.cpuMs(),
        cpuMs: child.cpuMs,
        async stop() {
          await child.stop();
          if (scratchDir) fs.rmSync(scratchDir, { recursive: true, force: true });
        },
      };
    },

    async load(url, loadOptions = {}) {
      const durationSec = loadOptions.durationSec ?? (options.quick ? 3 : 10);
      const warmUpSec = Math.max(1, Math.min(3, Math.round(durationSec / 4)));
      await warmUp(url, { ...loadOptions, warmUpSec });
      return runLoad(url, { ...loadOptions, durationSec });
    },
  };
  return context;
}

async function loadSuites(filters: string[]) {
  const files = fs
    .readdirSync(suitesDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
    .sort((a, b) => (a === 'foundation.ts' ? -1 : b === 'foundation.ts' ? 1 : a.localeCompare(b)));
  const selected = files.filter(
    (file) => filters.length === 0 || filters.some((filter) => file.toLowerCase().includes(filter)),
  );
  return selected.map((file) => ({ name: file.replace(/\.ts$/, ''), file: path.join(suitesDir, file) }));
}

function stopOnSignal(signal: NodeJS.Signals) {
  process.once(signal, () => {
    log(`${signal}: stopping the servers…`);
    void stopAllServers().finally(() => process.exit(130));
  });
}

async function main() {
  stopOnSignal('SIGINT');
  stopOnSignal('SIGTERM');
  const { quick, filters } = parseArguments(process.argv.slice(2));
  const buildDir = path.resolve(root, process.env.BUILD_DIR ?? 'build');
  const suites = await loadSuites(filters);
  if (suites.length === 0) {
    console.error(`No benchmark suite matches ${filters.join(', ')} (suites live in scripts/bench/suites/).`);
    process.exit(2);
  }
  const startedAt = new Date();
  log(
    `${os.cpus().length} CPU(s) (${os.cpus()[0]?.model.trim() ?? 'unknown'}), load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}, Node ${process.version}${quick ? ', quick mode' : ''}`,
  );
  const busy = os.loadavg()[0]! > os.cpus().length;
  if (busy) {
    log(
      'the machine is busy (1-minute load average above the number of CPUs): requests per second, ' +
        'latencies and start times will be low and noisy; the CPU-per-request rows are steadier',
    );
  }
  ensureBuild(root, buildDir, log);
  fs.mkdirSync(benchDir, { recursive: true });
  const context = createContext({ quick, buildDir });
  if (context.postgresUrl) log('PostgreSQL rows enabled (DATABASE_URL / BENCH_DATABASE_URL is set)');

  const rows: BenchRow[] = [];
  const outcomes: SuiteOutcome[] = [];
  for (const suite of suites) {
    const started = performance.now();
    log(`suite "${suite.name}"…`);
    try {
      const module = (await import(pathToFileURL(suite.file).href)) as {
        default?: BenchSuite;
        suite?: BenchSuite;
      };
      const run = module.default ?? module.suite;
      if (typeof run !== 'function') throw new Error(`${suite.file} exports no suite (default export)`);
      const suiteRows = await run(context);
      rows.push(...suiteRows);
      outcomes.push({ name: suite.name, ok: true, durationSec: (performance.now() - started) / 1000 });
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`\nSuite "${suite.name}" failed:\n${message}\n`);
      outcomes.push({
        name: suite.name,
        ok: false,
        durationSec: (performance.now() - started) / 1000,
        error: message,
      });
    }
    log(`suite "${suite.name}" done in ${outcomes.at(-1)!.durationSec.toFixed(0)} s`);
  }

  const evaluated = evaluateRows(rows);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  const finishedAt = new Date();
  fs.writeFileSync(
    path.join(benchDir, 'results.json'),
    JSON.stringify(
      { startedAt, finishedAt, quick, filters, machine, suites: outcomes, rows: evaluated },
      null,
      2,
    ),
  );
  const failedSuites = outcomes.filter((outcome) => !outcome.ok);
  const markdown = [
    `# Tsunagu benchmarks`,
    '',
    `${startedAt.toISOString()} · ${machine.cpus} CPU(s) ${machine.cpuModel} · ${machine.memoryGiB} GiB · Node ${machine.node}` +
      `${quick ? ' · quick mode' : ''} · load average at start ${machine.loadAverageAtStart.map((v) => v.toFixed(2)).join(' ')}`,
    '',
    ...(busy
      ? [
          '> The machine was busy when this run started (load average above the number of CPUs): ' +
            'throughput, latency and start-up times are pessimistic and noisy.',
          '',
        ]
      : []),
    renderMarkdownTable(evaluated),
    '',
    ...(failedSuites.length > 0
      ? ['## Failed suites', '', ...failedSuites.map((s) => `- ${s.name}: ${s.error?.split('\n')[0]}`), '']
      : []),
  ].join('\n');
  fs.writeFileSync(path.join(benchDir, 'results.md'), markdown);

  console.log(`\n${renderTextTable(evaluated)}\n`);
  const missed = evaluated.filter((row) => row.verdict === 'fail').length;
  log(
    `${evaluated.length} rows, ${evaluated.filter((row) => row.verdict === 'pass').length} targets met, ${missed} missed; ` +
      `${failedSuites.length} suite(s) failed; results in .bench/results.md and .bench/results.json ` +
      `(${((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(0)} s)`,
  );
  if (failedSuites.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

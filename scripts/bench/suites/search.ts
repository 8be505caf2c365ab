// Search at scale: domain-level latency of text + two facets (facet counts included) over 100,000
// generated opportunities on PGlite (and PostgreSQL when a URL is given), and /search page SSR
// throughput next to the data-free /about page of the same server.
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../../src/db/client';
import { migrateDatabase } from '../../../src/db/migrate';
import {
  ensureSearchIndexCurrent,
  SEARCH_INDEX_VERSION,
} from '../../../src/domain/search/ensure-search-index';
import {
  emptySearchFilters,
  searchFiltersToParams,
  type SearchFilters,
} from '../../../src/domain/search/params';
import { searchOpportunities } from '../../../src/domain/search/search-opportunities';
import { createRandom, generateScaleData } from '../../../src/seed/scale';
import type { BenchContext, BenchRow, BenchSuite, LoadResult } from '../types';

const GROUP = 'search';
const FULL_SIZE = 100_000;
const QUICK_SIZE = 5_000;
const QUERY_COUNT = 200;
/** Per run, so two runs against one server (a developer's and CI's) do not drop each other's database. */
const BENCH_DATABASE = `tsunagu_bench_search_${process.pid}`;

/** Words people type: work, places, skills, synonyms, a few English ones; broad and narrow. */
const TEXTS = [
  '副業',
  '兼業',
  '複業',
  'DX',
  'ＤＸ推進',
  'デジタル化',
  'リモート',
  'テレワーク',
  '在宅',
  '観光',
  '防災',
  '農業',
  'デザイン',
  'エンジニア',
  '採用',
  'インターン',
  '研修',
  'マーケティング',
  'SNS',
  '販路開拓',
  '新規事業',
  '広報',
  '経理',
  'RPA',
  'ノーコード',
  'まちづくり',
  '移住',
  '長岡',
  '新潟',
  '松本',
  '岡山',
  '北海道',
  '福岡',
  '金沢',
  'Python',
  'React',
  'クラウド',
  'EC',
  '6次産業化',
  'インバウンド',
  '商店街',
  '空き家',
  '戦略マネージャー',
  '地域防災計画',
  '業務の効率化',
  'SNS運用',
  'ブランド',
  '高校生',
  '温泉',
  '酒造',
];

/** The facet pairs the queries combine with the text. */
const FACET_PAIRS: (readonly [keyof SearchFilters, keyof SearchFilters])[] = [
  ['prefecture', 'kind'],
  ['kind', 'style'],
  ['style', 'pay'],
  ['prefecture', 'style'],
  ['field', 'hours'],
  ['kind', 'period'],
  ['pay', 'open'],
  ['prefecture', 'open'],
];

const FACET_CHOICES: Partial<Record<keyof SearchFilters, string[][]>> = {
  prefecture: [['15'], ['13'], ['20'], ['33'], ['01'], ['40'], ['17'], ['15', '20'], ['04', '07']],
  kind: [['side_job'], ['remote_hq'], ['municipal_adviser'], ['paid_internship', 'workcation_internship']],
  style: [['remote'], ['hybrid'], ['remote', 'hybrid'], ['onsite']],
  pay: [['hour_3000_plus'], ['month_100k_299k'], ['month_300k_plus'], ['hour_1500_2999', 'hour_3000_plus']],
  field: [['dx'], ['tourism'], ['marketing'], ['programming', 'design']],
  hours: [['6_to_10'], ['11_to_20'], ['up_to_5', '6_to_10']],
  period: [['2_3m'], ['4_6m'], ['up_to_1m', '2_3m']],
};

/** Deterministic, varied searches: one text and two facets each, sorted by relevance, newest or deadline. */
export function benchSearches(count: number, seed = 7): SearchFilters[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const filters: SearchFilters = { ...emptySearchFilters(), q: random.pick(TEXTS) };
    for (const facet of random.pick(FACET_PAIRS)) {
      if (facet === 'open') filters.open = true;
      else (filters as unknown as Record<string, string[]>)[facet] = random.pick(FACET_CHOICES[facet]!);
    }
    filters.sort = random.weighted([
      [null, 6],
      ['newest', 2],
      ['deadline', 2],
    ] as const);
    return filters;
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

interface LatencyResult {
  p50: number;
  p95: number;
  max: number;
  /** CPU time of this process per search: the whole search on PGlite (in-process), the client's share on PostgreSQL. */
  cpuP50: number;
  cpuP95: number;
  queries: number;
  meanResults: number;
  cappedShare: number;
}

/**
 * Runs every search once to warm the database's caches, then twice more timed; facet counts included. Calls the
 * domain function directly, so the in-process result cache of pages and feeds is not involved.
 */
export async function measureSearchLatency(
  handle: DatabaseHandle,
  searches: SearchFilters[],
): Promise<LatencyResult> {
  for (const filters of searches) await searchOpportunities({ db: handle.db, filters });
  const times: number[] = [];
  const cpu: number[] = [];
  let results = 0;
  let capped = 0;
  for (let round = 0; round < 2; round += 1) {
    for (const filters of searches) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const result = await searchOpportunities({ db: handle.db, filters });
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      results += result.total ?? 0;
      if (result.facets?.estimated || result.totalIsLowerBound) capped += 1;
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? 0,
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    queries: times.length,
    meanResults: results / times.length,
    cappedShare: capped / times.length,
  };
}

function latencyRows(database: string, size: number, result: LatencyResult, target: string): BenchRow[] {
  const note = `${result.queries} searches (${QUERY_COUNT} distinct: text + two facets, facet counts and first page of 20 included) over ${size.toLocaleString('en')} opportunities; mean ${result.meanResults.toFixed(0)} matches; ${(result.cappedShare * 100).toFixed(0)}% had estimated facet counts; p50 ${result.p50.toFixed(1)} ms, max ${result.max.toFixed(1)} ms.`;
  return [
    {
      group: GROUP,
      name: `search p95, text + 2 facets (${database})`,
      value: result.p95,
      unit: 'ms',
      target,
      note,
    },
    { group: GROUP, name: `search p50, text + 2 facets (${database})`, value: result.p50, unit: 'ms' },
    {
      group: GROUP,
      name: `search CPU per search p95 (${database})`,
      value: result.cpuP95,
      unit: 'ms',
      note:
        database === 'PGlite'
          ? `CPU time of the benchmark process (PGlite runs in it), steadier than wall time on a busy machine; p50 ${result.cpuP50.toFixed(1)} ms.`
          : `The client's share only (the server's work is not counted); p50 ${result.cpuP50.toFixed(1)} ms.`,
    },
  ];
}

async function generate(handle: DatabaseHandle, size: number, ctx: BenchContext): Promise<number> {
  await migrateDatabase(handle);
  // Records the current tokeniser first (nothing to rebuild yet), so a server started on this data does not
  // rebuild the generated documents.
  await ensureSearchIndexCurrent({ db: handle.db });
  const started = performance.now();
  await generateScaleData({ db: handle.db, opportunities: size, seed: 42 });
  const seconds = (performance.now() - started) / 1000;
  ctx.log(`generated ${size} opportunities in ${seconds.toFixed(1)} s`);
  return seconds;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}

function combine(results: LoadResult[]): LoadResult {
  return {
    rps: mean(results.map((r) => r.rps)),
    p50: mean(results.map((r) => r.p50)),
    p95: mean(results.map((r) => r.p95)),
    p99: mean(results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
  };
}

/** /search and /about on one server, in the order A B B A so drift affects both alike. */
async function searchVersusAbout(
  ctx: BenchContext,
  serverUrl: string,
  search: { url: string; paths?: string[] },
): Promise<{ search: LoadResult; about: LoadResult }> {
  const options = { connections: 10, durationSec: ctx.quick ? 2 : 5 };
  const searchOptions = { ...options, paths: search.paths };
  const aboutUrl = `${serverUrl}/about`;
  const search1 = await ctx.load(search.url, searchOptions);
  const about1 = await ctx.load(aboutUrl, options);
  const about2 = await ctx.load(aboutUrl, options);
  const search2 = await ctx.load(search.url, searchOptions);
  return { search: combine([search1, search2]), about: combine([about1, about2]) };
}

async function pageThroughput(
  ctx: BenchContext,
  database: { label: 'PGlite'; dataDir: string } | { label: 'PostgreSQL'; databaseUrl: string },
  size: number,
  searches: SearchFilters[],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const where =
    database.label === 'PGlite'
      ? { dataDir: database.dataDir }
      : { databaseUrl: database.databaseUrl, env: { SEED_DEMO: 'false' } };
  // Every request runs its own search: the result cache is off and the connections cycle through the
  // benchmark's distinct searches.
  const uncached = await ctx.startServer({
    ...where,
    env: { ...where.env, SEARCH_CACHE_TTL_MS: '0' },
  });
  try {
    ctx.log('/search (text + 2 facets, uncached, varied) vs /about, order A B B A');
    const paths = searches.map((filters) => `/search?${searchFiltersToParams(filters).toString()}`);
    const { search, about } = await searchVersusAbout(ctx, uncached.url, {
      url: `${uncached.url}${paths[0]}`,
      paths,
    });
    const errors = search.errors + about.errors;
    rows.push(
      {
        group: GROUP,
        name: `/search SSR throughput, text + 2 facets, uncached (${database.label})`,
        value: search.rps,
        unit: 'req/s',
        baseline: { name: '/about', value: about.rps },
        target: '>= 40%',
        note: `The ${paths.length} distinct searches of the latency rows, in turn, over ${size.toLocaleString('en')} opportunities, with the result cache off (SEARCH_CACHE_TTL_MS=0), vs the data-free /about on the same server; ${search.requests} / ${about.requests} requests, 10 connections.${database.label === 'PGlite' ? ' PGlite runs inside the server process, so every search also holds its one JavaScript thread.' : ' The database server works beside the Node process, as in production.'}${errors ? ` ${errors} errors.` : ''}`,
      },
      {
        group: GROUP,
        name: `/search SSR p95 latency, uncached (${database.label})`,
        value: search.p95,
        unit: 'ms',
        baseline: { name: '/about', value: about.p95 },
        note: `p50 ${search.p50.toFixed(1)} ms vs ${about.p50.toFixed(1)} ms.`,
      },
    );
  } finally {
    await uncached.stop();
  }

  if (database.label !== 'PGlite') return rows;
  // A popular search (a shared link) repeated: answered from the 30-second result cache, as in production.
  const cached = await ctx.startServer(where);
  try {
    const filters: SearchFilters = {
      ...emptySearchFilters(),
      q: '副業',
      prefecture: ['15'],
      style: ['remote', 'hybrid'],
    };
    ctx.log('/search (one popular search, cached) vs /about, order A B B A');
    const { search, about } = await searchVersusAbout(ctx, cached.url, {
      url: `${cached.url}/search?${searchFiltersToParams(filters).toString()}`,
    });
    const errors = search.errors + about.errors;
    rows.push({
      group: GROUP,
      name: '/search SSR throughput, one popular search, cached (PGlite)',
      value: search.rps,
      unit: 'req/s',
      baseline: { name: '/about', value: about.rps },
      note: `/search?q=副業&prefecture=15&style=remote,hybrid repeated, answered from the 30-second search result cache; ${search.requests} / ${about.requests} requests.${errors ? ` ${errors} errors.` : ''}`,
    });
  } finally {
    await cached.stop();
  }
  return rows;
}

async function postgresRows(ctx: BenchContext, serverUrl: string, size: number, searches: SearchFilters[]) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  try {
    await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await client.query(`create database ${BENCH_DATABASE}`);
    const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused', poolSize: 2 });
    // An idle connection the server closes (a restart, an administrator) must not end the whole run.
    handle.pgPool?.on('error', (error) => ctx.log(`PostgreSQL connection error: ${error.message}`));
    try {
      const seconds = await generate(handle, size, ctx);
      ctx.log('search latency on PostgreSQL');
      const result = await measureSearchLatency(handle, searches);
      const rows = latencyRows('PostgreSQL', size, result, '< 20 ms');
      rows.push(
        ...(await pageThroughput(ctx, { label: 'PostgreSQL', databaseUrl: url.toString() }, size, searches)),
      );
      rows.push({
        group: GROUP,
        name: `generate ${size.toLocaleString('en')} opportunities (PostgreSQL)`,
        value: seconds,
        unit: 's',
      });
      return rows;
    } finally {
      await handle.close();
    }
  } finally {
    await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await client.end();
  }
}

const search: BenchSuite = async (ctx) => {
  const size = ctx.quick ? QUICK_SIZE : FULL_SIZE;
  const searches = benchSearches(QUERY_COUNT);
  let generateSeconds = 0;
  const dataDir = await ctx.prepareDataDir(`search-${size}-v${SEARCH_INDEX_VERSION}`, async (dir) => {
    // The first start migrates and loads the demo data; then the generator adds the scale data.
    const server = await ctx.startServer({ dataDir: dir });
    await server.stop();
    const handle = await openDatabase({ dataDir: dir });
    try {
      generateSeconds = await generate(handle, size, ctx);
    } finally {
      await handle.close();
    }
  });

  const rows: BenchRow[] = [];
  if (generateSeconds > 0) {
    rows.push({
      group: GROUP,
      name: `generate ${size.toLocaleString('en')} opportunities (PGlite)`,
      value: generateSeconds,
      unit: 's',
      target: size === FULL_SIZE ? '< 180 s' : undefined,
      note: 'npm run db:seed -- --scale N: organisations, opportunities and their search documents.',
    });
  }

  ctx.log('search latency on PGlite');
  const handle = await openDatabase({ dataDir });
  try {
    rows.push(...latencyRows('PGlite', size, await measureSearchLatency(handle, searches), '< 50 ms'));
  } finally {
    await handle.close();
  }

  rows.push(...(await pageThroughput(ctx, { label: 'PGlite', dataDir }, size, searches)));

  if (ctx.postgresUrl) rows.push(...(await postgresRows(ctx, ctx.postgresUrl, size, searches)));
  else ctx.log('PostgreSQL rows skipped (set DATABASE_URL or BENCH_DATABASE_URL to include them)');
  return rows;
};

export default search;

import { sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';

export interface Job {
  name: string;
  /** Whether the job is due, given when it last ran (null: never) and now. */
  isDue(lastRunAt: Date | null, now: Date): boolean;
  run(now: Date): Promise<void>;
}

/** Every `hours` hours. */
export function everyHours(hours: number): Job['isDue'] {
  return (lastRunAt, now) => !lastRunAt || now.getTime() - lastRunAt.getTime() >= hours * 3_600_000;
}

/** Once a day, at or after `hour` o'clock Japan time. */
export function dailyAtTokyoHour(hour: number): Job['isDue'] {
  const tokyoDay = (date: Date) => new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const tokyoHour = (date: Date) => new Date(date.getTime() + 9 * 3_600_000).getUTCHours();
  return (lastRunAt, now) => tokyoHour(now) >= hour && (!lastRunAt || tokyoDay(lastRunAt) !== tokyoDay(now));
}

const metaKey = (job: Job) => `job:${job.name}:last_run`;

/**
 * Runs each due job once, recording its last run in app_meta. The claim is one conditional UPSERT,
 * so with several app instances on one PostgreSQL only one runs a job for a given slot.
 */
export async function runDueJobs(options: {
  db: Db;
  jobs: Job[];
  now?: Date;
  log?: (entry: object) => void;
}) {
  const now = options.now ?? new Date();
  const ran: string[] = [];
  for (const job of options.jobs) {
    const [row] = await queryRows<{ value: string }>(
      options.db,
      sql`select value #>> '{}' as value from app_meta where key = ${metaKey(job)}`,
    );
    const lastRunAt = row ? new Date(row.value) : null;
    if (!job.isDue(lastRunAt, now)) continue;
    // Compare-and-set: insert when never run, else update only if nobody changed it since we read it.
    const claimed = await queryRows<{ key: string }>(
      options.db,
      row
        ? sql`update app_meta set value = to_jsonb(${now.toISOString()}::text), updated_at = now()
              where key = ${metaKey(job)} and value = to_jsonb(${row.value}::text) returning key`
        : sql`insert into app_meta (key, value) values (${metaKey(job)}, to_jsonb(${now.toISOString()}::text))
              on conflict (key) do nothing returning key`,
    );
    if (claimed.length === 0) continue; // another instance took it
    try {
      await job.run(now);
      ran.push(job.name);
      options.log?.({ job: job.name, msg: 'job finished' });
    } catch (error) {
      options.log?.({ job: job.name, msg: 'job failed', error: String((error as Error).stack ?? error) });
    }
  }
  return ran;
}

/** Checks for due jobs every `intervalMs` (default 5 minutes) until stopped. */
export function startScheduler(options: {
  db: Db;
  jobs: Job[];
  intervalMs?: number;
  log?: (entry: object) => void;
}) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(() => runDueJobs(options)).catch(() => undefined);
  };
  const timer = setInterval(tick, options.intervalMs ?? 5 * 60_000);
  timer.unref();
  setTimeout(tick, 10_000).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

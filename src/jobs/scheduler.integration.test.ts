import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { createTestDatabase } from '../../tests/support/db';
import { dailyAtTokyoHour, everyHours, runDueJobs, type Job } from './scheduler';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

function countingJob(name: string, isDue: Job['isDue']) {
  const runs: Date[] = [];
  return { job: { name, isDue, run: async (now: Date) => void runs.push(now) } satisfies Job, runs };
}

describe('runDueJobs', () => {
  it('runs an hourly job once per hour, remembering its last run in the database', async () => {
    const { job, runs } = countingJob('hourly-test', everyHours(1));
    const t0 = new Date('2026-01-10T00:00:00Z');
    expect(await runDueJobs({ db: handle.db, jobs: [job], now: t0 })).toEqual(['hourly-test']);
    expect(
      await runDueJobs({ db: handle.db, jobs: [job], now: new Date(t0.getTime() + 30 * 60_000) }),
    ).toEqual([]);
    expect(
      await runDueJobs({ db: handle.db, jobs: [job], now: new Date(t0.getTime() + 61 * 60_000) }),
    ).toEqual(['hourly-test']);
    expect(runs).toHaveLength(2);
  });

  it('runs a daily job once per Tokyo day after the given hour', async () => {
    const { job, runs } = countingJob('daily-test', dailyAtTokyoHour(8));
    // 07:00 JST: not yet; 08:30 JST: runs; 20:00 JST same day: not again; next day 08:05 JST: runs.
    await runDueJobs({ db: handle.db, jobs: [job], now: new Date('2026-01-10T22:00:00Z') });
    await runDueJobs({ db: handle.db, jobs: [job], now: new Date('2026-01-10T23:30:00Z') });
    await runDueJobs({ db: handle.db, jobs: [job], now: new Date('2026-01-11T11:00:00Z') });
    await runDueJobs({ db: handle.db, jobs: [job], now: new Date('2026-01-11T23:05:00Z') });
    expect(runs.map((d) => d.toISOString())).toEqual([
      '2026-01-10T23:30:00.000Z',
      '2026-01-11T23:05:00.000Z',
    ]);
  });

  it('lets only one of two concurrent schedulers claim a due job', async () => {
    const { job, runs } = countingJob('claim-test', everyHours(1));
    const now = new Date('2026-02-01T00:00:00Z');
    await Promise.all([
      runDueJobs({ db: handle.db, jobs: [job], now }),
      runDueJobs({ db: handle.db, jobs: [job], now }),
    ]);
    expect(runs).toHaveLength(1);
  });
});

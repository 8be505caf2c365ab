import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { accounts, applications, opportunities, organisations, scorecards } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { listPipeline } from '#src/domain/applications/list-pipeline';
import { parsePipelineQuery } from '#src/domain/applications/pipeline-filters';
import { actorOf } from '../../tests/factories/apply';
import { createTestDatabase } from '../../tests/support/db';
import { seedDemoDataIfEmpty } from './demo';
import { seedPipelines } from './pipeline';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemoDataIfEmpty({ db: handle.db });
}, 180_000);
afterAll(() => handle.close());

const query = parsePipelineQuery(new URLSearchParams());

async function staff(email: string) {
  const [account] = await handle.db.select().from(accounts).where(eq(accounts.email, email));
  return actorOf(handle.db, account!.id);
}

describe('screening demo data', () => {
  it('gives Okayama’s three strategy-manager posts 616 applicants over three weeks from 19 June 2020', async () => {
    const db = handle.db;
    const rows = await queryRows<{ field: string; n: string | number; first: Date; last: Date }>(
      db,
      sql`select o.fields[1] as field, count(*) as n, min(a.submitted_at) as first, max(a.submitted_at) as last
          from applications a join opportunities o on o.id = a.opportunity_id
          join organisations org on org.id = o.organisation_id
          where org.slug = 'okayama-city' and o.kind = 'municipal_adviser'
          group by o.fields[1] order by 2 desc`,
    );
    expect(rows.map((row) => [row.field, Number(row.n)])).toEqual([
      ['promotion', 250],
      ['dx', 220],
      ['disaster_prevention', 146],
    ]);
    for (const row of rows) {
      expect(new Date(row.first).getTime()).toBeGreaterThanOrEqual(Date.parse('2020-06-19T00:00:00Z'));
      expect(new Date(row.last).getTime()).toBeLessThanOrEqual(Date.parse('2020-07-10T08:00:00Z'));
    }
  });

  it('appoints five (two, two and one), rejects most at document screening and scores the shortlist twice', async () => {
    const db = handle.db;
    const counts = await queryRows<{ field: string; stage: string; n: string | number }>(
      db,
      sql`select o.fields[1] as field, a.stage_category as stage, count(*) as n
          from applications a join opportunities o on o.id = a.opportunity_id
          where o.kind = 'municipal_adviser' group by 1, 2`,
    );
    const count = (field: string, stages: string[]) =>
      counts
        .filter((row) => row.field === field && stages.includes(row.stage))
        .reduce((sum, row) => sum + Number(row.n), 0);
    expect(count('promotion', ['active', 'contract'])).toBe(2);
    expect(count('dx', ['active', 'contract'])).toBe(2);
    expect(count('disaster_prevention', ['active', 'contract'])).toBe(1);
    expect(count('promotion', ['rejected'])).toBeGreaterThan(200);
    const reviewers = await queryRows<{ email: string; n: string | number }>(
      db,
      sql`select ac.email, count(*) as n from scorecards s join accounts ac on ac.id = s.reviewer_id
          where s.submitted_at is not null group by ac.email order by ac.email`,
    );
    expect(reviewers.map((row) => row.email)).toEqual([
      'miraiworks@tsunagu.example',
      'okayama@tsunagu.example',
    ]);
    expect(Number(reviewers[0]!.n)).toBe(Number(reviewers[1]!.n));
  });

  it('makes both Okayama reviewers staff, ranking the shortlist for each', async () => {
    const db = handle.db;
    const [dx] = await db.select().from(opportunities).where(eq(opportunities.slug, 'okayama-sm-dx'));
    for (const email of ['okayama@tsunagu.example', 'miraiworks@tsunagu.example']) {
      const listing = await listPipeline({
        db,
        actor: await staff(email),
        opportunityId: dx!.id,
        query: parsePipelineQuery(new URLSearchParams('scored=1&sort=score')),
      });
      expect(listing.total).toBe(11);
      expect(
        listing.rows.slice(0, 2).every((row) => ['active', 'contract'].includes(row.stage.category)),
      ).toBe(true);
      expect(listing.rows.every((row) => row.meanScore !== null && row.reviewCount === 2)).toBe(true);
    }
  });

  it('puts a few Shiojiri applications at every stage, with messages', async () => {
    const db = handle.db;
    const rows = await queryRows<{ stage: string }>(
      db,
      sql`select distinct a.stage_category as stage from applications a join opportunities o on o.id = a.opportunity_id
          where o.slug like 'sj-%'`,
    );
    expect(rows.map((row) => row.stage).sort()).toEqual([
      'active',
      'applied',
      'completed',
      'contract',
      'interview',
      'offer',
      'rejected',
      'screening',
      'withdrawn',
    ]);
    const [messages] = await queryRows<{ n: string | number }>(
      db,
      sql`select count(*) as n from application_messages m join applications a on a.id = m.application_id
          join opportunities o on o.id = a.opportunity_id where o.slug like 'sj-%'`,
    );
    expect(Number(messages!.n)).toBeGreaterThanOrEqual(2);
  });

  it('leaves Koga’s open cohort with applicants to screen, scored for fit', async () => {
    const db = handle.db;
    const [cohort] = await db
      .select()
      .from(opportunities)
      .where(eq(opportunities.slug, 'koga-digital-training'));
    const listing = await listPipeline({
      db,
      actor: await staff('persolpt@tsunagu.example'),
      opportunityId: cohort!.id,
      query,
    });
    expect(listing.total).toBe(24);
    expect(listing.stages.find((stage) => stage.category === 'applied')!.count).toBe(21);
    expect(listing.rows.every((row) => row.fitScore !== null)).toBe(true);
    const asCoordinator = await listPipeline({
      db,
      actor: await staff('koga@tsunagu.example'),
      opportunityId: cohort!.id,
      query,
    });
    expect(asCoordinator.total).toBe(24);
  });

  it('runs once: a second call adds nothing', async () => {
    const db = handle.db;
    const before = await db.select({ id: applications.id }).from(applications);
    await seedPipelines({ db });
    expect(await db.select({ id: applications.id }).from(applications)).toHaveLength(before.length);
    const synthetic = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(like(accounts.email, 'okayama-applicant-%'));
    expect(synthetic.length).toBeGreaterThan(600);
    const [city] = await db.select().from(organisations).where(eq(organisations.slug, 'okayama-city'));
    expect(city).toBeDefined();
    const anyScorecards = await db
      .select({ id: scorecards.id })
      .from(scorecards)
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .where(and(inArray(applications.stageCategory, ['active', 'contract'])));
    expect(anyScorecards.length).toBe(10);
  });
});

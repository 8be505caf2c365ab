import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { opportunities, opportunitySearch, programmes } from '#src/db/schema';
import { getProgrammeBySlug } from '#src/domain/programmes/get-programme';
import { publishingProblems } from '#src/domain/opportunities/schema';
import { isOpportunityOpen } from '#src/domain/opportunities/types';
import { getMunicipalityOverview } from '#src/domain/regions/get-region-overview';
import { createTestDatabase } from '../../tests/support/db';
import { seedFoundation } from './foundation';
import { seedOpportunities } from './opportunities';
import { seedProgrammes } from './programmes';
import { seedRegionFacts } from './regions';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  await seedFoundation({ db });
  await seedRegionFacts({ db });
  const programmeIds = await seedProgrammes({ db });
  await seedOpportunities({ db, programmeIds });
});
afterAll(() => handle.close());

describe('demo programmes, opportunities and region facts', () => {
  it('seeds the four programmes with their members by role', async () => {
    const nagaoka = await getProgrammeBySlug({ db, slug: 'nagaoka-worker' });
    expect(nagaoka.coordinator.slug).toBe('nagaoka-city');
    expect(
      nagaoka.members.filter((member) => member.role === 'endorser').map((member) => member.slug),
    ).toEqual(['usen-next', 'demo-mirai-cloud', 'demo-design-works']);
    expect(nagaoka.members.find((member) => member.role === 'partner')?.slug).toBe(
      'demo-nagaoka-student-pmo',
    );
    // Three remote HQ jobs and the paid internship are open; the featured internship comes first.
    expect(nagaoka.openOpportunities).toHaveLength(4);
    expect(nagaoka.openOpportunities[0]?.slug).toBe('nw-career-training');

    const shiojiri = await getProgrammeBySlug({ db, slug: 'shiojiri-local-side-jobs' });
    expect(shiojiri.members.filter((member) => member.role === 'host')).toHaveLength(6);
    expect(shiojiri.openOpportunities).toEqual([]);
    const all = await db.select().from(programmes);
    expect(all.map((programme) => programme.slug).sort()).toEqual([
      'koga-regional-revitalisation',
      'nagaoka-worker',
      'okayama-strategy-managers',
      'shiojiri-local-side-jobs',
    ]);
  });

  it('keeps every published or closed demo opportunity complete, indexed and in the right state', async () => {
    const rows = await db.select().from(opportunities);
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      expect(publishingProblems(row, row.publishedAt ?? new Date(0)), row.slug).toEqual({});
      const indexed = await db
        .select()
        .from(opportunitySearch)
        .where(eq(opportunitySearch.opportunityId, row.id));
      expect(indexed, row.slug).toHaveLength(1);
    }
    const open = rows
      .filter((row) => isOpportunityOpen(row))
      .map((row) => row.slug)
      .sort();
    expect(open).toEqual([
      'koga-digital-training',
      'koga-workcation-intern',
      'nw-career-training',
      'nw-design-uiux',
      'nw-mirai-engineer',
      'nw-usen-admin',
    ]);
    const okayama = rows.filter((row) => row.kind === 'municipal_adviser');
    expect(okayama.map((row) => row.fields[0]).sort()).toEqual(['disaster_prevention', 'dx', 'promotion']);
    expect(okayama.reduce((sum, row) => sum + row.openings, 0)).toBe(5);
    expect(okayama.every((row) => row.applicationsOpenAt?.toISOString() === '2020-06-19T00:00:00.000Z')).toBe(
      true,
    );
  });

  it('gives Nagaoka its access facts and coworking bases, and Okayama its census figures', async () => {
    const nagaoka = await getMunicipalityOverview({ db, prefectureCode: '15', code: '152021' });
    expect(nagaoka.facts).toMatchObject({ travelMinutesToTokyo: 60, population: null });
    expect(nagaoka.facts?.coworkingBases.map((base) => base.name)).toEqual([
      'USEN SQUARE NAGAOKA',
      'NaDeC BASE',
    ]);
    expect(nagaoka.openOpportunityCount).toBe(4);
    expect(nagaoka.programmes.map((programme) => programme.slug)).toEqual(['nagaoka-worker']);
    const okayama = await getMunicipalityOverview({ db, prefectureCode: '33', code: '331007' });
    expect(okayama.facts).toMatchObject({
      population: 707_897,
      households: 333_361,
      statisticsAsOf: '2020-10-31',
    });
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { buildTalent, buildTalentsBulk } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('talent factories (shared by tests and the seed scripts)', () => {
  it('buildTalent creates the account, profile, skills and ties it is given', async () => {
    const talent = await buildTalent({
      db: handle.db,
      displayName: '長岡 太郎',
      visibility: 'open_to_scouting',
      hoursPerWeek: 12,
      skills: [{ skill: 'python', level: 4 }],
      ties: [
        { regionCode: '152021', kind: 'wants_to_move' },
        { regionCode: '15', kind: 'hometown' },
      ],
    });
    expect(talent.account.role).toBe('talent');
    expect(talent.profile).toMatchObject({
      familyName: '長岡',
      givenName: '太郎',
      hoursPerWeek: 12,
      visibility: 'open_to_scouting',
    });
    const ties = await queryRows<{ region_code: string; prefecture_code: string }>(
      handle.db,
      sql`select region_code, prefecture_code from talent_region_ties where account_id = ${talent.id} order by region_code`,
    );
    expect(ties).toEqual([
      { region_code: '15', prefecture_code: '15' },
      { region_code: '152021', prefecture_code: '15' },
    ]);
  });

  it('buildTalentsBulk creates thousands of deterministic, varied talent', async () => {
    // Multi-row inserts of 500: a handful of statements per 500 people, not several per person.
    const first = await buildTalentsBulk({ db: handle.db, count: 2000, seed: 7 });
    expect(first).toHaveLength(2000);
    const second = await buildTalentsBulk({ db: handle.db, count: 20, seed: 7 });
    expect(second.map((t) => t.displayName)).toEqual(first.slice(0, 20).map((t) => t.displayName));

    const ids = first.map((t) => t.id);
    const [stats] = await queryRows<{
      profiles: number;
      with_skills: number;
      with_ties: number;
      scouting: number;
      kana_ok: number;
    }>(
      handle.db,
      sql`select count(*)::int as profiles,
            count(*) filter (where exists (select 1 from talent_skills s where s.account_id = p.account_id))::int as with_skills,
            count(*) filter (where exists (select 1 from talent_region_ties r where r.account_id = p.account_id))::int as with_ties,
            count(*) filter (where p.visibility = 'open_to_scouting')::int as scouting,
            count(*) filter (where p.family_name_kana ~ '^[ァ-ヶー]+$' and p.given_name_kana ~ '^[ァ-ヶー]+$')::int as kana_ok
          from talent_profiles p where p.account_id = any(${`{${ids.join(',')}}`}::uuid[])`,
    );
    expect(stats).toEqual({
      profiles: 2000,
      with_skills: 2000,
      with_ties: 2000,
      scouting: expect.any(Number),
      kana_ok: 2000,
    });
    expect(stats!.scouting).toBeGreaterThan(1000);
    expect(stats!.scouting).toBeLessThan(1400);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { accounts } from '#src/db/schema';
import { loadActor } from '#src/domain/accounts/sessions';
import { getOwnTalentProfile } from '#src/domain/talent/get-own-talent-profile';
import { listScoutingTalent } from '#src/domain/talent/list-scouting-talent';
import { createTestDatabase } from '../../tests/support/db';
import { seedFoundation } from './foundation';
import { seedTalent } from './talent';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedFoundation({ db: handle.db });
  await seedTalent({ db: handle.db });
}, 120_000);
afterAll(() => handle.close());

async function actorByEmail(email: string) {
  const [account] = await handle.db.select().from(accounts).where(eq(accounts.email, email));
  return loadActor({ db: handle.db, account: { ...account!, accountId: account!.id } });
}

describe('talent demo data', () => {
  it('gives 山田 花子 a complete profile (all but documents) tied to Niigata and Nagaoka', async () => {
    const own = await getOwnTalentProfile({
      db: handle.db,
      actor: await actorByEmail('talent@tsunagu.example'),
    });
    expect(own.profile).toMatchObject({
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      visibility: 'open_to_scouting',
    });
    expect(own.regionTies).toEqual(
      expect.arrayContaining([
        { regionCode: '15', prefectureCode: '15', kind: 'hometown' },
        { regionCode: '152021', prefectureCode: '15', kind: 'wants_to_move' },
      ]),
    );
    expect(own.completeness.missing.map((item) => item.key)).toEqual(['documents']);
  });

  it('gives 佐藤 健 a student profile studying in Nagaoka, graduating in 2027', async () => {
    const own = await getOwnTalentProfile({
      db: handle.db,
      actor: await actorByEmail('student@tsunagu.example'),
    });
    expect(own.profile).toMatchObject({ graduationYear: 2027, prefectureCode: '15' });
    expect(own.skills.map((entry) => entry.skill)).toContain('python');
    expect(own.regionTies).toContainEqual({ regionCode: '152021', prefectureCode: '15', kind: 'studied' });
  });

  it('fills the talent directory for hosts with people open to scouting', async () => {
    const usen = await actorByEmail('usen@tsunagu.example');
    const all = await listScoutingTalent({ db: handle.db, actor: usen, filters: {} });
    expect(all.total).toBeGreaterThanOrEqual(7);
    const okayamaDisaster = await listScoutingTalent({
      db: handle.db,
      actor: usen,
      filters: { skill: 'disaster-management', prefecture: '33' },
    });
    expect(okayamaDisaster.items.map((item) => item.displayName)).toEqual(['小林 直樹']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import type { AccountRole } from '#src/domain/accounts/actor';
import { loadActor } from '#src/domain/accounts/sessions';
import { AppError } from '#src/lib/errors';
import { addMember, buildAccount, buildOrganisation } from '../../../tests/factories/accounts';
import { buildOpportunity } from '../../../tests/factories/opportunities';
import { createTestDatabase } from '../../../tests/support/db';
import { canEditRegionFacts } from './can-edit-region-facts';
import { getMunicipalityOverview, getPrefectureOverview } from './get-region-overview';
import { getRegionFacts } from './get-region-facts';
import { listRegionSummaries } from './list-region-summaries';
import { updateRegionFacts } from './update-region-facts';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

async function person(role: AccountRole, organisationId?: string) {
  const account = await buildAccount({ db, role });
  if (organisationId) await addMember({ db, organisationId, accountId: account.id });
  return loadActor({ db, account: { ...account, accountId: account.id } });
}

describe('region facts', () => {
  it('may be edited by coordinators of an organisation in the region, and by admins', async () => {
    const koga = await buildOrganisation({
      db,
      kind: 'municipality',
      prefectureCode: '40',
      municipalityCode: '402231',
    });
    const coordinator = await person('coordinator', koga.id);
    const hostInKoga = await person('host', koga.id);
    const outsider = await person('coordinator', (await buildOrganisation({ db, prefectureCode: '13' })).id);
    const admin = await person('admin');

    expect(await canEditRegionFacts({ db, actor: coordinator, code: '402231' })).toBe(true);
    expect(await canEditRegionFacts({ db, actor: coordinator, code: '40' })).toBe(true);
    expect(await canEditRegionFacts({ db, actor: coordinator, code: '152021' })).toBe(false);
    expect(await canEditRegionFacts({ db, actor: hostInKoga, code: '402231' })).toBe(false);
    expect(await canEditRegionFacts({ db, actor: outsider, code: '402231' })).toBe(false);
    expect(await canEditRegionFacts({ db, actor: null, code: '402231' })).toBe(false);
    expect(await canEditRegionFacts({ db, actor: admin, code: '402231' })).toBe(true);

    const saved = await updateRegionFacts({
      db,
      actor: coordinator,
      code: '402231',
      input: {
        population: '５７,９００',
        travelMinutesToTokyo: '',
        introduction: '玄界灘に面したまち。\r\n\r\n快生館が拠点です。',
        coworkingBases: [
          { name: 'シェアオフィス 快生館', url: 'https://kaiseikan.info/', note: '' },
          { name: '', url: '', note: '' },
        ],
      },
    });
    expect(saved).toMatchObject({
      population: 57_900,
      travelMinutesToTokyo: null,
      introduction: '玄界灘に面したまち。\n\n快生館が拠点です。',
      coworkingBases: [{ name: 'シェアオフィス 快生館', url: 'https://kaiseikan.info/' }],
      updatedById: coordinator.accountId,
    });

    for (const actor of [hostInKoga, outsider]) {
      const error = await updateRegionFacts({ db, actor, code: '402231', input: { population: 1 } }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('FORBIDDEN');
    }
    expect((await getRegionFacts({ db, code: '402231' }))?.population).toBe(57_900);

    const invalid = await updateRegionFacts({
      db,
      actor: admin,
      code: '402231',
      input: { households: '-1', coworkingBases: [{ name: '拠点', url: 'javascript:alert(1)' }] },
    }).catch((e) => e);
    expect((invalid as AppError).fieldErrors).toEqual({
      households: 'regions.validation.count',
      'coworkingBases.0.url': 'regions.validation.url',
    });
  });

  it('summarise open opportunities and organisations per prefecture and municipality', async () => {
    const shiojiri = await buildOrganisation({ db, prefectureCode: '20', municipalityCode: '202151' });
    const before = await listRegionSummaries({ db });
    const countIn = (groups: typeof before, code: string) =>
      groups.flatMap((group) => group.prefectures).find((row) => row.prefecture.code === code)!
        .openOpportunities;
    await buildOpportunity({
      db,
      organisationId: shiojiri.id,
      status: 'published',
      municipalityCodes: ['202151'],
    });
    await buildOpportunity({
      db,
      organisationId: shiojiri.id,
      status: 'closed',
      municipalityCodes: ['202151'],
    });
    await buildOpportunity({
      db,
      organisationId: shiojiri.id,
      status: 'draft',
      municipalityCodes: ['202151'],
    });
    const after = await listRegionSummaries({ db });
    expect(after).toHaveLength(9);
    expect(after.flatMap((group) => group.prefectures)).toHaveLength(47);
    expect(countIn(after, '20') - countIn(before, '20')).toBe(1);

    const nagano = await getPrefectureOverview({ db, code: '20' });
    expect(nagano.prefecture.name).toBe('長野県');
    expect(nagano.municipalities.find((row) => row.municipality.code === '202151')).toMatchObject({
      openOpportunities: expect.any(Number),
      organisations: expect.any(Number),
    });
    const city = await getMunicipalityOverview({ db, prefectureCode: '20', code: '202151' });
    expect(city.organisations.map((row) => row.slug)).toContain(shiojiri.slug);
    await expect(getMunicipalityOverview({ db, prefectureCode: '15', code: '202151' })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    await expect(getPrefectureOverview({ db, code: '48' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

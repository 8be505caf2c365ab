import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { organisations } from '#src/db/schema';
import { emptySearchFilters } from '#src/domain/search/params';
import { searchOpportunities } from '#src/domain/search/search-opportunities';
import { addMember, buildAccount } from '../../../tests/factories/accounts';
import { actorFor, buildOrganisationWithMember } from '../../../tests/factories/organisations';
import { buildSearchableOpportunity } from '../../../tests/factories/search';
import { createTestDatabase } from '../../../tests/support/db';
import { updateOrganisationProfile } from './update-organisation-profile';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

const profile = (overrides: Record<string, unknown> = {}) => ({
  organisationName: '株式会社ひかり醸造',
  organisationNameEn: 'Hikari Brewing',
  prefectureCode: '15',
  municipality: '長岡',
  description: '長岡の小さな酒蔵です。',
  websiteUrl: 'https://hikari.example/',
  ...overrides,
});

async function row(id: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, id));
  return organisation!;
}

describe('updateOrganisationProfile', () => {
  it('saves the profile and makes its opportunities findable by the new name only', async () => {
    const { organisation, account } = await buildOrganisationWithMember({ db, role: 'owner' });
    const opportunity = await buildSearchableOpportunity({
      db,
      organisationId: organisation.id,
      title: '酒蔵の広報サポート',
    });
    const before = (await row(organisation.id)).name;
    const owner = await actorFor(db, account.id);
    await updateOrganisationProfile({ db, actor: owner, slug: organisation.slug, input: profile() });

    const saved = await row(organisation.id);
    expect(saved).toMatchObject({
      name: '株式会社ひかり醸造',
      nameEn: 'Hikari Brewing',
      prefectureCode: '15',
      municipalityCode: '152021',
      description: '長岡の小さな酒蔵です。',
      websiteUrl: 'https://hikari.example/',
    });
    const ids = async (q: string) =>
      (await searchOpportunities({ db, filters: { ...emptySearchFilters(), q } })).items.map(
        (item) => item.id,
      );
    expect(await ids('ひかり醸造')).toEqual([opportunity.id]);
    expect(await ids('hikari')).toEqual([opportunity.id]);
    expect(await ids(before)).not.toContain(opportunity.id);
  });

  it('lets admins edit, but not members or another organisation’s owner', async () => {
    const { organisation } = await buildOrganisationWithMember({ db, role: 'owner' });
    const admin = await buildAccount({ db, role: 'host' });
    const member = await buildAccount({ db, role: 'host' });
    await addMember({ db, organisationId: organisation.id, accountId: admin.id, role: 'admin' });
    await addMember({ db, organisationId: organisation.id, accountId: member.id, role: 'member' });
    const other = await buildOrganisationWithMember({ db, role: 'owner' });
    const original = await row(organisation.id);

    for (const accountId of [member.id, other.account.id]) {
      await expect(
        updateOrganisationProfile({
          db,
          actor: await actorFor(db, accountId),
          slug: organisation.slug,
          input: profile({ organisationName: '乗っ取り' }),
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await row(organisation.id)).name).toBe(original.name);

    await updateOrganisationProfile({
      db,
      actor: await actorFor(db, admin.id),
      slug: organisation.slug,
      input: profile({ organisationName: '管理者が更新', municipality: '', websiteUrl: '' }),
    });
    expect(await row(organisation.id)).toMatchObject({
      name: '管理者が更新',
      municipalityCode: null,
      websiteUrl: null,
    });
  });

  it('refuses bad input field by field and changes nothing', async () => {
    const { organisation, account } = await buildOrganisationWithMember({ db, role: 'owner' });
    const owner = await actorFor(db, account.id);
    const original = await row(organisation.id);
    const attempt = (input: Record<string, unknown>) =>
      updateOrganisationProfile({ db, actor: owner, slug: organisation.slug, input: profile(input) });

    await expect(attempt({ organisationName: ' ', websiteUrl: 'javascript:alert(1)' })).rejects.toMatchObject(
      {
        code: 'INVALID_INPUT',
        fieldErrors: {
          organisationName: 'validation.required',
          websiteUrl: 'accounts.validation.websiteUrl',
        },
      },
    );
    await expect(attempt({ municipality: '松本市' })).rejects.toMatchObject({
      fieldErrors: { municipality: 'accounts.validation.municipalityOtherPrefecture' },
    });
    await expect(attempt({ description: 'あ'.repeat(2001) })).rejects.toMatchObject({
      fieldErrors: { description: 'accounts.validation.descriptionTooLong' },
    });
    expect(await row(organisation.id)).toEqual(original);
  });
});

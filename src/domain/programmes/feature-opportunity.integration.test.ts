import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import type { AccountRole } from '#src/domain/accounts/actor';
import { loadActor } from '#src/domain/accounts/sessions';
import { listFeaturedOpportunities } from '#src/domain/opportunities/list-open-opportunities';
import { AppError } from '#src/lib/errors';
import { addMember, buildAccount, buildOrganisation } from '../../../tests/factories/accounts';
import { buildOpportunity } from '../../../tests/factories/opportunities';
import { addProgrammeMember, buildProgramme } from '../../../tests/factories/programmes';
import { createTestDatabase } from '../../../tests/support/db';
import { featureOpportunity } from './feature-opportunity';
import { getProgrammeForCoordinator, listCoordinatedProgrammes } from './get-programme-for-coordinator';
import { listOrganisationProgrammes } from './list-organisation-programmes';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

async function memberOf(organisationId: string, role: AccountRole) {
  const account = await buildAccount({ db, role });
  await addMember({ db, organisationId, accountId: account.id });
  return loadActor({ db, account: { ...account, accountId: account.id } });
}

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

describe('programme coordinators', () => {
  it('see every opportunity of their programme and feature only open ones; hosts cannot', async () => {
    const city = await buildOrganisation({ db, kind: 'municipality' });
    const host = await buildOrganisation({ db });
    const programme = await buildProgramme({ db, coordinatorOrganisationId: city.id });
    await addProgrammeMember({ db, programmeId: programme.id, organisationId: host.id, role: 'host' });
    const open = await buildOpportunity({
      db,
      organisationId: host.id,
      programmeId: programme.id,
      status: 'published',
    });
    const draft = await buildOpportunity({ db, organisationId: host.id, programmeId: programme.id });
    const elsewhere = await buildOpportunity({ db, organisationId: host.id, status: 'published' });

    const coordinator = await memberOf(city.id, 'coordinator');
    const hostMember = await memberOf(host.id, 'host');

    const view = await getProgrammeForCoordinator({ db, actor: coordinator, slug: programme.slug });
    expect(view.opportunities.map((row) => row.id).sort()).toEqual([open.id, draft.id].sort());
    expect(await codeOf(getProgrammeForCoordinator({ db, actor: hostMember, slug: programme.slug }))).toBe(
      'FORBIDDEN',
    );
    expect((await listCoordinatedProgrammes({ db, actor: coordinator })).map((row) => row.slug)).toEqual([
      programme.slug,
    ]);
    expect(await listCoordinatedProgrammes({ db, actor: hostMember })).toEqual([]);

    const feature = (opportunityId: string, actor = coordinator, featured = true) =>
      featureOpportunity({ db, actor, programmeSlug: programme.slug, opportunityId, featured });
    expect(await codeOf(feature(open.id, hostMember))).toBe('FORBIDDEN');
    expect(await codeOf(feature(draft.id))).toBe('CONFLICT');
    expect(await codeOf(feature(elsewhere.id))).toBe('NOT_FOUND');

    const featured = await feature(open.id);
    expect(featured.featuredAt).toBeInstanceOf(Date);
    const home = await listFeaturedOpportunities({ db, limit: 50 });
    expect(home.map((row) => row.id)).toContain(open.id);
    const again = await feature(open.id);
    expect(again.featuredAt).toEqual(featured.featuredAt);

    const unfeatured = await feature(open.id, coordinator, false);
    expect(unfeatured.featuredAt).toBeNull();
    expect((await listFeaturedOpportunities({ db, limit: 50 })).map((row) => row.id)).not.toContain(open.id);
  });

  it('lists an organisation’s programmes with its part in each', async () => {
    const city = await buildOrganisation({ db, kind: 'municipality' });
    const company = await buildOrganisation({ db });
    const coordinated = await buildProgramme({ db, coordinatorOrganisationId: city.id, name: 'あ運営' });
    const hidden = await buildProgramme({ db, coordinatorOrganisationId: city.id, status: 'draft' });
    await addProgrammeMember({
      db,
      programmeId: coordinated.id,
      organisationId: company.id,
      role: 'endorser',
      joinedOn: '2021-09-01',
    });
    await addProgrammeMember({ db, programmeId: hidden.id, organisationId: company.id, role: 'host' });
    expect(await listOrganisationProgrammes({ db, organisationId: city.id })).toEqual([
      expect.objectContaining({ slug: coordinated.slug, role: 'coordinator' }),
    ]);
    expect(await listOrganisationProgrammes({ db, organisationId: company.id })).toEqual([
      expect.objectContaining({ slug: coordinated.slug, role: 'endorser', joinedOn: '2021-09-01' }),
    ]);
  });
});

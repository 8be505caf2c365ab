import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { programmes } from '#src/db/schema';
import { addMember, buildAccount, buildOrganisation } from '../../../tests/factories/accounts';
import { buildApplication, buildBareOpportunity } from '../../../tests/factories/applications';
import { buildTalent } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';
import { loadActor } from '../accounts/sessions';
import { canViewTalentProfile, requireTalentProfileAccess } from './can-view-talent-profile';
import type { ProfileVisibility } from './types';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

async function actorFor(accountId: string) {
  const account = (await handle.db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.id, accountId) }))!;
  return loadActor({ db: handle.db, account: { ...account, accountId: account.id } });
}

async function member(organisationId: string, role: 'host' | 'coordinator') {
  const account = await buildAccount({ db: handle.db, role });
  await addMember({ db: handle.db, organisationId, accountId: account.id });
  return actorFor(account.id);
}

/** A host, a programme coordinator, and people from every other side of the platform. */
async function world() {
  const db = handle.db;
  const hostOrg = await buildOrganisation({ db, kind: 'company' });
  const coordinatorOrg = await buildOrganisation({ db, kind: 'municipality' });
  const otherHostOrg = await buildOrganisation({ db, kind: 'company' });
  const otherCoordinatorOrg = await buildOrganisation({ db, kind: 'intermediary' });
  const [programme] = await db
    .insert(programmes)
    .values({
      slug: `p-${hostOrg.slug}`,
      name: 'テストプログラム',
      coordinatorOrganisationId: coordinatorOrg.id,
    })
    .returning();
  const [otherProgramme] = await db
    .insert(programmes)
    .values({
      slug: `p-${otherHostOrg.slug}`,
      name: '別のプログラム',
      coordinatorOrganisationId: otherCoordinatorOrg.id,
    })
    .returning();
  const opportunity = await buildBareOpportunity({
    db,
    organisationId: hostOrg.id,
    programmeId: programme!.id,
  });
  // The other side has its own opportunity in its own programme: being staff there grants nothing here.
  await buildBareOpportunity({ db, organisationId: otherHostOrg.id, programmeId: otherProgramme!.id });
  const admin = await actorFor((await buildAccount({ db, role: 'admin' })).id);
  const otherTalent = await actorFor((await buildTalent({ db })).id);
  return {
    opportunity,
    actors: {
      admin,
      host: await member(hostOrg.id, 'host'),
      coordinator: await member(coordinatorOrg.id, 'coordinator'),
      otherHost: await member(otherHostOrg.id, 'host'),
      otherCoordinator: await member(otherCoordinatorOrg.id, 'coordinator'),
      otherTalent,
    },
  };
}

async function applicantWith(visibility: ProfileVisibility, opportunityId: string | null) {
  const talent = await buildTalent({ db: handle.db, visibility });
  if (opportunityId) await buildApplication({ db: handle.db, opportunityId, applicantId: talent.id });
  return talent;
}

describe('canViewTalentProfile', () => {
  it('gives the talent themself and platform admins everything, whatever the visibility', async () => {
    const { actors } = await world();
    for (const visibility of ['private', 'applied_hosts', 'open_to_scouting'] as const) {
      const talent = await applicantWith(visibility, null);
      const self = await canViewTalentProfile({
        db: handle.db,
        actor: await actorFor(talent.id),
        talentId: talent.id,
      });
      expect(self).toMatchObject({
        allowed: true,
        level: 'full',
        contact: true,
        documents: true,
        basis: 'self',
      });
      const admin = await canViewTalentProfile({ db: handle.db, actor: actors.admin, talentId: talent.id });
      expect(admin).toMatchObject({
        allowed: true,
        level: 'full',
        contact: true,
        documents: true,
        basis: 'admin',
      });
    }
  });

  it('applies the rule to host and coordinator of the applied opportunity, and to everyone else', async () => {
    const { actors, opportunity } = await world();
    // visibility → expected [host, coordinator, otherHost, otherCoordinator, otherTalent]
    const expectations: Record<ProfileVisibility, Array<[string, boolean, boolean]>> = {
      private: [
        ['application', true, false],
        ['application', true, false],
        ['none', false, false],
        ['none', false, false],
        ['none', false, false],
      ],
      applied_hosts: [
        ['full', true, true],
        ['full', true, true],
        ['none', false, false],
        ['none', false, false],
        ['none', false, false],
      ],
      open_to_scouting: [
        ['full', true, true],
        ['full', true, true],
        ['full', false, false],
        ['full', false, false],
        ['none', false, false],
      ],
    };
    const order = ['host', 'coordinator', 'otherHost', 'otherCoordinator', 'otherTalent'] as const;
    for (const visibility of Object.keys(expectations) as ProfileVisibility[]) {
      const talent = await applicantWith(visibility, opportunity.id);
      for (const [index, who] of order.entries()) {
        const access = await canViewTalentProfile({ db: handle.db, actor: actors[who], talentId: talent.id });
        const [level, contact, documents] = expectations[visibility][index]!;
        expect({
          who,
          visibility,
          level: access.level,
          contact: access.contact,
          documents: access.documents,
        }).toEqual({
          who,
          visibility,
          level,
          contact,
          documents,
        });
        expect(access.allowed).toBe(level !== 'none');
      }
      expect((await canViewTalentProfile({ db: handle.db, actor: null, talentId: talent.id })).level).toBe(
        'none',
      );
    }
  });

  it('grants hosts nothing but scouting when the talent has not applied to them', async () => {
    const { actors } = await world();
    const scouting = await applicantWith('open_to_scouting', null);
    const hidden = await applicantWith('applied_hosts', null);
    expect(
      await canViewTalentProfile({ db: handle.db, actor: actors.host, talentId: scouting.id }),
    ).toMatchObject({
      level: 'full',
      contact: false,
      documents: false,
      basis: 'scouting',
    });
    expect(
      (await canViewTalentProfile({ db: handle.db, actor: actors.host, talentId: hidden.id })).level,
    ).toBe('none');
  });

  it('does not treat host or admin accounts as talent profiles, nor unknown ids', async () => {
    const { actors } = await world();
    const otherHostId = actors.otherHost.accountId;
    expect(
      (await canViewTalentProfile({ db: handle.db, actor: actors.host, talentId: otherHostId })).level,
    ).toBe('none');
    expect(
      (
        await canViewTalentProfile({
          db: handle.db,
          actor: actors.admin,
          talentId: '00000000-0000-4000-8000-000000000000',
        })
      ).level,
    ).toBe('none');
    expect(
      (await canViewTalentProfile({ db: handle.db, actor: actors.admin, talentId: 'not-a-uuid' })).level,
    ).toBe('none');
  });

  it('requireTalentProfileAccess hides existence with NOT_FOUND and asks for sign-in without an actor', async () => {
    const { actors, opportunity } = await world();
    const talent = await applicantWith('private', opportunity.id);
    await expect(
      requireTalentProfileAccess({ db: handle.db, actor: actors.otherHost, talentId: talent.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      requireTalentProfileAccess({ db: handle.db, actor: null, talentId: talent.id }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      requireTalentProfileAccess({
        db: handle.db,
        actor: actors.host,
        talentId: talent.id,
        need: 'documents',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      requireTalentProfileAccess({ db: handle.db, actor: actors.host, talentId: talent.id, need: 'contact' }),
    ).resolves.toMatchObject({ level: 'application' });
  });
});

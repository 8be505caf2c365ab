import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { accounts, memberships, organisations } from '#src/db/schema';
import { addMember, buildAccount } from '../../../tests/factories/accounts';
import { actorFor, buildOrganisationWithMember } from '../../../tests/factories/organisations';
import { createTestDatabase } from '../../../tests/support/db';
import { changeMemberRole } from './change-member-role';
import { createOrganisation } from './create-organisation';
import { getManagedOrganisation } from './get-managed-organisation';
import { listOrganisationMembers } from './list-organisation-members';
import { removeMember } from './remove-member';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

/** An organisation with an owner, an admin and a member. */
async function team() {
  const { organisation, account: owner } = await buildOrganisationWithMember({ db, role: 'owner' });
  const admin = await buildAccount({ db, role: 'host' });
  const member = await buildAccount({ db, role: 'host' });
  await addMember({ db, organisationId: organisation.id, accountId: admin.id, role: 'admin' });
  await addMember({ db, organisationId: organisation.id, accountId: member.id, role: 'member' });
  return {
    organisation,
    owner: await actorFor(db, owner.id),
    admin: await actorFor(db, admin.id),
    member: await actorFor(db, member.id),
  };
}

async function roleIn(organisationId: string, accountId: string) {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.accountId, accountId)));
  return row?.role ?? null;
}

describe('listOrganisationMembers', () => {
  it('shows name, e-mail and role to every member, owners first, and nothing secret', async () => {
    const { organisation, owner, admin, member } = await team();
    const rows = await listOrganisationMembers({ db, actor: member, slug: organisation.slug });
    expect(rows.map((row) => [row.accountId, row.role])).toEqual([
      [owner.accountId, 'owner'],
      [admin.accountId, 'admin'],
      [member.accountId, 'member'],
    ]);
    expect(Object.keys(rows[0]!).sort()).toEqual(['accountId', 'displayName', 'email', 'joinedAt', 'role']);
  });

  it('is FORBIDDEN to members of another organisation and to people without one, NOT_FOUND for unknown slugs', async () => {
    const a = await team();
    const b = await team();
    await expect(
      listOrganisationMembers({ db, actor: a.owner, slug: b.organisation.slug }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const talent = await actorFor(db, (await buildAccount({ db })).id);
    await expect(
      listOrganisationMembers({ db, actor: talent, slug: a.organisation.slug }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      listOrganisationMembers({ db, actor: null, slug: a.organisation.slug }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      listOrganisationMembers({ db, actor: a.owner, slug: 'no-such-organisation' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('is open to platform admins', async () => {
    const { organisation } = await team();
    const platformAdmin = await actorFor(db, (await buildAccount({ db, role: 'admin' })).id);
    expect(await listOrganisationMembers({ db, actor: platformAdmin, slug: organisation.slug })).toHaveLength(
      3,
    );
    expect(
      (await getManagedOrganisation({ db, actor: platformAdmin, slug: organisation.slug })).canManageRoles,
    ).toBe(true);
  });
});

describe('removeMember', () => {
  it('lets owners and admins remove members; admins cannot remove owners; members cannot remove anyone', async () => {
    const { organisation, owner, admin, member } = await team();
    const slug = organisation.slug;
    await expect(removeMember({ db, actor: member, slug, accountId: admin.accountId })).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    await expect(removeMember({ db, actor: admin, slug, accountId: owner.accountId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'accounts.org.onlyOwnersRemoveOwners',
    });
    await removeMember({ db, actor: admin, slug, accountId: member.accountId });
    expect(await roleIn(organisation.id, member.accountId)).toBeNull();
    await removeMember({ db, actor: owner, slug, accountId: admin.accountId });
    expect(await roleIn(organisation.id, admin.accountId)).toBeNull();
    await expect(removeMember({ db, actor: owner, slug, accountId: member.accountId })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('never removes the last owner, but a second owner can be removed', async () => {
    const { organisation, owner, admin } = await team();
    const slug = organisation.slug;
    await expect(removeMember({ db, actor: owner, slug, accountId: owner.accountId })).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'accounts.org.lastOwner',
    });
    await changeMemberRole({ db, actor: owner, slug, accountId: admin.accountId, input: { role: 'owner' } });
    await removeMember({ db, actor: owner, slug, accountId: owner.accountId });
    expect(await roleIn(organisation.id, owner.accountId)).toBeNull();
    const newOwner = await actorFor(db, admin.accountId);
    await expect(
      removeMember({ db, actor: newOwner, slug, accountId: admin.accountId }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('keeps organisations apart: an owner of A cannot remove a member of B', async () => {
    const a = await team();
    const b = await team();
    await expect(
      removeMember({ db, actor: a.owner, slug: b.organisation.slug, accountId: b.member.accountId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Naming B's member under A's slug finds no such member of A.
    await expect(
      removeMember({ db, actor: a.owner, slug: a.organisation.slug, accountId: b.member.accountId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await roleIn(b.organisation.id, b.member.accountId)).toBe('member');
  });
});

describe('changeMemberRole', () => {
  it('is for owners only, and the last owner cannot step down', async () => {
    const { organisation, owner, admin, member } = await team();
    const slug = organisation.slug;
    await expect(
      changeMemberRole({ db, actor: admin, slug, accountId: member.accountId, input: { role: 'admin' } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await changeMemberRole({ db, actor: owner, slug, accountId: member.accountId, input: { role: 'admin' } });
    expect(await roleIn(organisation.id, member.accountId)).toBe('admin');
    await expect(
      changeMemberRole({ db, actor: owner, slug, accountId: owner.accountId, input: { role: 'member' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'accounts.org.lastOwner' });
    await expect(
      changeMemberRole({ db, actor: owner, slug, accountId: member.accountId, input: { role: 'boss' } }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { role: 'accounts.validation.membershipRole' },
    });
  });
});

describe('createOrganisation', () => {
  it('makes the account the owner of its new organisation; a talent account becomes a host', async () => {
    const talent = await buildAccount({ db, role: 'talent' });
    const created = await createOrganisation({
      db,
      actor: await actorFor(db, talent.id),
      input: {
        organisationName: '古賀 テスト商店',
        organisationKind: 'company',
        prefectureCode: '40',
        municipality: '古賀',
      },
    });
    const [organisation] = await db.select().from(organisations).where(eq(organisations.id, created.id));
    expect(organisation).toMatchObject({ prefectureCode: '40', municipalityCode: '402231', kind: 'company' });
    expect(await roleIn(created.id, talent.id)).toBe('owner');
    const [account] = await db.select().from(accounts).where(eq(accounts.id, talent.id));
    expect(account!.role).toBe('host');

    // A second organisation with the same name gets its own slug.
    const again = await createOrganisation({
      db,
      actor: await actorFor(db, talent.id),
      input: { organisationName: '古賀 テスト商店', organisationKind: 'npo', prefectureCode: '40' },
    });
    expect(again.slug).not.toBe(created.slug);
    await expect(
      createOrganisation({
        db,
        actor: null,
        input: { organisationName: 'x', organisationKind: 'npo', prefectureCode: '40' },
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

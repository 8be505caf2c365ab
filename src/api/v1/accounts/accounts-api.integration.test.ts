import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { emailOutbox, memberships } from '#src/db/schema';
import { createApiToken } from '#src/domain/accounts/api-tokens';
import type { Runtime } from '#src/runtime';
import { addMember, buildAccount } from '../../../../tests/factories/accounts';
import { actorFor, buildOrganisationWithMember } from '../../../../tests/factories/organisations';
import { callApi } from '../../../../tests/support/api';
import { createTestDatabase } from '../../../../tests/support/db';
import { createTestRuntime } from '../../../../tests/support/runtime';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

const unique = () => Math.random().toString(36).slice(2, 10);

/** Two organisations, each with an owner and a member. */
async function twoOrganisations() {
  const db = handle.db;
  const a = await buildOrganisationWithMember({ db });
  const b = await buildOrganisationWithMember({ db });
  const memberOfB = await buildAccount({ db, role: 'host' });
  await addMember({ db, organisationId: b.organisation.id, accountId: memberOfB.id, role: 'member' });
  return { a, b, memberOfB };
}

describe('organisation members API', () => {
  it('lists members to the organisation’s own members without any secret field', async () => {
    const { b, memberOfB } = await twoOrganisations();
    const response = await callApi(runtime, 'GET', `/organisations/${b.organisation.slug}/members`, {
      actor: await actorFor(handle.db, memberOfB.id),
    });
    expect(response.status).toBe(200);
    expect(response.json.items).toHaveLength(2);
    expect(response.json.items[0]).toEqual({
      accountId: b.account.id,
      displayName: b.account.displayName,
      email: b.account.email,
      role: 'owner',
      joinedAt: expect.any(String),
    });
    expect(response.text).not.toMatch(/argon2|passwordHash|tokenHash/);
  });

  it('answers 403 to members of another organisation, 404 for unknown ones and 401 without credentials', async () => {
    const { a, b, memberOfB } = await twoOrganisations();
    const slugB = b.organisation.slug;
    expect(
      (await callApi(runtime, 'GET', `/organisations/${slugB}/members`, { actor: a.actor })).status,
    ).toBe(403);
    expect(
      (
        await callApi(runtime, 'POST', `/organisations/${slugB}/invitations`, {
          actor: a.actor,
          body: { email: `x-${unique()}@example.test`, role: 'member' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callApi(runtime, 'DELETE', `/organisations/${slugB}/members/${memberOfB.id}`, {
          actor: a.actor,
        })
      ).status,
    ).toBe(403);
    expect(
      (await callApi(runtime, 'GET', `/organisations/${slugB}/invitations`, { actor: a.actor })).status,
    ).toBe(403);
    // A's owner naming B's member under A's own slug: no such member of A.
    expect(
      (
        await callApi(runtime, 'DELETE', `/organisations/${a.organisation.slug}/members/${memberOfB.id}`, {
          actor: a.actor,
        })
      ).status,
    ).toBe(404);
    expect(
      (await callApi(runtime, 'GET', `/organisations/no-such-org/members`, { actor: a.actor })).status,
    ).toBe(404);
    expect((await callApi(runtime, 'GET', `/organisations/${slugB}/members`)).status).toBe(401);
    const [row] = await handle.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.organisationId, b.organisation.id), eq(memberships.accountId, memberOfB.id)));
    expect(row).toBeDefined();
  });

  it('works with an API token the same way as with a session', async () => {
    const { a, b } = await twoOrganisations();
    const token = await createApiToken({ db: handle.db, actor: a.actor, input: { name: 'agency script' } });
    expect(
      (
        await callApi(runtime, 'GET', `/organisations/${a.organisation.slug}/members`, {
          token: token.secret,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await callApi(runtime, 'GET', `/organisations/${b.organisation.slug}/members`, {
          token: token.secret,
        })
      ).status,
    ).toBe(403);
  });

  it('invites by e-mail (201, e-mail in the outbox), lists and revokes the invitation', async () => {
    const { a } = await twoOrganisations();
    const slug = a.organisation.slug;
    const email = `api-invitee-${unique()}@example.test`;
    const created = await callApi(runtime, 'POST', `/organisations/${slug}/invitations`, {
      actor: a.actor,
      body: { email, role: 'admin' },
      locale: 'en',
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      id: expect.any(String),
      email,
      role: 'admin',
      expiresAt: expect.any(String),
    });
    expect(created.text).not.toMatch(/token/i);
    const [message] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(message!.textBody).toContain('http://localhost/invitations/');
    expect(message!.subject).toContain('Invitation');

    const duplicate = await callApi(runtime, 'POST', `/organisations/${slug}/invitations`, {
      actor: a.actor,
      body: { email, role: 'member' },
    });
    expect(duplicate.status).toBe(409);
    const invalid = await callApi(runtime, 'POST', `/organisations/${slug}/invitations`, {
      actor: a.actor,
      body: { email: 'not-an-email' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.fields).toHaveProperty('email');

    const listed = await callApi(runtime, 'GET', `/organisations/${slug}/invitations`, { actor: a.actor });
    expect(listed.json.items.map((row: { email: string }) => row.email)).toEqual([email]);
    const revoked = await callApi(
      runtime,
      'DELETE',
      `/organisations/${slug}/invitations/${created.json.id}`,
      {
        actor: a.actor,
      },
    );
    expect(revoked.status).toBe(204);
    expect(
      (await callApi(runtime, 'GET', `/organisations/${slug}/invitations`, { actor: a.actor })).json.items,
    ).toEqual([]);
  });

  it('removes members (204) and refuses to remove the last owner (409)', async () => {
    const { b, memberOfB } = await twoOrganisations();
    const slug = b.organisation.slug;
    const lastOwner = await callApi(runtime, 'DELETE', `/organisations/${slug}/members/${b.account.id}`, {
      actor: b.actor,
      locale: 'en',
    });
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.json.error.message).toContain('last owner');
    const memberTries = await callApi(runtime, 'DELETE', `/organisations/${slug}/members/${b.account.id}`, {
      actor: await actorFor(handle.db, memberOfB.id),
    });
    expect(memberTries.status).toBe(403);
    const removed = await callApi(runtime, 'DELETE', `/organisations/${slug}/members/${memberOfB.id}`, {
      actor: b.actor,
    });
    expect(removed.status).toBe(204);
    const members = await callApi(runtime, 'GET', `/organisations/${slug}/members`, { actor: b.actor });
    expect(members.json.items).toHaveLength(1);
  });

  it('lets owners change roles (PATCH) and no one else', async () => {
    const { b, memberOfB } = await twoOrganisations();
    const path = `/organisations/${b.organisation.slug}/members/${memberOfB.id}`;
    const asMember = await callApi(runtime, 'PATCH', path, {
      actor: await actorFor(handle.db, memberOfB.id),
      body: { role: 'owner' },
    });
    expect(asMember.status).toBe(403);
    const asOwner = await callApi(runtime, 'PATCH', path, { actor: b.actor, body: { role: 'admin' } });
    expect(asOwner.status).toBe(200);
    expect(asOwner.json).toEqual({ accountId: memberOfB.id, role: 'admin' });
  });
});

describe('admin accounts API', () => {
  it('is closed to everyone but platform admins', async () => {
    const { a } = await twoOrganisations();
    const talent = await actorFor(handle.db, (await buildAccount({ db: handle.db })).id);
    for (const actor of [a.actor, talent]) {
      expect((await callApi(runtime, 'GET', '/admin/accounts', { actor })).status).toBe(403);
      expect(
        (await callApi(runtime, 'POST', `/admin/accounts/${a.account.id}/suspend`, { actor })).status,
      ).toBe(403);
      expect(
        (await callApi(runtime, 'POST', `/admin/accounts/${a.account.id}/reinstate`, { actor })).status,
      ).toBe(403);
    }
    expect((await callApi(runtime, 'GET', '/admin/accounts')).status).toBe(401);
  });

  it('lists, suspends and reinstates accounts without leaking hashes', async () => {
    const admin = await actorFor(handle.db, (await buildAccount({ db: handle.db, role: 'admin' })).id);
    const tag = unique();
    const target = await buildAccount({
      db: handle.db,
      email: `api-target-${tag}@example.test`,
      role: 'host',
    });
    const list = await callApi(runtime, 'GET', `/admin/accounts?q=${tag}&role=host`, { actor: admin });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(list.json.items[0]).toEqual({
      id: target.id,
      email: target.email,
      displayName: target.displayName,
      role: 'host',
      status: 'active',
      emailVerified: true,
      createdAt: expect.any(String),
      suspendedAt: null,
    });
    expect(list.text).not.toMatch(/argon2|passwordHash/);

    const suspended = await callApi(runtime, 'POST', `/admin/accounts/${target.id}/suspend`, {
      actor: admin,
    });
    expect(suspended.json).toEqual({ id: target.id, email: target.email, status: 'suspended' });
    const filtered = await callApi(runtime, 'GET', `/admin/accounts?q=${tag}&status=suspended`, {
      actor: admin,
    });
    expect(filtered.json.items[0].suspendedAt).toEqual(expect.any(String));
    const reinstated = await callApi(runtime, 'POST', `/admin/accounts/${target.id}/reinstate`, {
      actor: admin,
    });
    expect(reinstated.json.status).toBe('active');
    expect(
      (await callApi(runtime, 'POST', `/admin/accounts/not-a-uuid/suspend`, { actor: admin })).status,
    ).toBe(404);
    expect((await callApi(runtime, 'GET', `/admin/accounts?role=emperor`, { actor: admin })).status).toBe(
      422,
    );
  });

  it('documents the new operations in the OpenAPI document', async () => {
    const doc = (await callApi(runtime, 'GET', '/openapi.json')).json;
    expect(doc.paths['/organisations/{slug}/members'].get.operationId).toBe('listOrganisationMembers');
    expect(doc.paths['/organisations/{slug}/invitations'].post.operationId).toBe('inviteOrganisationMember');
    expect(doc.paths['/organisations/{slug}/members/{accountId}'].delete.operationId).toBe(
      'removeOrganisationMember',
    );
    expect(doc.paths['/admin/accounts/{id}/suspend'].post.security).toBeDefined();
  });
});

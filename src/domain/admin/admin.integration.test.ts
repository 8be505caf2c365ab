import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { apiTokens, sessions } from '#src/db/schema';
import { createApiToken, resolveApiTokenActor } from '#src/domain/accounts/api-tokens';
import { createSession, resolveSessionActor } from '#src/domain/accounts/sessions';
import { signIn } from '#src/domain/accounts/sign-in';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sendEmail } from '#src/domain/notifications/send-email';
import { buildAccount, DEFAULT_TEST_PASSWORD } from '../../../tests/factories/accounts';
import { actorFor } from '../../../tests/factories/organisations';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { getOutboxMessage } from './get-outbox-message';
import { ADMIN_PAGE_SIZE, listAccounts } from './list-accounts';
import { listOutbox } from './list-outbox';
import { reinstateAccount } from './reinstate-account';
import { suspendAccount } from './suspend-account';

let handle: DatabaseHandle;
let db: Db;
let mailer: Mailer;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  mailer = createTestRuntime(handle).mailer;
});
afterAll(() => handle.close());

const unique = () => Math.random().toString(36).slice(2, 10);

describe('suspend and reinstate', () => {
  it('suspends an account: its sessions are deleted, it cannot sign in, its API tokens stop working', async () => {
    const admin = await actorFor(db, (await buildAccount({ db, role: 'admin' })).id);
    const target = await buildAccount({ db });
    const session = await createSession({ db, accountId: target.id });
    const token = await createApiToken({
      db,
      actor: await actorFor(db, target.id),
      input: { name: 'script' },
    });

    const suspended = await suspendAccount({ db, actor: admin, accountId: target.id });
    expect(suspended).toMatchObject({ id: target.id, status: 'suspended' });
    expect(await db.select().from(sessions).where(eq(sessions.accountId, target.id))).toHaveLength(0);
    expect(await resolveSessionActor({ db, token: session.token })).toBeNull();
    expect(await resolveApiTokenActor({ db, secret: token.secret })).toBeNull();
    await expect(
      signIn({ db, input: { email: target.email, password: DEFAULT_TEST_PASSWORD }, ip: '192.0.2.80' }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    await reinstateAccount({ db, actor: admin, accountId: target.id });
    expect(
      (
        await signIn({
          db,
          input: { email: target.email, password: DEFAULT_TEST_PASSWORD },
          ip: '192.0.2.81',
        })
      ).accountId,
    ).toBe(target.id);
    expect(await resolveApiTokenActor({ db, secret: token.secret })).not.toBeNull();
    expect(await db.select().from(apiTokens).where(eq(apiTokens.accountId, target.id))).toHaveLength(1);
  });

  it('is for platform admins only, and an admin cannot suspend themselves', async () => {
    const admin = await actorFor(db, (await buildAccount({ db, role: 'admin' })).id);
    const coordinator = await actorFor(db, (await buildAccount({ db, role: 'coordinator' })).id);
    const target = await buildAccount({ db });
    await expect(suspendAccount({ db, actor: coordinator, accountId: target.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(reinstateAccount({ db, actor: coordinator, accountId: target.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(suspendAccount({ db, actor: null, accountId: target.id })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(suspendAccount({ db, actor: admin, accountId: admin.accountId })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(suspendAccount({ db, actor: admin, accountId: 'not-a-uuid' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('listAccounts', () => {
  it('searches by e-mail or name (wildcards taken literally), filters by role and status, and pages', async () => {
    const admin = await actorFor(db, (await buildAccount({ db, role: 'admin' })).id);
    const tag = unique();
    const host = await buildAccount({ db, role: 'host', email: `host-${tag}@example.test` });
    await buildAccount({ db, role: 'talent', displayName: `名前 ${tag}` });
    const byEmail = await listAccounts({ db, actor: admin, filters: { q: tag } });
    expect(byEmail.total).toBe(2);
    const hosts = await listAccounts({ db, actor: admin, filters: { q: tag, role: 'host' } });
    expect(hosts.items.map((row) => row.id)).toEqual([host.id]);
    expect(hosts.items[0]).not.toHaveProperty('passwordHash');
    await suspendAccount({ db, actor: admin, accountId: host.id });
    expect(
      (await listAccounts({ db, actor: admin, filters: { q: tag, status: 'suspended' } })).items,
    ).toHaveLength(1);
    expect((await listAccounts({ db, actor: admin, filters: { q: '%' } })).total).toBe(0);

    for (let i = 0; i < ADMIN_PAGE_SIZE; i++)
      await buildAccount({ db, email: `page-${tag}-${i}@example.test` });
    const page2 = await listAccounts({ db, actor: admin, filters: { q: `page-${tag}`, page: '2' } });
    expect(page2).toMatchObject({ total: ADMIN_PAGE_SIZE, page: 2, pageCount: 1 });
    expect(page2.items).toHaveLength(0);
    const first = await listAccounts({ db, actor: admin, filters: { q: `page-${tag}` } });
    expect(first.items).toHaveLength(ADMIN_PAGE_SIZE);

    const coordinator = await actorFor(db, (await buildAccount({ db, role: 'coordinator' })).id);
    await expect(listAccounts({ db, actor: coordinator })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('outbox', () => {
  it('lists e-mails newest first, filters by recipient and shows the full body to admins only', async () => {
    const admin = await actorFor(db, (await buildAccount({ db, role: 'admin' })).id);
    const to = `outbox-${unique()}@example.test`;
    await sendEmail({ db, mailer, message: { to, subject: 'first', text: 'one' } });
    const secondId = await sendEmail({
      db,
      mailer,
      message: { to, subject: 'second', text: 'visit https://tsunagu.test/x' },
    });
    const list = await listOutbox({ db, actor: admin, filters: { to } });
    expect(list.items.map((row) => [row.subject, row.transport, row.status])).toEqual([
      ['second', 'outbox', 'stored'],
      ['first', 'outbox', 'stored'],
    ]);
    expect(list.items[0]).not.toHaveProperty('textBody');
    expect((await getOutboxMessage({ db, actor: admin, id: secondId })).textBody).toBe(
      'visit https://tsunagu.test/x',
    );

    const host = await actorFor(db, (await buildAccount({ db, role: 'host' })).id);
    await expect(listOutbox({ db, actor: host })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getOutboxMessage({ db, actor: host, id: secondId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getOutboxMessage({ db, actor: admin, id: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

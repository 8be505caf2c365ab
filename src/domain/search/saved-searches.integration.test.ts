import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { accounts, emailOutbox, savedSearches } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import { buildAccount, buildOrganisation } from '../../../tests/factories/accounts';
import { actorFor } from '../../../tests/factories/organisations';
import { buildSavedSearch, buildSearchableOpportunity } from '../../../tests/factories/search';
import { callApi } from '../../../tests/support/api';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { deleteSavedSearch } from './delete-saved-search';
import { getSavedSearch } from './get-saved-search';
import { listSavedSearches } from './list-saved-searches';
import { emptySearchFilters } from './params';
import { renameSavedSearch } from './rename-saved-search';
import { saveSearch } from './save-search';
import { MAX_SAVED_SEARCHES } from './saved-search-schema';
import { sendSavedSearchDigests, startOfJapaneseDay } from './send-saved-search-digests';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

function marker() {
  return `zq${randomBytes(5).toString('hex')}`;
}

async function talent() {
  const account = await buildAccount({ db: handle.db, role: 'talent' });
  return { account, actor: await actorFor(handle.db, account.id) };
}

async function outboxFor(address: string) {
  return handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
}

describe('saved searches', () => {
  it('saves, lists, renames and deletes the signed-in account’s own searches', async () => {
    const db = handle.db;
    const { actor } = await talent();
    const saved = await saveSearch({
      db,
      actor,
      name: '  新潟の副業  ',
      filters: { ...emptySearchFilters(), q: '副業', prefecture: ['15'], open: true },
    });
    expect(saved.name).toBe('新潟の副業');
    expect(saved.filters).toMatchObject({ q: '副業', prefecture: ['15'], open: true });

    expect((await listSavedSearches({ db, actor })).map((search) => search.name)).toEqual(['新潟の副業']);
    const renamed = await renameSavedSearch({ db, actor, id: saved.id, name: '新潟県の副業' });
    expect(renamed.name).toBe('新潟県の副業');
    expect((await getSavedSearch({ db, actor, id: saved.id })).filters.prefecture).toEqual(['15']);

    await deleteSavedSearch({ db, actor, id: saved.id });
    expect(await listSavedSearches({ db, actor })).toEqual([]);
  });

  it('hides another account’s searches: NOT_FOUND to read, rename or delete them', async () => {
    const db = handle.db;
    const owner = await talent();
    const other = await talent();
    const saved = await saveSearch({
      db,
      actor: owner.actor,
      name: '私の検索',
      filters: emptySearchFilters(),
    });

    await expect(getSavedSearch({ db, actor: other.actor, id: saved.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      renameSavedSearch({ db, actor: other.actor, id: saved.id, name: '乗っ取り' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(deleteSavedSearch({ db, actor: other.actor, id: saved.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listSavedSearches({ db, actor: other.actor })).toEqual([]);
    expect((await getSavedSearch({ db, actor: owner.actor, id: saved.id })).name).toBe('私の検索');
    await expect(deleteSavedSearch({ db, actor: owner.actor, id: 'not-a-uuid' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('requires a signed-in account, a name, and at most MAX_SAVED_SEARCHES per account', async () => {
    const db = handle.db;
    await expect(
      saveSearch({ db, actor: null, name: 'x', filters: emptySearchFilters() }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const { actor, account } = await talent();
    await expect(saveSearch({ db, actor, name: '   ', filters: emptySearchFilters() })).rejects.toMatchObject(
      {
        code: 'INVALID_INPUT',
        fieldErrors: { name: 'validation.required' },
      },
    );
    await expect(
      saveSearch({ db, actor, name: 'あ'.repeat(81), filters: emptySearchFilters() }),
    ).rejects.toMatchObject({
      fieldErrors: { name: 'validation.tooLong' },
    });
    for (let i = 0; i < MAX_SAVED_SEARCHES; i += 1) {
      await buildSavedSearch({ db, accountId: account.id });
    }
    await expect(
      saveSearch({ db, actor, name: 'もう一つ', filters: emptySearchFilters() }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'search.saved.limit',
    });
  });
});

describe('daily digest', () => {
  it('e-mails each account once a day with new open matches and their links, then moves on', async () => {
    const db = handle.db;
    const m = marker();
    const { account } = await talent();
    const org = await buildOrganisation({ db, name: `デジタル長岡 ${m}` });
    const now = new Date('2026-03-10T00:30:00Z'); // 09:30 in Japan
    const yesterday = new Date('2026-03-09T00:00:00Z');
    const fukugyo = await buildSavedSearch({
      db,
      accountId: account.id,
      name: '副業の新着',
      params: { q: `副業 ${m}` },
      lastDigestAt: yesterday,
    });
    const dx = await buildSavedSearch({
      db,
      accountId: account.id,
      name: 'DXの新着',
      params: { q: `DX ${m}`, prefecture: ['15'] },
      lastDigestAt: yesterday,
    });
    const base = { db, organisationId: org.id };
    await buildSearchableOpportunity({
      ...base,
      title: `複業で関わる広報 ${m}`,
      slug: `digest-${m}-1`,
      publishedAt: new Date('2026-03-09T06:00:00Z'),
    });
    await buildSearchableOpportunity({
      ...base,
      title: `兼業の経理 ${m}`,
      slug: `digest-${m}-2`,
      publishedAt: new Date('2026-03-09T08:00:00Z'),
      applicationsCloseAt: new Date('2026-03-09T12:00:00Z'), // already closed: not listed
    });
    await buildSearchableOpportunity({
      ...base,
      title: `副業の旧案件 ${m}`,
      slug: `digest-${m}-3`,
      publishedAt: new Date('2026-03-01T00:00:00Z'), // before the last digest
    });
    await buildSearchableOpportunity({
      ...base,
      title: `DX推進 ${m}`,
      slug: `digest-${m}-4`,
      prefectureCodes: ['20'], // not Niigata
      publishedAt: new Date('2026-03-09T09:00:00Z'),
    });

    const sent = await sendSavedSearchDigests({
      db,
      mailer: runtime.mailer,
      now,
      publicUrl: 'https://tsunagu.example',
    });
    expect(sent).toBeGreaterThanOrEqual(1);
    const mails = await outboxFor(account.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toContain('1件');
    expect(mail.textBody).toContain('副業の新着');
    expect(mail.textBody).toContain(`複業で関わる広報 ${m}`);
    expect(mail.textBody).toContain(`https://tsunagu.example/opportunities/digest-${m}-1`);
    expect(mail.textBody).not.toContain(`兼業の経理 ${m}`);
    expect(mail.textBody).not.toContain(`副業の旧案件 ${m}`);
    expect(mail.textBody).not.toContain('DXの新着');
    expect(mail.textBody).toContain('https://tsunagu.example/account/saved-searches');

    const rows = await db
      .select()
      .from(savedSearches)
      .where(inArray(savedSearches.id, [fukugyo.id, dx.id]));
    expect(rows.map((row) => row.lastDigestAt.toISOString())).toEqual([now.toISOString(), now.toISOString()]);

    // Later the same day, with another new match: nothing more is sent until tomorrow.
    await buildSearchableOpportunity({
      ...base,
      title: `副業の新案件 ${m}`,
      slug: `digest-${m}-5`,
      publishedAt: new Date('2026-03-10T01:00:00Z'),
    });
    await sendSavedSearchDigests({ db, mailer: runtime.mailer, now: new Date('2026-03-10T05:00:00Z') });
    expect(await outboxFor(account.email)).toHaveLength(1);

    const tomorrow = new Date('2026-03-11T00:30:00Z');
    await sendSavedSearchDigests({ db, mailer: runtime.mailer, now: tomorrow });
    const after = await outboxFor(account.email);
    expect(after).toHaveLength(2);
    expect(after.map((row) => row.textBody).join('\n')).toContain(`副業の新案件 ${m}`);
  });

  it('writes in the account’s language and sends nothing to suspended accounts or when nothing is new', async () => {
    const db = handle.db;
    const m = marker();
    const english = await buildAccount({ db });
    await db.update(accounts).set({ locale: 'en' }).where(eq(accounts.id, english.id));
    const suspended = await buildAccount({ db });
    await db.update(accounts).set({ status: 'suspended' }).where(eq(accounts.id, suspended.id));
    const quiet = await buildAccount({ db });
    const lastDigestAt = new Date('2026-05-01T00:00:00Z');
    for (const accountId of [english.id, suspended.id]) {
      await buildSavedSearch({
        db,
        accountId,
        name: `Tourism ${m}`,
        params: { q: `観光 ${m}` },
        lastDigestAt,
      });
    }
    await buildSavedSearch({ db, accountId: quiet.id, params: { q: `該当なし ${m}` }, lastDigestAt });
    const org = await buildOrganisation({ db });
    await buildSearchableOpportunity({
      db,
      organisationId: org.id,
      title: `観光プロモーション ${m}`,
      publishedAt: new Date('2026-05-01T03:00:00Z'),
    });
    await sendSavedSearchDigests({ db, mailer: runtime.mailer, now: new Date('2026-05-02T01:00:00Z') });
    const [mail] = await outboxFor(english.email);
    expect(mail?.subject).toContain('new matches');
    expect(mail?.textBody).toContain(`観光プロモーション ${m}`);
    expect(await outboxFor(suspended.email)).toHaveLength(0);
    expect(await outboxFor(quiet.email)).toHaveLength(0);
  });

  it('knows when a day starts in Japan', () => {
    expect(startOfJapaneseDay(new Date('2026-03-10T14:59:59Z')).toISOString()).toBe(
      '2026-03-09T15:00:00.000Z',
    );
    expect(startOfJapaneseDay(new Date('2026-03-10T15:00:00Z')).toISOString()).toBe(
      '2026-03-10T15:00:00.000Z',
    );
  });
});

describe('search API', () => {
  it('searches with facets and pages by cursor', async () => {
    const db = handle.db;
    const m = marker();
    const org = await buildOrganisation({ db, name: `API団体 ${m}` });
    for (let i = 0; i < 3; i += 1) {
      await buildSearchableOpportunity({
        db,
        organisationId: org.id,
        title: `副業 API ${m} ${i}`,
        prefectureCodes: ['15'],
        municipalityCodes: ['152021'],
        workStyle: i === 0 ? 'onsite' : 'remote',
      });
    }
    const first = await callApi(
      runtime,
      'GET',
      `/search/opportunities?q=${encodeURIComponent(`副業 ${m}`)}&style=remote&limit=1`,
    );
    expect(first.status).toBe(200);
    expect(first.json.total).toBe(2);
    expect(first.json.items).toHaveLength(1);
    expect(first.json.items[0].organisation.name).toBe(`API団体 ${m}`);
    expect(first.json.facets.counts.style).toEqual([
      { value: 'remote', label: 'リモート', count: 2 },
      { value: 'onsite', label: '現地勤務', count: 1 },
    ]);
    expect(first.json.facets.counts.prefecture).toEqual([{ value: '15', label: '新潟県', count: 2 }]);
    const second = await callApi(
      runtime,
      'GET',
      `/search/opportunities?q=${encodeURIComponent(`副業 ${m}`)}&style=remote&limit=1&cursor=${first.json.nextCursor}`,
    );
    expect(second.json.position).toBe(1);
    expect(second.json.items[0].slug).not.toBe(first.json.items[0].slug);
    expect(second.json.nextCursor).toBeNull();

    const english = await callApi(runtime, 'GET', `/search/opportunities?q=${m}&prefecture=15,20`, {
      locale: 'en',
    });
    expect(english.json.facets.counts.prefecture[0].label).toBe('Niigata');
    const invalid = await callApi(runtime, 'GET', `/search/opportunities?limit=500`);
    expect(invalid.status).toBe(422);
  });

  it('manages saved searches for the signed-in account only', async () => {
    const owner = await talent();
    const other = await talent();
    const anonymous = await callApi(runtime, 'GET', '/me/saved-searches');
    expect(anonymous.status).toBe(401);

    const created = await callApi(runtime, 'POST', '/me/saved-searches', {
      actor: owner.actor,
      body: { name: 'リモートの仕事', filters: { q: 'デザイン', style: ['remote'], open: true } },
    });
    expect(created.status).toBe(201);
    expect(created.json.filters).toEqual({ q: 'デザイン', style: ['remote'], open: true });
    expect(created.json.searchUrl).toBe('/search?q=%E3%83%87%E3%82%B6%E3%82%A4%E3%83%B3&style=remote&open=1');
    const id = created.json.id as string;

    const listed = await callApi(runtime, 'GET', '/me/saved-searches', { actor: owner.actor });
    expect(listed.json.items.map((item: { id: string }) => item.id)).toEqual([id]);
    expect((await callApi(runtime, 'GET', '/me/saved-searches', { actor: other.actor })).json.items).toEqual(
      [],
    );

    expect((await callApi(runtime, 'GET', `/me/saved-searches/${id}`, { actor: other.actor })).status).toBe(
      404,
    );
    const hijack = await callApi(runtime, 'PATCH', `/me/saved-searches/${id}`, {
      actor: other.actor,
      body: { name: '乗っ取り' },
    });
    expect(hijack.status).toBe(404);
    expect(
      (await callApi(runtime, 'DELETE', `/me/saved-searches/${id}`, { actor: other.actor })).status,
    ).toBe(404);

    const renamed = await callApi(runtime, 'PATCH', `/me/saved-searches/${id}`, {
      actor: owner.actor,
      body: { name: '在宅デザイン' },
    });
    expect(renamed.json.name).toBe('在宅デザイン');
    const empty = await callApi(runtime, 'PATCH', `/me/saved-searches/${id}`, {
      actor: owner.actor,
      body: { name: '' },
    });
    expect(empty.status).toBe(422);
    expect(
      (await callApi(runtime, 'DELETE', `/me/saved-searches/${id}`, { actor: owner.actor })).status,
    ).toBe(204);
    expect((await callApi(runtime, 'GET', `/me/saved-searches/${id}`, { actor: owner.actor })).status).toBe(
      404,
    );
  });
});

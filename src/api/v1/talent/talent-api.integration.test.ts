import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { programmes } from '#src/db/schema';
import { loadActor } from '#src/domain/accounts/sessions';
import type { Runtime } from '#src/runtime';
import { addMember, buildAccount, buildOrganisation } from '../../../../tests/factories/accounts';
import { buildApplication, buildBareOpportunity } from '../../../../tests/factories/applications';
import { buildTalent } from '../../../../tests/factories/talent';
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

async function actorFor(accountId: string) {
  const account = (await handle.db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.id, accountId) }))!;
  return loadActor({ db: handle.db, account: { ...account, accountId: account.id } });
}

async function member(organisationId: string, role: 'host' | 'coordinator') {
  const account = await buildAccount({ db: handle.db, role });
  await addMember({ db: handle.db, organisationId, accountId: account.id });
  return actorFor(account.id);
}

async function world() {
  const db = handle.db;
  const hostOrg = await buildOrganisation({ db });
  const coordinatorOrg = await buildOrganisation({ db, kind: 'municipality' });
  const otherOrg = await buildOrganisation({ db });
  const otherCoordinatorOrg = await buildOrganisation({ db, kind: 'intermediary' });
  const [programme] = await db
    .insert(programmes)
    .values({ slug: `p-${hostOrg.slug}`, name: 'API テスト', coordinatorOrganisationId: coordinatorOrg.id })
    .returning();
  await db
    .insert(programmes)
    .values({ slug: `p-${otherOrg.slug}`, name: '別', coordinatorOrganisationId: otherCoordinatorOrg.id });
  const opportunity = await buildBareOpportunity({
    db,
    organisationId: hostOrg.id,
    programmeId: programme!.id,
  });
  return {
    opportunity,
    host: await member(hostOrg.id, 'host'),
    coordinator: await member(coordinatorOrg.id, 'coordinator'),
    otherHost: await member(otherOrg.id, 'host'),
    otherCoordinator: await member(otherCoordinatorOrg.id, 'coordinator'),
    admin: await actorFor((await buildAccount({ db, role: 'admin' })).id),
    otherTalent: await actorFor((await buildTalent({ db })).id),
  };
}

async function applicant(
  visibility: 'private' | 'applied_hosts' | 'open_to_scouting',
  opportunityId: string,
) {
  const talent = await buildTalent({
    db: handle.db,
    visibility,
    profile: { phone: '090-0000-1111', headline: 'Webエンジニア', bio: '長岡出身' },
    skills: [{ skill: 'typescript', level: 4 }],
    ties: [{ regionCode: '152021', kind: 'hometown' }],
  });
  await buildApplication({ db: handle.db, opportunityId, applicantId: talent.id });
  return talent;
}

describe('OpenAPI', () => {
  it('documents the talent operations', async () => {
    const response = await callApi(runtime, 'GET', '/openapi.json');
    expect(response.json.paths['/me/profile'].put.operationId).toBe('putMyTalentProfile');
    expect(response.json.paths['/talent/{id}'].get.operationId).toBe('getTalentProfile');
    expect(response.json.paths['/talent'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'skill',
      'field',
      'prefecture',
      'minHours',
      'page',
    ]);
  });
});

describe('GET /talent/{id}', () => {
  it('shows the applied host and coordinator the full profile with contact details and documents', async () => {
    const w = await world();
    const talent = await applicant('applied_hosts', w.opportunity.id);
    for (const actor of [w.host, w.coordinator, w.admin]) {
      const response = await callApi(runtime, 'GET', `/talent/${talent.id}`, { actor });
      expect(response.status).toBe(200);
      expect(response.json.contact).toEqual({ email: talent.email, phone: '090-0000-1111' });
      expect(response.json.profile.headline).toBe('Webエンジニア');
      expect(response.json.profile.skills).toEqual([{ skill: 'typescript', level: 4 }]);
      expect(response.json.documents).toEqual([]);
      expect(response.json.completeness).toBeNull();
    }
  });

  it('answers 404 to every other role and organisation, and 401 without credentials', async () => {
    const w = await world();
    const talent = await applicant('applied_hosts', w.opportunity.id);
    for (const actor of [w.otherHost, w.otherCoordinator, w.otherTalent]) {
      const response = await callApi(runtime, 'GET', `/talent/${talent.id}`, { actor });
      expect(response.status).toBe(404);
      expect(response.json.error.code).toBe('NOT_FOUND');
    }
    expect((await callApi(runtime, 'GET', `/talent/${talent.id}`)).status).toBe(401);
  });

  it('sends only name and contact when the talent keeps the profile private', async () => {
    const w = await world();
    const talent = await applicant('private', w.opportunity.id);
    const response = await callApi(runtime, 'GET', `/talent/${talent.id}`, { actor: w.host });
    expect(response.status).toBe(200);
    expect(response.json.access.level).toBe('application');
    expect(response.json.contact.email).toBe(talent.email);
    expect(response.json.profile).toBeNull();
    expect(response.json.documents).toBeNull();
    expect(response.text).not.toContain('Webエンジニア');
    expect(response.text).not.toContain('typescript');
  });

  it('shows scouting hosts the profile without contact details or documents', async () => {
    const w = await world();
    const talent = await buildTalent({
      db: handle.db,
      visibility: 'open_to_scouting',
      profile: { phone: '080-2222-3333', headline: 'デザイナー' },
    });
    const response = await callApi(runtime, 'GET', `/talent/${talent.id}`, { actor: w.otherHost });
    expect(response.status).toBe(200);
    expect(response.json.access).toMatchObject({
      level: 'full',
      contact: false,
      documents: false,
      basis: 'scouting',
    });
    expect(response.json.contact).toBeNull();
    expect(response.json.documents).toBeNull();
    expect(response.text).not.toContain(talent.email);
    expect(response.text).not.toContain('080-2222-3333');
    expect((await callApi(runtime, 'GET', `/talent/${talent.id}`, { actor: w.otherTalent })).status).toBe(
      404,
    );
  });
});

describe('GET and PUT /me/profile', () => {
  it('returns the talent’s own profile with completeness, and saves the whole profile', async () => {
    const talent = await buildTalent({ db: handle.db });
    const actor = await actorFor(talent.id);
    const before = await callApi(runtime, 'GET', '/me/profile', { actor });
    expect(before.status).toBe(200);
    expect(before.json.completeness.percent).toBeLessThan(100);

    const put = await callApi(runtime, 'PUT', '/me/profile', {
      actor,
      body: {
        familyName: '佐藤',
        givenName: '健',
        familyNameKana: 'さとう',
        givenNameKana: 'けん',
        prefectureCode: '15',
        headline: '長岡市の大学生',
        visibility: 'open_to_scouting',
        hoursPerWeek: 15,
        availableWeekdays: true,
        skills: [{ skill: 'python', level: 3 }],
        regionTies: [{ regionCode: '152021', kind: 'studied' }],
        experiences: [{ organisation: '学生ラボ', role: 'インターン', startedOn: '2025-04' }],
      },
    });
    expect(put.status).toBe(200);
    expect(put.json.name).toEqual({
      familyName: '佐藤',
      givenName: '健',
      familyNameKana: 'サトウ',
      givenNameKana: 'ケン',
    });
    expect(put.json.profile).toMatchObject({
      headline: '長岡市の大学生',
      visibility: 'open_to_scouting',
      hoursPerWeek: 15,
    });
    expect(put.json.profile.regionTies).toEqual([
      { regionCode: '152021', prefectureCode: '15', kind: 'studied' },
    ]);
    expect(put.json.profile.experiences[0]).toMatchObject({
      organisation: '学生ラボ',
      startedOn: '2025-04-01',
    });
  });

  it('validates like the page does, with localised field messages', async () => {
    const actor = await actorFor((await buildTalent({ db: handle.db })).id);
    const response = await callApi(runtime, 'PUT', '/me/profile', {
      actor,
      locale: 'en',
      body: {
        familyName: '佐藤',
        givenName: '健',
        familyNameKana: 'Sato',
        givenNameKana: 'ケン',
        visibility: 'private',
        hoursPerWeek: 300,
      },
    });
    expect(response.status).toBe(422);
    expect(response.json.error.fields).toEqual({
      familyNameKana: 'Enter the reading in hiragana or katakana.',
      hoursPerWeek: 'Enter the hours per week as a whole number from 1 to 80.',
    });
  });

  it('is refused to hosts, coordinators and anonymous callers', async () => {
    const w = await world();
    for (const actor of [w.host, w.coordinator]) {
      expect((await callApi(runtime, 'GET', '/me/profile', { actor })).status).toBe(403);
      const put = await callApi(runtime, 'PUT', '/me/profile', {
        actor,
        body: {
          familyName: 'a',
          givenName: 'b',
          familyNameKana: 'ア',
          givenNameKana: 'イ',
          visibility: 'private',
        },
      });
      expect(put.status).toBe(403);
    }
    expect((await callApi(runtime, 'GET', '/me/profile')).status).toBe(401);
  });
});

describe('GET /talent (directory)', () => {
  it('lists only talent open to scouting, filtered, without contact details', async () => {
    const w = await world();
    const prefix = `dir-${Date.now()}`;
    const match = await buildTalent({
      db: handle.db,
      email: `${prefix}-match@example.test`,
      visibility: 'open_to_scouting',
      hoursPerWeek: 20,
      fieldsOfInterest: ['disaster_prevention'],
      skills: [{ skill: 'disaster-management', level: 5 }],
      ties: [{ regionCode: '331007', kind: 'family' }],
      profile: { phone: '070-9999-0000' },
    });
    await buildTalent({
      db: handle.db,
      visibility: 'open_to_scouting',
      hoursPerWeek: 5,
      fieldsOfInterest: ['disaster_prevention'],
      skills: [{ skill: 'disaster-management', level: 3 }],
      ties: [{ regionCode: '33', kind: 'hometown' }],
    });
    await buildTalent({
      db: handle.db,
      visibility: 'applied_hosts',
      hoursPerWeek: 30,
      fieldsOfInterest: ['disaster_prevention'],
      skills: [{ skill: 'disaster-management', level: 5 }],
      ties: [{ regionCode: '33', kind: 'hometown' }],
    });
    const query = '/talent?skill=disaster-management&field=disaster_prevention&prefecture=33&minHours=10';
    for (const actor of [w.host, w.coordinator, w.otherHost, w.admin]) {
      const response = await callApi(runtime, 'GET', query, { actor });
      expect(response.status).toBe(200);
      expect(response.json.items.map((item: { id: string }) => item.id)).toEqual([match.id]);
      expect(response.json.total).toBe(1);
      expect(response.json.items[0].regionTies).toEqual([
        { regionCode: '331007', prefectureCode: '33', kind: 'family' },
      ]);
      expect(response.text).not.toContain(match.email);
      expect(response.text).not.toContain('070-9999-0000');
    }
  });

  it('is for host and coordinator members only', async () => {
    const w = await world();
    expect((await callApi(runtime, 'GET', '/talent', { actor: w.otherTalent })).status).toBe(403);
    expect((await callApi(runtime, 'GET', '/talent')).status).toBe(401);
    const orphanHost = await actorFor((await buildAccount({ db: handle.db, role: 'host' })).id);
    expect((await callApi(runtime, 'GET', '/talent', { actor: orphanHost })).status).toBe(403);
    expect((await callApi(runtime, 'GET', '/talent?skill=juggling', { actor: w.host })).status).toBe(422);
  });

  it('pages through results', async () => {
    const w = await world();
    const response = await callApi(runtime, 'GET', '/talent?page=1', { actor: w.host });
    expect(response.json.pageSize).toBe(20);
    const past = await callApi(runtime, 'GET', `/talent?page=${response.json.pageCount + 1}`, {
      actor: w.host,
    });
    expect(past.json.items).toEqual([]);
    expect(past.json.total).toBe(response.json.total);
  });
});

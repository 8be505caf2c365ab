import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import type { AccountRole } from '#src/domain/accounts/actor';
import { loadActor } from '#src/domain/accounts/sessions';
import type { Runtime } from '#src/runtime';
import { addMember, buildAccount, buildOrganisation } from '../../../../tests/factories/accounts';
import { buildOpportunity } from '../../../../tests/factories/opportunities';
import { addProgrammeMember, buildProgramme } from '../../../../tests/factories/programmes';
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

async function memberOf(organisationId: string | null, role: AccountRole = 'host') {
  const db = handle.db;
  const account = await buildAccount({ db, role });
  if (organisationId) await addMember({ db, organisationId, accountId: account.id });
  return loadActor({ db, account: { ...account, accountId: account.id } });
}

const publishable = {
  summary: '古賀市の事業者の業務を、RPAで自動化するプロジェクトです。',
  description:
    '研修で身につけたRPAとノーコードツールを使い、実際のお客様の定型業務を自動化します。週2回のオンライン定例があります。',
  kind: 'training_cohort',
  workStyle: 'remote',
  compensationUnit: 'hour',
  compensationMin: 1200,
  compensationMax: 1500,
  fields: ['automation'],
  howToApply: '応募フォームからお申し込みください。',
  durationMonths: 3,
};

describe('opportunities over REST', () => {
  it('lets a host create, change, publish, close and duplicate; another organisation gets 403', async () => {
    const db = handle.db;
    const organisation = await buildOrganisation({ db, prefectureCode: '40', municipalityCode: '402231' });
    const host = await memberOf(organisation.id);
    const outsider = await memberOf((await buildOrganisation({ db })).id);

    const anonymous = await callApi(runtime, 'POST', `/organisations/${organisation.slug}/opportunities`, {
      body: { title: '匿名' },
    });
    expect(anonymous.status).toBe(401);

    const created = await callApi(runtime, 'POST', `/organisations/${organisation.slug}/opportunities`, {
      actor: host,
      body: { title: 'RPA研修から案件参画へ', municipalityCodes: ['福岡県古賀市'] },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      title: 'RPA研修から案件参画へ',
      status: 'draft',
      isOpen: false,
      municipalityCodes: ['402231'],
      prefectureCodes: ['40'],
      organisation: { slug: organisation.slug },
    });
    const { id, slug } = created.json as { id: string; slug: string };

    const forbidden = await callApi(runtime, 'POST', `/organisations/${organisation.slug}/opportunities`, {
      actor: outsider,
      body: { title: '他団体の案件' },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe('FORBIDDEN');

    const notReady = await callApi(runtime, 'POST', `/opportunities/${id}/publish`, {
      actor: host,
      locale: 'en',
    });
    expect(notReady.status).toBe(422);
    expect(notReady.json.error.message).toBe('Fill in the following before publishing.');
    expect(notReady.json.error.fields).toMatchObject({
      description: 'Describe the work in at least 50 characters.',
    });

    expect((await callApi(runtime, 'GET', `/opportunities/${slug}`)).status).toBe(404);

    const patched = await callApi(runtime, 'PATCH', `/opportunities/${id}`, {
      actor: host,
      body: publishable,
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      title: 'RPA研修から案件参画へ',
      compensation: { unit: 'hour', min: 1200 },
    });

    const outsiderPatch = await callApi(runtime, 'PATCH', `/opportunities/${id}`, {
      actor: outsider,
      body: { title: '書き換え' },
    });
    expect(outsiderPatch.status).toBe(403);
    const outsiderPublish = await callApi(runtime, 'POST', `/opportunities/${slug}/publish`, {
      actor: outsider,
    });
    expect(outsiderPublish.status).toBe(403);

    const published = await callApi(runtime, 'POST', `/opportunities/${slug}/publish`, { actor: host });
    expect(published.status).toBe(200);
    expect(published.json).toMatchObject({ status: 'published', isOpen: true });

    const publicView = await callApi(runtime, 'GET', `/opportunities/${slug}`);
    expect(publicView.status).toBe(200);
    expect(publicView.json).toMatchObject({ title: 'RPA研修から案件参画へ', url: `/opportunities/${slug}` });
    expect(publicView.json).not.toHaveProperty('createdById');

    const listed = await callApi(
      runtime,
      'GET',
      `/opportunities?organisation=${organisation.slug}&prefecture=40`,
    );
    expect(listed.json).toMatchObject({ total: 1, page: 1, items: [{ slug }] });
    const otherKind = await callApi(
      runtime,
      'GET',
      `/opportunities?organisation=${organisation.slug}&kind=side_job`,
    );
    expect(otherKind.json.total).toBe(0);

    const outsiderClose = await callApi(runtime, 'POST', `/opportunities/${id}/close`, { actor: outsider });
    expect(outsiderClose.status).toBe(403);
    const closed = await callApi(runtime, 'POST', `/opportunities/${id}/close`, { actor: host });
    expect(closed.json).toMatchObject({ status: 'closed', isOpen: false });
    expect(
      (await callApi(runtime, 'GET', `/opportunities?organisation=${organisation.slug}`)).json.total,
    ).toBe(0);

    const copy = await callApi(runtime, 'POST', `/opportunities/${id}/duplicate`, {
      actor: host,
      locale: 'en',
    });
    expect(copy.status).toBe(201);
    expect(copy.json).toMatchObject({ status: 'draft', title: 'RPA研修から案件参画へ (copy)' });

    const archived = await callApi(runtime, 'POST', `/opportunities/${id}/archive`, { actor: host });
    expect(archived.json.status).toBe('archived');
    expect((await callApi(runtime, 'GET', `/opportunities/${slug}`)).status).toBe(404);
  });

  it('validates bodies and queries', async () => {
    const db = handle.db;
    const organisation = await buildOrganisation({ db });
    const host = await memberOf(organisation.id);
    const badBody = await callApi(runtime, 'POST', `/organisations/${organisation.slug}/opportunities`, {
      actor: host,
      body: { title: 'x', hoursPerWeekMin: 30, hoursPerWeekMax: 10 },
    });
    expect(badBody.status).toBe(422);
    expect(badBody.json.error.fields).toEqual({ hoursPerWeekMax: '上限は下限以上にしてください。' });
    expect((await callApi(runtime, 'GET', '/opportunities?kind=castle')).status).toBe(422);
    expect((await callApi(runtime, 'GET', '/opportunities?prefecture=99')).status).toBe(422);
  });
});

describe('programmes over REST', () => {
  it('lists a programme with members by role and lets only its coordinators feature opportunities', async () => {
    const db = handle.db;
    const coordinatorOrg = await buildOrganisation({ db, kind: 'municipality', prefectureCode: '15' });
    const host = await buildOrganisation({ db });
    const programme = await buildProgramme({
      db,
      coordinatorOrganisationId: coordinatorOrg.id,
      prefectureCode: '15',
    });
    await addProgrammeMember({
      db,
      programmeId: programme.id,
      organisationId: host.id,
      role: 'endorser',
      joinedOn: '2021-09-01',
    });
    const older = await buildOpportunity({
      db,
      organisationId: host.id,
      programmeId: programme.id,
      status: 'published',
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    const newer = await buildOpportunity({
      db,
      organisationId: host.id,
      programmeId: programme.id,
      status: 'published',
    });
    const draft = await buildOpportunity({ db, organisationId: host.id, programmeId: programme.id });

    const before = await callApi(runtime, 'GET', `/programmes/${programme.slug}`);
    expect(before.status).toBe(200);
    expect(before.json.members).toEqual([
      {
        role: 'endorser',
        organisation: { slug: host.slug, name: host.name },
        joinedOn: '2021-09-01',
        leftOn: null,
      },
    ]);
    expect(before.json.openOpportunities.map((row: { slug: string }) => row.slug)).toEqual([
      newer.slug,
      older.slug,
    ]);

    const hostMember = await memberOf(host.id);
    const refused = await callApi(
      runtime,
      'POST',
      `/programmes/${programme.slug}/opportunities/${older.id}/feature`,
      {
        actor: hostMember,
        body: { featured: true },
      },
    );
    expect(refused.status).toBe(403);

    const coordinator = await memberOf(coordinatorOrg.id, 'coordinator');
    const featured = await callApi(
      runtime,
      'POST',
      `/programmes/${programme.slug}/opportunities/${older.slug}/feature`,
      {
        actor: coordinator,
        body: { featured: true },
      },
    );
    expect(featured.status).toBe(200);
    expect(featured.json.featured).toBe(true);
    const after = await callApi(runtime, 'GET', `/programmes/${programme.slug}`);
    expect(after.json.openOpportunities.map((row: { slug: string }) => row.slug)).toEqual([
      older.slug,
      newer.slug,
    ]);

    const draftFeature = await callApi(
      runtime,
      'POST',
      `/programmes/${programme.slug}/opportunities/${draft.id}/feature`,
      {
        actor: coordinator,
        body: { featured: true },
      },
    );
    expect(draftFeature.status).toBe(409);

    const otherProgramme = await buildProgramme({ db, coordinatorOrganisationId: coordinatorOrg.id });
    const wrongProgramme = await callApi(
      runtime,
      'POST',
      `/programmes/${otherProgramme.slug}/opportunities/${older.id}/feature`,
      { actor: coordinator, body: { featured: true } },
    );
    expect(wrongProgramme.status).toBe(404);

    const list = await callApi(runtime, 'GET', '/programmes');
    const listed = list.json.items.find((item: { slug: string }) => item.slug === programme.slug);
    expect(listed).toMatchObject({
      memberCount: 1,
      openOpportunities: 2,
      coordinator: { slug: coordinatorOrg.slug },
    });
  });
});

describe('regions over REST', () => {
  it('lists prefectures with counts and lets only the region’s coordinators edit facts', async () => {
    const db = handle.db;
    const city = await buildOrganisation({
      db,
      kind: 'municipality',
      prefectureCode: '20',
      municipalityCode: '202151',
    });
    await buildOpportunity({
      db,
      organisationId: city.id,
      status: 'published',
      municipalityCodes: ['202151'],
    });

    const prefectures = await callApi(runtime, 'GET', '/regions/prefectures');
    expect(prefectures.json.items).toHaveLength(47);
    const nagano = prefectures.json.items.find((item: { code: string }) => item.code === '20');
    expect(nagano).toMatchObject({ name: '長野県', block: { id: 'chubu' } });
    expect(nagano.openOpportunities).toBeGreaterThanOrEqual(1);

    const coordinator = await memberOf(city.id, 'coordinator');
    const body = {
      population: 66000,
      travelMinutesToTokyo: 150,
      introduction: 'ワインと漆器のまち。',
      coworkingBases: [{ name: 'スナバ', url: 'https://example.jp/' }],
    };
    const saved = await callApi(runtime, 'PUT', '/regions/202151/facts', { actor: coordinator, body });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({
      population: 66000,
      coworkingBases: [{ name: 'スナバ', url: 'https://example.jp/' }],
    });

    const region = await callApi(runtime, 'GET', '/regions/202151');
    expect(region.json).toMatchObject({
      type: 'municipality',
      name: '塩尻市',
      prefectureCode: '20',
      facts: { population: 66000 },
    });
    expect(region.json.openOpportunities).toBeGreaterThanOrEqual(1);

    const elsewhere = await callApi(runtime, 'PUT', '/regions/152021/facts', { actor: coordinator, body });
    expect(elsewhere.status).toBe(403);
    const prefectureWide = await callApi(runtime, 'PUT', '/regions/20/facts', { actor: coordinator, body });
    expect(prefectureWide.status).toBe(200);

    const hostInTown = await memberOf(city.id, 'host');
    expect((await callApi(runtime, 'PUT', '/regions/202151/facts', { actor: hostInTown, body })).status).toBe(
      403,
    );
    expect((await callApi(runtime, 'PUT', '/regions/202151/facts', { body })).status).toBe(401);
    expect((await callApi(runtime, 'GET', '/regions/999999')).status).toBe(404);
    const invalid = await callApi(runtime, 'PUT', '/regions/202151/facts', {
      actor: coordinator,
      body: { population: -5 },
    });
    expect(invalid.status).toBe(422);
  });
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { applications } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import {
  actorOf,
  buildApplyScenario,
  buildScreeningQuestion,
  icsProperties,
} from '../../../../tests/factories/apply';
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

const motivation = '長岡の企業の採用広報を、首都圏での経験を活かして支えたいと考えています。';
const inDays = (days: number) =>
  new Date(Math.ceil((Date.now() + days * 86_400_000) / 60_000) * 60_000).toISOString();

async function applied() {
  const s = await buildApplyScenario({ db: handle.db });
  const applicant = await actorOf(handle.db, s.applicant.id);
  const response = await callApi(runtime, 'POST', `/opportunities/${s.opportunity.slug}/applications`, {
    actor: applicant,
    body: { motivation, idempotencyKey: randomUUID() },
  });
  expect(response.status).toBe(201);
  return { ...s, applicantActor: applicant, applicationId: response.json.id as string };
}

describe('applications API', () => {
  it('applies once: 201, then 200 with the same application for the same key, 409 for a new attempt', async () => {
    const s = await buildApplyScenario({ db: handle.db });
    const question = await buildScreeningQuestion({
      db: handle.db,
      opportunityId: s.opportunity.id,
      kind: 'short_text',
      label: 'お住まい',
    });
    const actor = await actorOf(handle.db, s.applicant.id);
    const body = { motivation, answers: { [question.id]: '新潟県長岡市' }, idempotencyKey: randomUUID() };
    const created = await callApi(runtime, 'POST', `/opportunities/${s.opportunity.slug}/applications`, {
      actor,
      body,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      stage: { category: 'applied', name: '応募' },
      answers: [{ questionId: question.id, label: 'お住まい', value: '新潟県長岡市' }],
      nextStep: { kind: 'waitForHost' },
    });
    expect(created.json).not.toHaveProperty('fitScore');
    const replay = await callApi(runtime, 'POST', `/opportunities/${s.opportunity.id}/applications`, {
      actor,
      body,
    });
    expect(replay.status).toBe(200);
    expect(replay.json.id).toBe(created.json.id);
    const again = await callApi(runtime, 'POST', `/opportunities/${s.opportunity.slug}/applications`, {
      actor,
      body: { ...body, idempotencyKey: randomUUID() },
      locale: 'en',
    });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toBe('You have already applied to this opportunity.');
    expect(
      await handle.db.select().from(applications).where(eq(applications.applicantId, s.applicant.id)),
    ).toHaveLength(1);
  });

  it('refuses applying with a localised reason, field errors, and for non-talent and anonymous callers', async () => {
    const s = await buildApplyScenario({ db: handle.db, opportunity: { status: 'closed' } });
    const path = `/opportunities/${s.opportunity.slug}/applications`;
    const closed = await callApi(runtime, 'POST', path, {
      actor: await actorOf(handle.db, s.applicant.id),
      body: { motivation },
    });
    expect(closed.status).toBe(409);
    expect(closed.json.error.message).toBe('この案件の応募受付は終了しました。');
    const short = await callApi(runtime, 'POST', path, {
      actor: await actorOf(handle.db, s.applicant.id),
      body: { motivation: '短い' },
    });
    expect(short.status).toBe(422);
    expect(short.json.error.fields.motivation).toBe('志望動機は20文字以上で入力してください。');
    const host = await callApi(runtime, 'POST', path, {
      actor: await actorOf(handle.db, s.hostMember.id),
      body: { motivation },
    });
    expect(host.status).toBe(403);
    expect((await callApi(runtime, 'POST', path, { body: { motivation } })).status).toBe(401);
  });

  it('lists my applications and shows one, only to its applicant', async () => {
    const s = await applied();
    const mine = await callApi(runtime, 'GET', '/me/applications', { actor: s.applicantActor });
    expect(mine.status).toBe(200);
    expect(mine.json.items).toMatchObject([
      { id: s.applicationId, opportunity: { title: '広報の副業' }, nextStep: { kind: 'waitForHost' } },
    ]);
    const detail = await callApi(runtime, 'GET', `/me/applications/${s.applicationId}`, {
      actor: s.applicantActor,
    });
    expect(detail.status).toBe(200);
    expect(detail.json.events.map((event: { kind: string }) => event.kind)).toEqual(['submitted']);
    for (const accountId of [
      s.hostMember.id,
      s.coordinator.id,
      s.otherHostMember.id,
      s.otherCoordinator.id,
      s.otherTalent.id,
    ]) {
      const actor = await actorOf(handle.db, accountId);
      expect((await callApi(runtime, 'GET', `/me/applications/${s.applicationId}`, { actor })).status).toBe(
        404,
      );
      expect(
        (await callApi(runtime, 'POST', `/me/applications/${s.applicationId}/withdraw`, { actor })).status,
      ).toBe(404);
      expect((await callApi(runtime, 'GET', '/me/applications', { actor })).json.items).toEqual([]);
    }
    expect((await callApi(runtime, 'GET', '/me/applications')).status).toBe(401);
    expect((await callApi(runtime, 'GET', `/me/applications/${s.applicationId}`)).status).toBe(401);
    expect(
      (await callApi(runtime, 'GET', '/me/applications/not-a-uuid', { actor: s.applicantActor })).status,
    ).toBe(404);
  });

  it('withdraws my application', async () => {
    const s = await applied();
    const response = await callApi(runtime, 'POST', `/me/applications/${s.applicationId}/withdraw`, {
      actor: s.applicantActor,
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      stage: { category: 'withdrawn' },
      canWithdraw: false,
      nextStep: { kind: 'withdrawn' },
    });
    expect(
      (
        await callApi(runtime, 'POST', `/me/applications/${s.applicationId}/withdraw`, {
          actor: s.applicantActor,
        })
      ).status,
    ).toBe(409);
  });

  it('carries messages between the applicant and the staff, and nobody else', async () => {
    const s = await applied();
    const path = `/applications/${s.applicationId}/messages`;
    const host = await actorOf(handle.db, s.hostMember.id);
    const fromHost = await callApi(runtime, 'POST', path, {
      actor: host,
      body: { body: 'ご応募ありがとうございます。' },
    });
    expect(fromHost.status).toBe(201);
    expect(fromHost.json).toMatchObject({ side: 'host', isMine: true, body: 'ご応募ありがとうございます。' });
    const fromApplicant = await callApi(runtime, 'POST', path, {
      actor: s.applicantActor,
      body: { body: 'よろしくお願いします。' },
    });
    expect(fromApplicant.json).toMatchObject({ side: 'applicant' });
    // What the author gets back is the message as the thread shows it to them.
    const applicantView = await callApi(runtime, 'GET', path, { actor: s.applicantActor });
    expect(applicantView.json.items.at(-1)).toEqual(fromApplicant.json);
    const hostView = await callApi(runtime, 'GET', path, { actor: host });
    expect(hostView.json.items[0]).toEqual(fromHost.json);
    const coordinatorView = await callApi(runtime, 'GET', path, {
      actor: await actorOf(handle.db, s.coordinator.id),
    });
    expect(coordinatorView.json.items.map((message: { side: string }) => message.side)).toEqual([
      'host',
      'applicant',
    ]);
    const empty = await callApi(runtime, 'POST', path, { actor: host, body: { body: ' ' } });
    expect(empty.status).toBe(422);
    for (const accountId of [s.otherHostMember.id, s.otherCoordinator.id, s.otherTalent.id]) {
      const actor = await actorOf(handle.db, accountId);
      expect((await callApi(runtime, 'GET', path, { actor })).status).toBe(404);
      expect((await callApi(runtime, 'POST', path, { actor, body: { body: 'こんにちは' } })).status).toBe(
        404,
      );
    }
    expect((await callApi(runtime, 'GET', path)).status).toBe(401);
    expect((await callApi(runtime, 'POST', path, { body: { body: 'x' } })).status).toBe(401);
  });

  it('runs an interview through the API: propose, choose, download the invite, reschedule, cancel', async () => {
    const s = await applied();
    const host = await actorOf(handle.db, s.hostMember.id);
    const proposed = await callApi(runtime, 'POST', `/applications/${s.applicationId}/interviews`, {
      actor: host,
      body: { slots: [inDays(4), inDays(6)], durationMinutes: 30, meetingUrl: 'https://meet.example.com/x' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.json).toMatchObject({ status: 'proposed', hasInvite: false, sequence: 0 });
    const interviewId = proposed.json.id as string;
    const detail = await callApi(runtime, 'GET', `/me/applications/${s.applicationId}`, {
      actor: s.applicantActor,
    });
    expect(detail.json).toMatchObject({ stage: { category: 'interview' }, nextStep: { kind: 'chooseSlot' } });

    const staffChoose = await callApi(runtime, 'POST', `/interviews/${interviewId}/choose`, {
      actor: host,
      body: { slot: inDays(4) },
    });
    expect(staffChoose.status).toBe(403);
    const chosen = await callApi(runtime, 'POST', `/interviews/${interviewId}/choose`, {
      actor: s.applicantActor,
      body: { slot: inDays(4) },
    });
    expect(chosen.status).toBe(200);
    expect(chosen.json).toMatchObject({ status: 'scheduled', scheduledStart: inDays(4), hasInvite: true });

    const ics = await callApi(runtime, 'GET', `/interviews/${interviewId}/ics`, { actor: s.applicantActor });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(icsProperties(ics.text).get('SUMMARY')![0]).toContain('広報の副業');

    const rescheduled = await callApi(runtime, 'POST', `/interviews/${interviewId}/reschedule`, {
      actor: await actorOf(handle.db, s.coordinator.id),
      body: { mode: 'fix', startAt: inDays(8) },
    });
    expect(rescheduled.json).toMatchObject({ status: 'scheduled', sequence: 1, scheduledStart: inDays(8) });
    const applicantReschedules = await callApi(runtime, 'POST', `/interviews/${interviewId}/reschedule`, {
      actor: s.applicantActor,
      body: { mode: 'fix', startAt: inDays(9) },
    });
    expect(applicantReschedules.status).toBe(403);

    for (const accountId of [s.otherHostMember.id, s.otherCoordinator.id, s.otherTalent.id]) {
      const actor = await actorOf(handle.db, accountId);
      expect((await callApi(runtime, 'GET', `/interviews/${interviewId}/ics`, { actor })).status).toBe(404);
      expect(
        (await callApi(runtime, 'GET', `/applications/${s.applicationId}/interviews`, { actor })).status,
      ).toBe(404);
      expect(
        (await callApi(runtime, 'POST', `/interviews/${interviewId}/cancel`, { actor, body: {} })).status,
      ).toBe(404);
      const propose = await callApi(runtime, 'POST', `/applications/${s.applicationId}/interviews`, {
        actor,
        body: { slots: [inDays(3)], place: '長岡市' },
      });
      expect(propose.status).toBe(404);
    }
    expect((await callApi(runtime, 'GET', `/interviews/${interviewId}/ics`)).status).toBe(401);

    const cancelled = await callApi(runtime, 'POST', `/interviews/${interviewId}/cancel`, {
      actor: s.applicantActor,
      body: { reason: '日程の都合がつかなくなりました' },
    });
    expect(cancelled.json).toMatchObject({ status: 'cancelled', sequence: 2 });
    const cancelIcs = await callApi(runtime, 'GET', `/interviews/${interviewId}/ics`, { actor: host });
    expect(icsProperties(cancelIcs.text).get('METHOD')).toEqual(['CANCEL']);
    const list = await callApi(runtime, 'GET', `/applications/${s.applicationId}/interviews`, {
      actor: host,
    });
    expect(list.json.items).toMatchObject([{ id: interviewId, status: 'cancelled' }]);
  });

  it('documents the operations in the OpenAPI document', async () => {
    const document = (await callApi(runtime, 'GET', '/openapi.json')).json;
    expect(document.paths['/opportunities/{opportunity}/applications'].post.operationId).toBe(
      'submitApplication',
    );
    expect(document.paths['/me/applications/{id}'].get.operationId).toBe('getMyApplication');
    expect(document.paths['/interviews/{id}/ics'].get.responses['200'].content).toHaveProperty(
      'text/calendar',
    );
    expect(document.paths['/applications/{id}/messages'].post.security).toBeDefined();
  });
});

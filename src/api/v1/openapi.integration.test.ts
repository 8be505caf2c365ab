import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import type { Runtime } from '#src/runtime';
import { buildOrganisation } from '../../../tests/factories/accounts';
import { callApi } from '../../../tests/support/api';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

describe('REST API basics', () => {
  it('serves an OpenAPI 3.1 document naming every operation', async () => {
    const response = await callApi(runtime, 'GET', '/openapi.json');
    expect(response.status).toBe(200);
    expect(response.json.openapi).toBe('3.1.0');
    expect(response.json.paths['/organisations/{slug}'].get.operationId).toBe('getOrganisation');
    expect(response.json.paths['/me'].get.security).toBeDefined();
  });

  it('answers 401 with a localised message when credentials are missing or wrong', async () => {
    const anonymous = await callApi(runtime, 'GET', '/me', { locale: 'en' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
    const badToken = await callApi(runtime, 'GET', '/me', { token: 'tsg_not-a-real-token' });
    expect(badToken.status).toBe(401);
    expect(badToken.json.error.message).toBe('ログインしてください。');
  });

  it('returns public organisation profiles and 404 for unknown ones', async () => {
    const organisation = await buildOrganisation({
      db: handle.db,
      name: '長岡市テスト',
      kind: 'municipality',
      prefectureCode: '15',
    });
    const found = await callApi(runtime, 'GET', `/organisations/${organisation.slug}`);
    expect(found.status).toBe(200);
    expect(found.json).toMatchObject({ name: '長岡市テスト', kind: 'municipality' });
    expect(found.json).not.toHaveProperty('createdAt');
    expect((await callApi(runtime, 'GET', '/organisations/no-such-org')).status).toBe(404);
  });

  it('validates query parameters', async () => {
    const response = await callApi(runtime, 'GET', '/organisations?kind=castle');
    expect(response.status).toBe(422);
    expect(response.json.error.fields).toHaveProperty('kind');
  });
});

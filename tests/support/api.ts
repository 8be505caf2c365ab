import { handleApiRequest } from '#src/api/v1/router';
import type { Actor } from '#src/domain/accounts/actor';
import type { Runtime } from '#src/runtime';

/** Calls the REST API in-process, as the given actor (session) or with a bearer token. */
export async function callApi(
  runtime: Runtime,
  method: string,
  path: string,
  options: { actor?: Actor | null; token?: string; body?: unknown; locale?: 'ja' | 'en' } = {},
) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await handleApiRequest({
    request: new Request(`http://localhost/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
    runtime,
    sessionActor: async () => options.actor ?? null,
    locale: options.locale ?? 'ja',
    requestId: 'test',
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json: json as any, text };
}

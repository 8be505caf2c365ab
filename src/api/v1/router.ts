import type { z } from 'zod';
import { resolveApiTokenActor } from '#src/domain/accounts/api-tokens';
import type { Actor } from '#src/domain/accounts/actor';
import { translate, type Locale } from '#src/i18n';
import { AppError, isAppError } from '#src/lib/errors';
import type { Runtime } from '#src/runtime';
import type { ApiRoute } from './framework';
import { buildOpenApiDocument } from './openapi';
import { apiRoutes } from './routes';

interface CompiledRoute {
  route: ApiRoute;
  pattern: RegExp;
  paramNames: string[];
}

function compile(route: ApiRoute): CompiledRoute {
  const paramNames: string[] = [];
  const source = route.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a, b) => {
      paramNames.push(a ?? b);
      return '([^/]+)';
    });
  return { route, pattern: new RegExp(`^${source}$`), paramNames };
}

let compiled: CompiledRoute[] | undefined;
function compiledRoutes() {
  compiled ??= apiRoutes.map(compile);
  return compiled;
}

let cachedDocument: string | undefined;

function json(body: unknown, status: number, extraHeaders: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...extraHeaders,
    },
  });
}

function errorResponse(error: AppError, locale: Locale, requestId: string) {
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([k, v]) => [k, translate(locale, v)]),
  );
  return json(
    {
      error: {
        code: error.code,
        message: translate(locale, error.messageKey, error.params),
        ...(Object.keys(fields).length ? { fields } : {}),
        requestId,
      },
    },
    error.httpStatus,
  );
}

function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??=
      issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid';
  }
  return fields;
}

export interface ApiRequestOptions {
  request: Request;
  runtime: Runtime;
  /** The session's actor (browser), used when no bearer token is sent. */
  sessionActor: () => Promise<Actor | null>;
  locale: Locale;
  requestId: string;
}

/** Handles one request below /api/v1: match, authenticate, validate, call the domain, shape the answer. */
export async function handleApiRequest(options: ApiRequestOptions): Promise<Response> {
  const { request, runtime, requestId } = options;
  const url = new URL(request.url);
  const subPath = url.pathname.replace(/^\/api\/v1/, '') || '/';
  const acceptLanguage = request.headers.get('accept-language') ?? '';
  const locale: Locale = /^en\b/i.test(acceptLanguage) ? 'en' : options.locale;

  if (request.method === 'GET' && subPath === '/openapi.json') {
    cachedDocument ??= JSON.stringify(buildOpenApiDocument(apiRoutes));
    return new Response(cachedDocument, {
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
    });
  }

  const candidates = compiledRoutes().filter((entry) => entry.pattern.test(subPath));
  if (candidates.length === 0) return errorResponse(new AppError('NOT_FOUND'), locale, requestId);
  const match = candidates.find((entry) => entry.route.method === request.method);
  if (!match) {
    return json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed', requestId } }, 405, {
      Allow: candidates.map((entry) => entry.route.method).join(', '),
    });
  }
  const { route } = match;

  try {
    const authorization = request.headers.get('authorization');
    let actor: Actor | null;
    if (authorization) {
      const secret = authorization.replace(/^Bearer\s+/i, '').trim();
      actor = await resolveApiTokenActor({ db: runtime.db, secret });
      if (!actor) throw new AppError('UNAUTHENTICATED');
    } else {
      actor = await options.sessionActor();
    }
    if (route.auth === 'required' && !actor) throw new AppError('UNAUTHENTICATED');

    const values = match.pattern.exec(subPath)!.slice(1);
    const rawParams = Object.fromEntries(
      match.paramNames.map((name, i) => [name, decodeURIComponent(values[i]!)]),
    );
    const params = route.params
      ? route.params.safeParse(rawParams)
      : { success: true as const, data: undefined };
    if (!params.success) throw new AppError('NOT_FOUND');

    const rawQuery: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      rawQuery[key] = all.length > 1 ? all : all[0]!;
    }
    const query = route.query ? route.query.safeParse(rawQuery) : { success: true as const, data: undefined };
    if (!query.success)
      throw new AppError('INVALID_INPUT', 'errors.INVALID_INPUT', zodFieldErrors(query.error));

    let body: { success: true; data: unknown } | { success: false; error: z.ZodError } = {
      success: true,
      data: undefined,
    };
    if (route.body) {
      if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
        throw new AppError('INVALID_INPUT', 'api.jsonRequired');
      }
      let raw: unknown;
      try {
        raw = await request.json();
      } catch {
        throw new AppError('INVALID_INPUT', 'api.jsonRequired');
      }
      body = route.body.safeParse(raw);
      if (!body.success)
        throw new AppError('INVALID_INPUT', 'errors.INVALID_INPUT', zodFieldErrors(body.error));
    }

    const result = await route.handler({
      ctx: { db: runtime.db, runtime, actor, locale, requestId, request },
      params: params.data as never,
      query: query.data as never,
      body: body.data as never,
    });
    if (result instanceof Response) return result;
    const status = route.status ?? 200;
    if (status === 204) return new Response(null, { status });
    return json(route.response.parse(result), status);
  } catch (error) {
    if (isAppError(error)) return errorResponse(error, locale, requestId);
    throw error;
  }
}

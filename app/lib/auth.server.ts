import { redirect, type AppLoadContext } from 'react-router';
import type { Actor } from '#src/domain/accounts/actor';
import { createSession, deleteSession, resolveSessionActor } from '#src/domain/accounts/sessions';
import { SESSION_TTL_MS } from '#src/domain/accounts/sessions';
import { SESSION_COOKIE, serializeCookie } from './cookies.server';

const actorCache = new WeakMap<AppLoadContext, Promise<Actor | null>>();

/** The signed-in account for this request, or null. Memoised per request. */
export function getActor(context: AppLoadContext): Promise<Actor | null> {
  let cached = actorCache.get(context);
  if (!cached) {
    cached = context.sessionToken
      ? resolveSessionActor({ db: context.runtime.db, token: context.sessionToken })
      : Promise.resolve(null);
    actorCache.set(context, cached);
  }
  return cached;
}

/** Redirects to sign-in (coming back here afterwards) when nobody is signed in. */
export async function requireActorOrRedirect(context: AppLoadContext, request: Request): Promise<Actor> {
  const actor = await getActor(context);
  if (!actor) {
    const url = new URL(request.url);
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return actor;
}

export async function startSessionHeaders(
  context: AppLoadContext,
  accountId: string,
  userAgent: string | null,
) {
  const { token } = await createSession({ db: context.runtime.db, accountId, userAgent });
  return serializeCookie(SESSION_COOKIE, token, {
    secure: context.isSecure,
    maxAgeSeconds: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export async function endSessionHeaders(context: AppLoadContext) {
  if (context.sessionToken) await deleteSession({ db: context.runtime.db, token: context.sessionToken });
  return serializeCookie(SESSION_COOKIE, '', { secure: context.isSecure, maxAgeSeconds: 0 });
}

/** Only same-site relative paths are followed after sign-in (no open redirects). */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return fallback;
  }
  return value;
}

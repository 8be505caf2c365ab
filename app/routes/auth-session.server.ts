import type { AppLoadContext } from 'react-router';
import { publicBaseUrl } from '#src/domain/accounts/emails';
import { deleteSession } from '#src/domain/accounts/sessions';
import { isLocale } from '#src/i18n';
import { startSessionHeaders } from '~/lib/auth.server';
import { LOCALE_COOKIE, serializeCookie } from '~/lib/cookies.server';

/**
 * Response headers that sign an account in: any session the browser already carried is deleted and a
 * new token is issued (no session fixation); optionally the account's language becomes the page language.
 */
export async function signInHeaders(
  context: AppLoadContext,
  request: Request,
  accountId: string,
  locale?: string,
): Promise<Headers> {
  if (context.sessionToken) await deleteSession({ db: context.runtime.db, token: context.sessionToken });
  const headers = new Headers();
  headers.append(
    'Set-Cookie',
    await startSessionHeaders(context, accountId, request.headers.get('user-agent')),
  );
  if (locale && isLocale(locale)) headers.append('Set-Cookie', localeCookie(context, locale));
  return headers;
}

export function localeCookie(context: AppLoadContext, locale: string): string {
  return serializeCookie(LOCALE_COOKIE, locale, {
    secure: context.isSecure,
    maxAgeSeconds: 365 * 24 * 3600,
    httpOnly: false,
  });
}

/** The origin for links in e-mails sent while handling this request. */
export function emailBaseUrl(context: AppLoadContext, request: Request): string {
  return publicBaseUrl(context.runtime.config.PUBLIC_URL, request.url);
}

/** A submitted form as a plain object for the domain's own validation (the CSRF field left out). */
export function formObject(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key !== '_csrf' && typeof value === 'string') result[key] = value;
  }
  return result;
}

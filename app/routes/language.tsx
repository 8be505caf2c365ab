import { redirect } from 'react-router';
import { isLocale } from '#src/i18n';
import { safeRedirectPath } from '~/lib/auth.server';
import { LOCALE_COOKIE, serializeCookie } from '~/lib/cookies.server';
import { readForm } from '~/lib/forms.server';
import type { Route } from './+types/language';

/** The language switch: a plain form POST, so it works without JavaScript; the choice persists in a cookie. */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request, context);
  const locale = form.get('locale');
  const target = safeRedirectPath(form.get('redirectTo'));
  if (!isLocale(locale)) return redirect(target);
  return redirect(target, {
    headers: {
      'Set-Cookie': serializeCookie(LOCALE_COOKIE, locale, {
        secure: context.isSecure,
        maxAgeSeconds: 365 * 24 * 3600,
        httpOnly: false,
      }),
    },
  });
}

export function loader() {
  return redirect('/');
}

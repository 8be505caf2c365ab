import { Form, Link, redirect, useActionData } from 'react-router';
import { signIn } from '#src/domain/accounts/sign-in';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { getActor, safeRedirectPath } from '~/lib/auth.server';
import { LOCALE_COOKIE, parseCookies } from '~/lib/cookies.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { formObject, signInHeaders } from './auth-session.server';
import type { Route } from './+types/sign-in';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.signIn.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'), '/account');
  if (await getActor(context)) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request, context);
  const redirectTo = safeRedirectPath(form.get('redirectTo'), '/account');
  try {
    const account = await signIn({ db: context.runtime.db, input: formObject(form), ip: context.clientIp });
    // The account's language applies unless a language was already chosen on this device.
    const hasChosenLanguage = LOCALE_COOKIE in parseCookies(request.headers.get('cookie'));
    const locale = hasChosenLanguage ? undefined : account.locale;
    return redirect(redirectTo, {
      headers: await signInHeaders(context, request, account.accountId, locale),
    });
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function SignIn({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  const error = (name: string) => state?.fieldErrors?.[name];
  const describedBy = (name: string) => (error(name) ? `field-${name}-error` : undefined);
  return (
    <div className="container page narrow">
      <h1>{t('accounts.signIn.title')}</h1>
      <FormErrorSummary state={state} />
      <Form method="post" className="form">
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <Field name="email" label={t('accounts.email')} state={state}>
          <input
            id="field-email"
            name="email"
            type="email"
            required
            autoComplete="username"
            defaultValue={state?.values?.email}
            aria-invalid={error('email') ? true : undefined}
            aria-describedby={describedBy('email')}
          />
        </Field>
        <Field name="password" label={t('accounts.password')} state={state}>
          <input
            id="field-password"
            name="password"
            type="password"
            required
            autoComplete="current-password"
            aria-invalid={error('password') ? true : undefined}
            aria-describedby={describedBy('password')}
          />
        </Field>
        <div>
          <button type="submit" className="button">
            {t('accounts.signIn.submit')}
          </button>
        </div>
      </Form>
      <ul className="plain-list auth-links">
        <li>
          <Link to="/forgot-password">{t('accounts.signIn.forgotPassword')}</Link>
        </li>
        <li>
          {t('accounts.signIn.noAccount')} <Link to="/sign-up">{t('nav.signUp')}</Link>
        </li>
      </ul>
    </div>
  );
}

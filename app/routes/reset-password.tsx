import { Form, Link, redirect, useActionData } from 'react-router';
import { isEmailTokenUsable } from '#src/domain/accounts/email-tokens';
import { resetPassword } from '#src/domain/accounts/reset-password';
import { PASSWORD_MIN_LENGTH } from '#src/domain/accounts/schema';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { formObject, signInHeaders } from './auth-session.server';
import type { Route } from './+types/reset-password';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.reset.title' });

/** Opening the link only checks it; the token is used when the new password is submitted. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const usable = token
    ? await isEmailTokenUsable({ db: context.runtime.db, token, purpose: 'reset_password' })
    : false;
  return { token: usable ? token : null };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request, context);
  const token = form.get('token');
  try {
    const { accountId } = await resetPassword({
      db: context.runtime.db,
      token: typeof token === 'string' ? token : '',
      input: formObject(form),
    });
    return redirect('/account?notice=passwordReset', {
      headers: await signInHeaders(context, request, accountId),
    });
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function ResetPassword({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  const gone = !loaderData.token || state?.formError === 'accounts.token.gone.reset_password';
  return (
    <div className="container page narrow">
      <h1>{t('accounts.reset.title')}</h1>
      {gone ? (
        <>
          <div className="alert alert-error" role="alert">
            {t('accounts.token.gone.reset_password')}
          </div>
          <p>
            <Link to="/forgot-password">{t('accounts.reset.requestAnother')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('accounts.reset.lead')}</p>
          <FormErrorSummary state={state} />
          <Form method="post" className="form">
            <CsrfInput />
            <input type="hidden" name="token" value={loaderData.token ?? ''} />
            <Field
              name="password"
              label={t('accounts.reset.newPassword')}
              type="password"
              state={state}
              required
              autoComplete="new-password"
              hint={t('accounts.passwordRules', { min: PASSWORD_MIN_LENGTH })}
            />
            <div>
              <button type="submit" className="button">
                {t('accounts.reset.submit')}
              </button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}

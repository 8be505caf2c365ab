import { Form, Link, useActionData } from 'react-router';
import { requestPasswordReset } from '#src/domain/accounts/request-password-reset';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { emailBaseUrl, formObject } from './auth-session.server';
import type { Route } from './+types/forgot-password';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.forgot.title' });

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request, context);
  try {
    await requestPasswordReset({
      db: context.runtime.db,
      mailer: context.runtime.mailer,
      baseUrl: emailBaseUrl(context, request),
      input: formObject(form),
    });
    // The same answer whether or not an account exists.
    return { ok: true as const };
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function ForgotPassword() {
  const t = useT();
  const state = useActionData<typeof action>();
  if (state?.ok) {
    return (
      <div className="container page narrow">
        <h1>{t('accounts.forgot.title')}</h1>
        <div className="alert alert-success" role="status">
          {t('accounts.forgot.sent')}
        </div>
        <p>
          <Link to="/sign-in">{t('accounts.forgot.backToSignIn')}</Link>
        </p>
      </div>
    );
  }
  const failure = state && !state.ok ? state : undefined;
  return (
    <div className="container page narrow">
      <h1>{t('accounts.forgot.title')}</h1>
      <p>{t('accounts.forgot.lead')}</p>
      <FormErrorSummary state={failure} />
      <Form method="post" className="form">
        <CsrfInput />
        <Field
          name="email"
          label={t('accounts.email')}
          type="email"
          state={failure}
          required
          autoComplete="email"
        />
        <div>
          <button type="submit" className="button">
            {t('accounts.forgot.submit')}
          </button>
        </div>
      </Form>
      <p>
        <Link to="/sign-in">{t('accounts.forgot.backToSignIn')}</Link>
      </p>
    </div>
  );
}

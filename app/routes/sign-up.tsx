import { Form, Link, redirect, useActionData } from 'react-router';
import { getInvitation } from '#src/domain/organisations/get-invitation';
import { signUp } from '#src/domain/accounts/sign-up';
import { PASSWORD_MIN_LENGTH } from '#src/domain/accounts/schema';
import { listPrefectures } from '#src/domain/regions/data';
import { isAppError } from '#src/lib/errors';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { OrganisationFields } from '~/components/accounts/organisation-fields';
import { getActor } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { emailBaseUrl, formObject, signInHeaders } from './auth-session.server';
import type { Route } from './+types/sign-up';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.signUp.title', descriptionKey: 'accounts.signUp.description' });

async function loadInvitation(context: Route.LoaderArgs['context'], token: string | null) {
  if (!token) return null;
  try {
    return { token, ...(await getInvitation({ db: context.runtime.db, token })) };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return { token, status: 'unknown' as const };
    throw error;
  }
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const invitationToken = url.searchParams.get('invitation');
  const actor = await getActor(context);
  if (actor)
    throw redirect(invitationToken ? `/invitations/${encodeURIComponent(invitationToken)}` : '/account');
  const invitation = await loadInvitation(context, invitationToken);
  return {
    prefectures: listPrefectures().map((p) => ({
      code: p.code,
      name: context.locale === 'ja' ? p.name : p.nameEn,
    })),
    invitation:
      invitation && invitation.status !== 'unknown'
        ? {
            token: invitation.token,
            status: invitation.status,
            email: invitation.email,
            organisationName: invitation.organisationName,
            role: invitation.role,
          }
        : null,
    invitationUnknown: invitation?.status === 'unknown',
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request, context);
  const invitationToken = form.get('invitation');
  try {
    const result = await signUp({
      db: context.runtime.db,
      mailer: context.runtime.mailer,
      baseUrl: emailBaseUrl(context, request),
      locale: context.locale,
      input: formObject(form),
      invitationToken: typeof invitationToken === 'string' && invitationToken ? invitationToken : null,
    });
    const headers = await signInHeaders(context, request, result.accountId);
    const target = result.emailVerified
      ? result.organisationSlug
        ? `/account/organisations/${result.organisationSlug}?notice=joined`
        : '/account?notice=signedUp'
      : '/account?notice=signedUp';
    return redirect(target, { headers });
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function SignUp({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  const { invitation } = loaderData;
  const accountType = state?.values?.accountType ?? 'talent';
  if (invitation && invitation.status !== 'open') {
    return (
      <div className="container page narrow">
        <h1>{t('accounts.signUp.title')}</h1>
        <div className="alert alert-error" role="alert">
          {t(`accounts.invitation.${invitation.status}`)}
        </div>
        <p>
          <Link to="/sign-up">{t('accounts.signUp.withoutInvitation')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container page narrow">
      <h1>{t('accounts.signUp.title')}</h1>
      {invitation ? (
        <p className="alert alert-info">
          {t('accounts.signUp.invitationLead', {
            organisation: invitation.organisationName,
            role: t(`accounts.membershipRole.${invitation.role}`),
          })}
        </p>
      ) : (
        <p>{t('accounts.signUp.lead')}</p>
      )}
      {loaderData.invitationUnknown ? (
        <div className="alert alert-error" role="alert">
          {t('accounts.invitation.notFound')}
        </div>
      ) : null}
      <FormErrorSummary state={state} />
      <Form method="post" className="form signup-form">
        <CsrfInput />
        {invitation ? <input type="hidden" name="invitation" value={invitation.token} /> : null}
        <Field
          name="displayName"
          label={t('accounts.displayName')}
          hint={t('accounts.displayNameHint')}
          state={state}
          required
          autoComplete="name"
          maxLength={80}
        />
        <Field
          name="email"
          label={t('accounts.email')}
          type="email"
          state={state}
          required
          autoComplete="email"
          defaultValue={invitation?.email}
          hint={invitation ? t('accounts.signUp.invitationEmailHint') : undefined}
        />
        <Field
          name="password"
          label={t('accounts.password')}
          type="password"
          state={state}
          required
          autoComplete="new-password"
          hint={t('accounts.passwordRules', { min: PASSWORD_MIN_LENGTH })}
        />
        {invitation ? null : (
          <>
            <fieldset
              className={`field${state?.fieldErrors?.accountType ? ' field-invalid' : ''}`}
              aria-describedby={state?.fieldErrors?.accountType ? 'field-accountType-error' : undefined}
            >
              <legend className="fieldset-legend">{t('accounts.signUp.iAm')}</legend>
              <div className="choice-list">
                <label className="choice">
                  <input
                    type="radio"
                    name="accountType"
                    value="talent"
                    id="accountType-talent"
                    defaultChecked={accountType === 'talent'}
                  />
                  <span>
                    <strong>{t('accounts.signUp.asTalent')}</strong>
                    <span className="muted small">{t('accounts.signUp.asTalentHint')}</span>
                  </span>
                </label>
                <label className="choice">
                  <input
                    type="radio"
                    name="accountType"
                    value="organisation"
                    id="accountType-organisation"
                    defaultChecked={accountType === 'organisation'}
                  />
                  <span>
                    <strong>{t('accounts.signUp.asOrganisation')}</strong>
                    <span className="muted small">{t('accounts.signUp.asOrganisationHint')}</span>
                  </span>
                </label>
              </div>
              {state?.fieldErrors?.accountType ? (
                <p className="field-error" id="field-accountType-error">
                  {t(state.fieldErrors.accountType)}
                </p>
              ) : null}
            </fieldset>
            <fieldset className="org-fields form">
              <legend className="fieldset-legend">{t('accounts.signUp.organisationSection')}</legend>
              <p className="muted small">{t('accounts.signUp.organisationSectionHint')}</p>
              <OrganisationFields state={state} prefectures={loaderData.prefectures} required={false} />
            </fieldset>
          </>
        )}
        <div>
          <button type="submit" className="button">
            {t('accounts.signUp.submit')}
          </button>
        </div>
      </Form>
      <p>
        {t('accounts.signUp.haveAccount')}{' '}
        <Link
          to={
            invitation
              ? `/sign-in?redirectTo=${encodeURIComponent(`/invitations/${invitation.token}`)}`
              : '/sign-in'
          }
        >
          {t('nav.signIn')}
        </Link>
      </p>
    </div>
  );
}

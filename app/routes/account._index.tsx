import { data, Form, Link, redirect, useActionData } from 'react-router';
import { getAccountOverview } from '#src/domain/accounts/get-account-overview';
import { resendConfirmationEmail } from '#src/domain/accounts/resend-confirmation-email';
import { updateAccountSettings } from '#src/domain/accounts/update-account-settings';
import { formatDate } from '#src/i18n';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { emailBaseUrl, formObject, localeCookie } from './auth-session.server';
import type { Route } from './+types/account._index';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.account.title' });

const notices = [
  'signedUp',
  'passwordReset',
  'settingsSaved',
  'confirmationSent',
  'leftOrganisation',
] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    account: await getAccountOverview({ db: context.runtime.db, actor }),
    notice: notices.find((known) => known === notice) ?? null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const intent = form.get('intent');
  try {
    if (intent === 'resendConfirmation') {
      await resendConfirmationEmail({
        db: context.runtime.db,
        mailer: context.runtime.mailer,
        actor,
        baseUrl: emailBaseUrl(context, request),
      });
      return redirect('/account?notice=confirmationSent');
    }
    const saved = await updateAccountSettings({ db: context.runtime.db, actor, input: formObject(form) });
    return redirect('/account?notice=settingsSaved', {
      headers: { 'Set-Cookie': localeCookie(context, saved.locale) },
    });
  } catch (error) {
    const failure = domainFailure(error, form);
    return data({ ...failure.data, intent: String(intent ?? 'settings') }, failure.init ?? undefined);
  }
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { account, notice } = loaderData;
  const settingsState = state?.intent === 'resendConfirmation' ? undefined : state;
  return (
    <div className="container page">
      <h1>{t('accounts.account.title')}</h1>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`accounts.account.notice.${notice}`)}
        </div>
      ) : null}
      {state?.intent === 'resendConfirmation' ? <FormErrorSummary state={state} /> : null}
      {account.emailVerifiedAt ? null : (
        <section className="alert alert-info verify-banner" aria-labelledby="verify-title">
          <h2 id="verify-title" className="banner-title">
            {t('accounts.account.unverifiedTitle')}
          </h2>
          <p>{t('accounts.account.unverifiedLead', { email: account.email })}</p>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="resendConfirmation" />
            <button type="submit" className="button button-small">
              {t('accounts.confirm.resend')}
            </button>
          </Form>
        </section>
      )}
      <div className="account-grid">
        <section className="card" aria-labelledby="overview-title">
          <h2 id="overview-title">{t('accounts.account.overview')}</h2>
          <dl className="facts">
            <dt>{t('accounts.displayName')}</dt>
            <dd>{account.displayName}</dd>
            <dt>{t('accounts.email')}</dt>
            <dd>{account.email}</dd>
            <dt>{t('accounts.account.role')}</dt>
            <dd>{t(`accounts.role.${account.role}`)}</dd>
            <dt>{t('accounts.account.emailStatus')}</dt>
            <dd>
              {account.emailVerifiedAt ? (
                <span className="badge">{t('accounts.account.verified')}</span>
              ) : (
                <span className="badge badge-accent">{t('accounts.account.unverified')}</span>
              )}
            </dd>
            <dt>{t('accounts.account.memberSince')}</dt>
            <dd>{formatDate(locale, account.createdAt)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="links-title">
          <h2 id="links-title">{t('accounts.account.shortcuts')}</h2>
          <ul className="plain-list">
            {account.role === 'talent' ? (
              <>
                <li>
                  <Link to="/account/profile">{t('accounts.account.profileLink')}</Link>
                </li>
                <li>
                  <Link to="/account/applications">{t('accounts.account.applicationsLink')}</Link>
                </li>
              </>
            ) : null}
            <li>
              <Link to="/account/saved-searches">{t('accounts.account.savedSearchesLink')}</Link>
            </li>
            <li>
              <Link to="/account/tokens">{t('accounts.account.tokensLink')}</Link>
            </li>
            <li>
              <Link to="/account/organisations/new">{t('accounts.account.newOrganisationLink')}</Link>
            </li>
            {account.role === 'admin' ? (
              <li>
                <Link to="/admin">{t('accounts.account.adminLink')}</Link>
              </li>
            ) : null}
          </ul>
        </section>
      </div>
      <section aria-labelledby="orgs-title">
        <h2 id="orgs-title">{t('accounts.account.organisations')}</h2>
        {account.organisations.length === 0 ? (
          <p className="muted">{t('accounts.account.noOrganisations')}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t('accounts.account.organisations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.org.name')}</th>
                <th scope="col">{t('accounts.org.kind')}</th>
                <th scope="col">{t('accounts.account.yourRole')}</th>
              </tr>
            </thead>
            <tbody>
              {account.organisations.map((organisation) => (
                <tr key={organisation.slug}>
                  <td>
                    <Link to={`/account/organisations/${organisation.slug}`}>{organisation.name}</Link>
                  </td>
                  <td>{t(`accounts.orgKind.${organisation.kind}`)}</td>
                  <td>{t(`accounts.membershipRole.${organisation.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="settings-title" className="narrow">
        <h2 id="settings-title">{t('accounts.account.settings')}</h2>
        <FormErrorSummary state={settingsState} />
        <Form method="post" className="form">
          <CsrfInput />
          <input type="hidden" name="intent" value="settings" />
          <Field
            name="displayName"
            label={t('accounts.displayName')}
            state={settingsState}
            defaultValue={account.displayName}
            required
            autoComplete="name"
            maxLength={80}
          />
          <Field
            name="locale"
            label={t('accounts.account.language')}
            hint={t('accounts.account.languageHint')}
            state={settingsState}
          >
            <select
              id="field-locale"
              name="locale"
              defaultValue={settingsState?.values?.locale ?? account.locale}
              aria-describedby="field-locale-hint"
            >
              <option value="ja" lang="ja">
                日本語
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </Field>
          <div>
            <button type="submit" className="button">
              {t('common.save')}
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}

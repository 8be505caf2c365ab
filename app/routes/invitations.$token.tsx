import { Form, Link, redirect, useActionData } from 'react-router';
import { acceptInvitation } from '#src/domain/organisations/accept-invitation';
import { getInvitation } from '#src/domain/organisations/get-invitation';
import { formatDate } from '#src/i18n';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { getActor } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/invitations.$token';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.invitation.title' });

export async function loader({ params, context }: Route.LoaderArgs) {
  const invitation = await loadOrThrow(() => getInvitation({ db: context.runtime.db, token: params.token }));
  const actor = await getActor(context);
  return {
    token: params.token,
    invitation,
    signedInAs: actor ? actor.email : null,
    emailMatches: actor !== null && actor.email.toLowerCase() === invitation.email.toLowerCase(),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const form = await readForm(request, context);
  try {
    const joined = await acceptInvitation({
      db: context.runtime.db,
      actor: await getActor(context),
      token: params.token,
    });
    return redirect(`/account/organisations/${joined.organisationSlug}?notice=joined`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function Invitation({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { invitation, token } = loaderData;
  const here = `/invitations/${encodeURIComponent(token)}`;
  return (
    <div className="container page narrow">
      <h1>{t('accounts.invitation.title')}</h1>
      <p>
        {t('accounts.invitation.lead', {
          organisation: invitation.organisationName,
          role: t(`accounts.membershipRole.${invitation.role}`),
        })}
      </p>
      <dl className="facts">
        <dt>{t('accounts.invitation.organisation')}</dt>
        <dd>{invitation.organisationName}</dd>
        <dt>{t('accounts.invitation.invitedEmail')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('accounts.invitation.role')}</dt>
        <dd>{t(`accounts.membershipRole.${invitation.role}`)}</dd>
        {invitation.invitedByName ? (
          <>
            <dt>{t('accounts.invitation.invitedBy')}</dt>
            <dd>{invitation.invitedByName}</dd>
          </>
        ) : null}
        <dt>{t('accounts.invitation.expires')}</dt>
        <dd>{formatDate(locale, invitation.expiresAt)}</dd>
      </dl>
      <FormErrorSummary state={state} />
      {invitation.status !== 'open' ? (
        <div className="alert alert-error" role="alert">
          {t(`accounts.invitation.${invitation.status}`)}
        </div>
      ) : loaderData.emailMatches ? (
        <Form method="post">
          <CsrfInput />
          <button type="submit" className="button">
            {t('accounts.invitation.accept')}
          </button>
        </Form>
      ) : loaderData.signedInAs ? (
        <div className="alert alert-info">
          <p>
            {t('accounts.invitation.signedInAsOther', {
              email: loaderData.signedInAs,
              invited: invitation.email,
            })}
          </p>
          <Form method="post" action="/sign-out">
            <CsrfInput />
            <button type="submit" className="button button-secondary">
              {t('nav.signOut')}
            </button>
          </Form>
        </div>
      ) : (
        <div className="stack">
          <p>{t('accounts.invitation.signInOrUp')}</p>
          <div className="row">
            <Link className="button" to={`/sign-up?invitation=${encodeURIComponent(token)}`}>
              {t('accounts.invitation.signUpToAccept')}
            </Link>
            <Link className="button button-secondary" to={`/sign-in?redirectTo=${encodeURIComponent(here)}`}>
              {t('accounts.invitation.signInToAccept')}
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}

import { Form, Link, redirect, useActionData } from 'react-router';
import { createOrganisation } from '#src/domain/organisations/create-organisation';
import { listPrefectures } from '#src/domain/regions/data';
import { OrganisationFields } from '~/components/accounts/organisation-fields';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { formObject } from './auth-session.server';
import type { Route } from './+types/account.organisations.new';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.org.newTitle' });

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireActorOrRedirect(context, request);
  return {
    prefectures: listPrefectures().map((p) => ({
      code: p.code,
      name: context.locale === 'ja' ? p.name : p.nameEn,
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  try {
    const organisation = await createOrganisation({ db: context.runtime.db, actor, input: formObject(form) });
    return redirect(`/account/organisations/${organisation.slug}?notice=created`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewOrganisation({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  return (
    <div className="container page narrow">
      <p className="breadcrumbs">
        <Link to="/account">{t('accounts.account.title')}</Link>
      </p>
      <h1>{t('accounts.org.newTitle')}</h1>
      <p>{t('accounts.org.newLead')}</p>
      <FormErrorSummary state={state} />
      <Form method="post" className="form">
        <CsrfInput />
        <OrganisationFields state={state} prefectures={loaderData.prefectures} required />
        <div>
          <button type="submit" className="button">
            {t('accounts.org.create')}
          </button>
        </div>
      </Form>
    </div>
  );
}

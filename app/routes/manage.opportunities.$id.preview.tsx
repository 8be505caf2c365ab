import { data, Form, Link, redirect, useActionData } from 'react-router';
import { getOpportunityForHost } from '#src/domain/opportunities/get-opportunity';
import { toOpportunityView } from '#src/domain/opportunities/opportunity-view';
import { publishOpportunity } from '#src/domain/opportunities/publish-opportunity';
import { CsrfInput } from '~/components/form';
import { ApplyBox, OpportunityDetails } from '~/components/opportunity-details';
import { OPPORTUNITY_FIELD_LABELS } from '~/components/opportunity-form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/manage.opportunities.$id.preview';

export const meta: Route.MetaFunction = ({ matches, loaderData }) => [
  ...pageMeta(matches, {
    titleKey: 'opportunities.preview.title',
    ...(loaderData ? { title: loaderData.opportunity.title } : {}),
  }),
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const details = await loadOrThrow(() =>
    getOpportunityForHost({ db: context.runtime.db, actor, opportunityId: params.id }),
  );
  return { opportunity: toOpportunityView(details, context.locale) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  try {
    await publishOpportunity({ db: context.runtime.db, actor, opportunityId: params.id });
    return redirect(`/manage/opportunities/${encodeURIComponent(params.id)}?notice=published`);
  } catch (error) {
    const failure = domainFailure(error, form);
    return data(failure.data, failure.init ?? undefined);
  }
}

export default function OpportunityPreview({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const failure = useActionData<typeof action>();
  const { opportunity } = loaderData;
  const editUrl = `/manage/opportunities/${opportunity.id}`;
  const canPublish = opportunity.status === 'draft' || opportunity.status === 'closed';
  return (
    <>
      <div className="preview-banner">
        <div className="container row">
          <p className="preview-banner-text">
            <strong>{t('opportunities.preview.banner')}</strong>{' '}
            {t('opportunities.preview.status', { status: t(`opportunities.status.${opportunity.status}`) })}
          </p>
          <Link to={editUrl}>{t('opportunities.preview.backToEdit')}</Link>
          {canPublish ? (
            <Form method="post" className="inline-form">
              <CsrfInput />
              <button type="submit" className="button button-small">
                {t(
                  opportunity.status === 'closed'
                    ? 'opportunities.form.republish'
                    : 'opportunities.form.publish',
                )}
              </button>
            </Form>
          ) : null}
        </div>
      </div>
      <div className="container page">
        {failure?.formError ? (
          <div className="alert alert-error" role="alert">
            <p className="error-summary-title">{t(failure.formError, failure.formErrorParams)}</p>
            {Object.keys(failure.fieldErrors).length > 0 ? (
              <ul>
                {Object.entries(failure.fieldErrors).map(([field, message]) => (
                  <li key={field}>
                    {OPPORTUNITY_FIELD_LABELS[field] ? `${t(OPPORTUNITY_FIELD_LABELS[field])}: ` : ''}
                    {t(message)}
                  </li>
                ))}
              </ul>
            ) : null}
            <p>
              <Link to={editUrl}>{t('opportunities.preview.fixInForm')}</Link>
            </p>
          </div>
        ) : null}
        <OpportunityDetails
          opportunity={opportunity}
          applyArea={<ApplyBox opportunity={opportunity} preview />}
        />
      </div>
    </>
  );
}

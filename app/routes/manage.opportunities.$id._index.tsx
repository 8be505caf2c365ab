import { data, Form, Link, redirect, useActionData } from 'react-router';
import { archiveOpportunity } from '#src/domain/opportunities/archive-opportunity';
import { closeOpportunity } from '#src/domain/opportunities/close-opportunity';
import { duplicateOpportunity } from '#src/domain/opportunities/duplicate-opportunity';
import { getOpportunityForHost } from '#src/domain/opportunities/get-opportunity';
import { isOpportunityOpen } from '#src/domain/opportunities/types';
import { updateOpportunity } from '#src/domain/opportunities/update-opportunity';
import { formatDateTime } from '#src/i18n/format';
import { AppError } from '#src/lib/errors';
import { CsrfInput } from '~/components/form';
import { OpportunityErrorSummary, OpportunityForm } from '~/components/opportunity-form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, formValues, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import {
  opportunityFormInput,
  opportunityFormValues,
  placePicker,
  programmeOptionsFor,
} from './opportunity-form.server';
import type { Route } from './+types/manage.opportunities.$id._index';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'opportunities.manage.editTitle',
    ...(loaderData ? { title: loaderData.opportunity.title } : {}),
  });

const notices = ['created', 'saved', 'published', 'closed', 'duplicated'] as const;
const confirmations = ['close', 'archive'] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const details = await loadOrThrow(() =>
    getOpportunityForHost({ db: context.runtime.db, actor, opportunityId: params.id }),
  );
  const { opportunity, organisation } = details;
  const url = new URL(request.url);
  const notice = url.searchParams.get('notice');
  const confirm = url.searchParams.get('confirm');
  return {
    opportunity: {
      id: opportunity.id,
      slug: opportunity.slug,
      title: opportunity.title,
      status: opportunity.status,
      isOpen: isOpportunityOpen(opportunity),
      publishedAt: opportunity.publishedAt?.toISOString() ?? null,
      closedAt: opportunity.closedAt?.toISOString() ?? null,
      updatedAt: opportunity.updatedAt.toISOString(),
    },
    organisationName: organisation.name,
    values: opportunityFormValues(opportunity),
    programmes: await programmeOptionsFor(context, [organisation.id]),
    picker: placePicker({
      locale: context.locale,
      requestedPrefecture: url.searchParams.get('prefecture'),
      selectedMunicipalityCodes: opportunity.municipalityCodes,
      selectedPrefectureCodes: opportunity.prefectureCodes.filter(
        (code) => !opportunity.municipalityCodes.some((municipality) => municipality.startsWith(code)),
      ),
      fallbackPrefecture: organisation.prefectureCode,
    }),
    notice: notices.find((known) => known === notice) ?? null,
    confirm: confirmations.find((known) => known === confirm) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const db = context.runtime.db;
  const opportunityId = params.id;
  const intent = String(form.get('intent') ?? 'save');
  const here = `/manage/opportunities/${encodeURIComponent(opportunityId)}`;
  const picker = placePicker({
    locale: context.locale,
    requestedPrefecture: String(form.get('placePrefecture') ?? ''),
    selectedMunicipalityCodes: form.getAll('municipalityCodes').map(String),
    selectedPrefectureCodes: form.getAll('prefectureCodes').map(String),
    fallbackPrefecture: '13',
  });
  const isFormIntent = intent === 'save' || intent === 'publish' || intent === 'showPlaces';
  try {
    switch (intent) {
      case 'showPlaces':
        // Only the owning organisation may see the form at all.
        await getOpportunityForHost({ db, actor, opportunityId });
        return data({
          ok: false as const,
          formError: undefined,
          fieldErrors: {},
          values: formValues(form),
          picker,
          intent,
        });
      case 'save':
      case 'publish': {
        const saved = await updateOpportunity({
          db,
          actor,
          opportunityId,
          input: opportunityFormInput(form),
          publish: intent === 'publish',
        });
        return redirect(
          `${here}?notice=${intent === 'publish' && saved.status === 'published' ? 'published' : 'saved'}`,
        );
      }
      case 'close':
        await closeOpportunity({ db, actor, opportunityId });
        return redirect(`${here}?notice=closed`);
      case 'archive':
        await archiveOpportunity({ db, actor, opportunityId });
        return redirect('/manage/opportunities?notice=archived');
      case 'duplicate': {
        const copy = await duplicateOpportunity({ db, actor, opportunityId, locale: context.locale });
        return redirect(`/manage/opportunities/${copy.id}?notice=duplicated`);
      }
      default:
        throw new AppError('INVALID_INPUT');
    }
  } catch (error) {
    const failure = domainFailure(error, isFormIntent ? form : undefined);
    const body = isFormIntent
      ? { ...failure.data, picker, intent }
      : { ...failure.data, values: undefined, picker, intent };
    return data(body, failure.init ?? undefined);
  }
}

function StatusActions({
  opportunity,
}: {
  opportunity: { id: string; slug: string; status: string; isOpen: boolean };
}) {
  const t = useT();
  const here = `/manage/opportunities/${opportunity.id}`;
  return (
    <div className="row status-actions">
      <Link to={`${here}/preview`}>{t('opportunities.manage.preview')}</Link>
      {opportunity.status === 'published' || opportunity.status === 'closed' ? (
        <Link to={`/opportunities/${opportunity.slug}`}>{t('opportunities.manage.viewPublic')}</Link>
      ) : null}
      {opportunity.status === 'published' ? (
        <Link to={`${here}?confirm=close`} className="button button-secondary button-small">
          {t('opportunities.manage.close')}
        </Link>
      ) : null}
      <Form method="post" className="inline-form">
        <CsrfInput />
        <button
          type="submit"
          name="intent"
          value="duplicate"
          className="button button-secondary button-small"
        >
          {t('opportunities.manage.duplicate')}
        </button>
      </Form>
      {opportunity.status !== 'archived' ? (
        <Link to={`${here}?confirm=archive`} className="button-link">
          {t('opportunities.manage.archive')}
        </Link>
      ) : null}
    </div>
  );
}

export default function EditOpportunity({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const actionData = useActionData<typeof action>();
  const { opportunity, notice, confirm } = loaderData;
  const here = `/manage/opportunities/${opportunity.id}`;
  const formState =
    actionData && ['save', 'publish', 'showPlaces'].includes(actionData.intent) ? actionData : undefined;
  const otherFailure = actionData && !formState ? actionData : undefined;
  const picker = formState?.picker ?? loaderData.picker;
  const archived = opportunity.status === 'archived';
  return (
    <div className="container page">
      <p className="crumbs">
        <Link to="/manage/opportunities">{t('opportunities.manage.title')}</Link>
      </p>
      <h1>{t('opportunities.manage.editTitle')}</h1>
      <p className="row">
        <span className={`badge status-${opportunity.status}`}>
          {t(`opportunities.status.${opportunity.status}`)}
        </span>
        {opportunity.status === 'published' && !opportunity.isOpen ? (
          <span className="badge badge-closed">{t('opportunities.manage.pastDeadline')}</span>
        ) : null}
        <span className="muted">
          {loaderData.organisationName} ・{' '}
          {t('opportunities.manage.updatedAt', { date: formatDateTime(locale, opportunity.updatedAt) })}
        </span>
      </p>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`opportunities.manage.notice.${notice}`)}
        </div>
      ) : null}
      {otherFailure?.formError ? (
        <div className="alert alert-error" role="alert">
          {t(otherFailure.formError, otherFailure.formErrorParams)}
          {Object.keys(otherFailure.fieldErrors ?? {}).length > 0 ? (
            <span> {t('opportunities.manage.completeBelow')}</span>
          ) : null}
        </div>
      ) : null}

      {confirm ? (
        <section className="alert alert-info confirm-box" aria-labelledby="confirm-title">
          <h2 id="confirm-title" className="confirm-title">
            {t(`opportunities.manage.confirm.${confirm}Title`)}
          </h2>
          <p>{t(`opportunities.manage.confirm.${confirm}Lead`)}</p>
          <div className="row">
            <Form method="post" className="inline-form">
              <CsrfInput />
              <button
                type="submit"
                name="intent"
                value={confirm}
                className={confirm === 'archive' ? 'button button-danger' : 'button'}
              >
                {t(`opportunities.manage.confirm.${confirm}`)}
              </button>
            </Form>
            <Link to={here}>{t('common.cancel')}</Link>
          </div>
        </section>
      ) : null}

      <StatusActions opportunity={opportunity} />

      {archived ? (
        <p className="alert alert-info">{t('opportunities.manage.archivedNotice')}</p>
      ) : (
        <>
          <OpportunityErrorSummary state={formState} />
          <OpportunityForm
            values={loaderData.values}
            state={formState}
            programmes={loaderData.programmes}
            prefectures={picker.prefectures}
            placePrefecture={picker.placePrefecture}
            placeOptions={picker.placeOptions}
            selectedPlaces={picker.selectedPlaces}
            selectedPrefectures={picker.selectedPrefectures}
            defaultIntent="save"
            actions={
              opportunity.status === 'published' ? (
                <button type="submit" name="intent" value="save" className="button">
                  {t('opportunities.form.saveChanges')}
                </button>
              ) : (
                <>
                  <button type="submit" name="intent" value="save" className="button button-secondary">
                    {t(
                      opportunity.status === 'closed'
                        ? 'opportunities.form.saveChanges'
                        : 'opportunities.form.saveDraft',
                    )}
                  </button>
                  <button type="submit" name="intent" value="publish" className="button">
                    {t(
                      opportunity.status === 'closed'
                        ? 'opportunities.form.republish'
                        : 'opportunities.form.publish',
                    )}
                  </button>
                </>
              )
            }
          />
        </>
      )}
    </div>
  );
}

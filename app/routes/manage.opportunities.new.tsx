import { data, Link, redirect, useActionData } from 'react-router';
import { createOpportunity } from '#src/domain/opportunities/create-opportunity';
import { getOrganisationBySlug } from '#src/domain/organisations/get-organisation';
import { OpportunityErrorSummary, OpportunityForm } from '~/components/opportunity-form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, formValues, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import {
  actorOrganisations,
  opportunityFormInput,
  placePicker,
  programmeOptionsFor,
} from './opportunity-form.server';
import type { Route } from './+types/manage.opportunities.new';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'opportunities.manage.newTitle' });

async function organisationPrefecture(context: Route.LoaderArgs['context'], slug: string | undefined) {
  if (!slug) return '13';
  const organisation = await getOrganisationBySlug({ db: context.runtime.db, slug });
  return organisation.prefectureCode;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const organisations = actorOrganisations(actor);
  const requested = new URL(request.url).searchParams.get('organisation');
  const chosen = organisations.find((organisation) => organisation.slug === requested) ?? organisations[0];
  return {
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    programmes: await programmeOptionsFor(
      context,
      organisations.map((organisation) => organisation.id),
    ),
    values: { organisationId: chosen?.id ?? '', languages: 'ja', openings: '1' } as Record<string, string>,
    picker: placePicker({
      locale: context.locale,
      selectedMunicipalityCodes: [],
      selectedPrefectureCodes: [],
      fallbackPrefecture: await organisationPrefecture(context, chosen?.slug),
    }),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? 'save');
  const picker = placePicker({
    locale: context.locale,
    requestedPrefecture: String(form.get('placePrefecture') ?? ''),
    selectedMunicipalityCodes: form.getAll('municipalityCodes').map(String),
    selectedPrefectureCodes: form.getAll('prefectureCodes').map(String),
    fallbackPrefecture: '13',
  });
  if (intent === 'showPlaces') {
    return data({
      ok: false as const,
      formError: undefined,
      fieldErrors: {},
      values: formValues(form),
      picker,
    });
  }
  try {
    const created = await createOpportunity({
      db: context.runtime.db,
      actor,
      organisationId: String(form.get('organisationId') ?? ''),
      input: opportunityFormInput(form),
      publish: intent === 'publish',
    });
    return redirect(
      `/manage/opportunities/${created.id}?notice=${intent === 'publish' ? 'published' : 'created'}`,
    );
  } catch (error) {
    const failure = domainFailure(error, form);
    return data({ ...failure.data, picker }, failure.init ?? undefined);
  }
}

export default function NewOpportunity({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  const picker = state?.picker ?? loaderData.picker;
  if (loaderData.organisations.length === 0) {
    return (
      <div className="container page narrow">
        <h1>{t('opportunities.manage.newTitle')}</h1>
        <p>{t('opportunities.manage.noOrganisation')}</p>
        <p>
          <Link to="/account/organisations/new">{t('opportunities.manage.createOrganisation')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container page">
      <p className="crumbs">
        <Link to="/manage/opportunities">{t('opportunities.manage.title')}</Link>
      </p>
      <h1>{t('opportunities.manage.newTitle')}</h1>
      <p className="muted">{t('opportunities.manage.newLead')}</p>
      <OpportunityErrorSummary state={state} />
      <OpportunityForm
        values={loaderData.values}
        state={state}
        organisations={loaderData.organisations}
        programmes={loaderData.programmes}
        prefectures={picker.prefectures}
        placePrefecture={picker.placePrefecture}
        placeOptions={picker.placeOptions}
        selectedPlaces={picker.selectedPlaces}
        selectedPrefectures={picker.selectedPrefectures}
        defaultIntent="save"
        actions={
          <>
            <button type="submit" name="intent" value="save" className="button button-secondary">
              {t('opportunities.form.saveDraft')}
            </button>
            <button type="submit" name="intent" value="publish" className="button">
              {t('opportunities.form.publish')}
            </button>
            <Link to="/manage/opportunities">{t('common.cancel')}</Link>
          </>
        }
      />
    </div>
  );
}

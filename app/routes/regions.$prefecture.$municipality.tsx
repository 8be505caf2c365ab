import { Link } from 'react-router';
import { canEditRegionFacts } from '#src/domain/regions/can-edit-region-facts';
import { getMunicipalityOverview } from '#src/domain/regions/get-region-overview';
import { toRegionFactsView } from '#src/domain/regions/region-facts-view';
import { OpportunityCardList } from '~/components/opportunity-card';
import { OrganisationList, ProgrammeList, RegionFacts } from '~/components/region-sections';
import { getActor } from '~/lib/auth.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { cardsFor, organisationsFor, programmesFor } from './region-pages.server';
import type { Route } from './+types/regions.$prefecture.$municipality';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'regions.index.title',
    ...(loaderData
      ? { title: `${loaderData.name}(${loaderData.prefectureName})`, description: loaderData.description }
      : {}),
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const db = context.runtime.db;
  const overview = await loadOrThrow(() =>
    getMunicipalityOverview({ db, prefectureCode: params.prefecture, code: params.municipality }),
  );
  const actor = await getActor(context);
  const en = context.locale === 'en';
  const { municipality, prefecture, parent } = overview;
  const localName = (place: { name: string; nameEn?: string }) =>
    en && place.nameEn ? place.nameEn : place.name;
  const facts = toRegionFactsView(overview.facts, context.locale);
  return {
    code: municipality.code,
    name: parent ? `${localName(parent)} ${localName(municipality)}` : localName(municipality),
    prefectureCode: prefecture.code,
    prefectureName: en ? prefecture.nameEn : prefecture.name,
    parent: parent ? { code: parent.code, name: localName(parent) } : null,
    wards: overview.wards.map((ward) => ({ code: ward.code, name: localName(ward) })),
    description: facts?.introduction[0] ?? '',
    facts,
    factsSaved: new URL(request.url).searchParams.get('notice') === 'factsSaved',
    canEdit: await canEditRegionFacts({ db, actor, code: municipality.code }),
    opportunities: cardsFor(overview.openOpportunities, context.locale),
    openOpportunityCount: overview.openOpportunityCount,
    programmes: programmesFor(overview.programmes, context.locale),
    organisations: organisationsFor(overview.organisations, context.locale),
  };
}

export default function MunicipalityPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const data = loaderData;
  return (
    <div className="container page">
      <p className="crumbs">
        <Link to="/regions">{t('regions.index.title')}</Link> ›{' '}
        <Link to={`/regions/${data.prefectureCode}`}>{data.prefectureName}</Link>
        {data.parent ? (
          <>
            {' › '}
            <Link to={`/regions/${data.prefectureCode}/${data.parent.code}`}>{data.parent.name}</Link>
          </>
        ) : null}
      </p>
      <h1>{data.name}</h1>
      {data.factsSaved ? (
        <div className="alert alert-success" role="status">
          {t('regions.notice.factsSaved')}
        </div>
      ) : null}
      <RegionFacts facts={data.facts} editUrl={data.canEdit ? `/manage/regions/${data.code}` : null} />

      <section aria-labelledby="opportunities-title">
        <h2 id="opportunities-title">
          {t('regions.page.openOpportunities', { count: data.openOpportunityCount })}
        </h2>
        <OpportunityCardList
          opportunities={data.opportunities}
          emptyText={t('regions.page.noOpportunities')}
        />
        {data.openOpportunityCount > data.opportunities.length ? (
          <p>
            {t('regions.page.showingFirst', {
              shown: data.opportunities.length,
              total: data.openOpportunityCount,
            })}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="programmes-title">
        <h2 id="programmes-title">{t('regions.page.programmes')}</h2>
        <ProgrammeList programmes={data.programmes} emptyText={t('regions.page.noProgrammes')} />
      </section>

      <section aria-labelledby="organisations-title">
        <h2 id="organisations-title">{t('regions.page.organisations')}</h2>
        <OrganisationList organisations={data.organisations} emptyText={t('regions.page.noOrganisations')} />
      </section>

      {data.wards.length > 0 ? (
        <section aria-labelledby="wards-title">
          <h2 id="wards-title">{t('regions.page.wards')}</h2>
          <ul className="municipality-index">
            {data.wards.map((ward) => (
              <li key={ward.code}>
                <Link to={`/regions/${data.prefectureCode}/${ward.code}`}>{ward.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

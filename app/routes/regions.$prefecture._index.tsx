import { Link } from 'react-router';
import { canEditRegionFacts } from '#src/domain/regions/can-edit-region-facts';
import { getPrefectureOverview } from '#src/domain/regions/get-region-overview';
import { toRegionFactsView } from '#src/domain/regions/region-facts-view';
import { OpportunityCardList } from '~/components/opportunity-card';
import { OrganisationList, ProgrammeList, RegionFacts } from '~/components/region-sections';
import { getActor } from '~/lib/auth.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { cardsFor, organisationsFor, programmesFor } from './region-pages.server';
import type { Route } from './+types/regions.$prefecture._index';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'regions.index.title',
    ...(loaderData ? { title: loaderData.name, description: loaderData.description } : {}),
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const db = context.runtime.db;
  const overview = await loadOrThrow(() => getPrefectureOverview({ db, code: params.prefecture }));
  const actor = await getActor(context);
  const en = context.locale === 'en';
  const { prefecture } = overview;
  const facts = toRegionFactsView(overview.facts, context.locale);
  return {
    code: prefecture.code,
    name: en ? prefecture.nameEn : prefecture.name,
    blockName: en ? overview.block.nameEn : overview.block.name,
    description: facts?.introduction[0] ?? '',
    facts,
    factsSaved: new URL(request.url).searchParams.get('notice') === 'factsSaved',
    canEdit: await canEditRegionFacts({ db, actor, code: prefecture.code }),
    municipalities: overview.municipalities.map((row) => ({
      code: row.municipality.code,
      name: en && row.municipality.nameEn ? row.municipality.nameEn : row.municipality.name,
      openOpportunities: row.openOpportunities,
      organisations: row.organisations,
    })),
    allMunicipalities: overview.allMunicipalities.map((municipality) => ({
      code: municipality.code,
      name: en && municipality.nameEn ? municipality.nameEn : municipality.name,
    })),
    opportunities: cardsFor(overview.openOpportunities, context.locale),
    openOpportunityCount: overview.openOpportunityCount,
    programmes: programmesFor(overview.programmes, context.locale),
    organisations: organisationsFor(overview.organisations, context.locale),
  };
}

export default function PrefecturePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const data = loaderData;
  return (
    <div className="container page">
      <p className="crumbs">
        <Link to="/regions">{t('regions.index.title')}</Link> › {data.blockName}
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

      {data.municipalities.length > 0 ? (
        <section aria-labelledby="active-municipalities-title">
          <h2 id="active-municipalities-title">{t('regions.page.activeMunicipalities')}</h2>
          <ul className="prefecture-list">
            {data.municipalities.map((municipality) => (
              <li key={municipality.code}>
                <Link to={`/regions/${data.code}/${municipality.code}`}>{municipality.name}</Link>
                <span className="muted small">
                  {' '}
                  {t('regions.page.municipalityCounts', {
                    opportunities: municipality.openOpportunities,
                    organisations: municipality.organisations,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="programmes-title">
        <h2 id="programmes-title">{t('regions.page.programmes')}</h2>
        <ProgrammeList programmes={data.programmes} emptyText={t('regions.page.noProgrammes')} />
      </section>

      <section aria-labelledby="organisations-title">
        <h2 id="organisations-title">{t('regions.page.organisations')}</h2>
        <OrganisationList organisations={data.organisations} emptyText={t('regions.page.noOrganisations')} />
      </section>

      <section aria-labelledby="all-municipalities-title">
        <h2 id="all-municipalities-title">
          {t('regions.page.allMunicipalities', { count: data.allMunicipalities.length })}
        </h2>
        <details>
          <summary>{t('regions.page.showAllMunicipalities')}</summary>
          <ul className="municipality-index">
            {data.allMunicipalities.map((municipality) => (
              <li key={municipality.code}>
                <Link to={`/regions/${data.code}/${municipality.code}`}>{municipality.name}</Link>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}

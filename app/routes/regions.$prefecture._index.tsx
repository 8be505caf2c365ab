import { Link } from 'react-router';
import { getPrefectureOverview } from '#src/domain/regions/get-region-overview';
import { RegionFactsAndOpportunities, RegionProgrammesAndOrganisations } from '~/components/region-sections';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { regionPageSections } from './region-pages.server';
import type { Route } from './+types/regions.$prefecture._index';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'regions.index.title',
    ...(loaderData ? { title: loaderData.name, description: loaderData.description } : {}),
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const db = context.runtime.db;
  const overview = await loadOrThrow(() => getPrefectureOverview({ db, code: params.prefecture }));
  const en = context.locale === 'en';
  const { prefecture } = overview;
  return {
    code: prefecture.code,
    name: en ? prefecture.nameEn : prefecture.name,
    blockName: en ? overview.block.nameEn : overview.block.name,
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
    ...(await regionPageSections({ request, context, code: prefecture.code, overview })),
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
      <RegionFactsAndOpportunities region={data} />

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

      <RegionProgrammesAndOrganisations programmes={data.programmes} organisations={data.organisations} />

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

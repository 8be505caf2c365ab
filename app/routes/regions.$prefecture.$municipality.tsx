import { Link } from 'react-router';
import { getMunicipalityOverview } from '#src/domain/regions/get-region-overview';
import { RegionFactsAndOpportunities, RegionProgrammesAndOrganisations } from '~/components/region-sections';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { regionPageSections } from './region-pages.server';
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
  const en = context.locale === 'en';
  const { municipality, prefecture, parent } = overview;
  const localName = (place: { name: string; nameEn?: string }) =>
    en && place.nameEn ? place.nameEn : place.name;
  return {
    code: municipality.code,
    name: parent ? `${localName(parent)} ${localName(municipality)}` : localName(municipality),
    prefectureCode: prefecture.code,
    prefectureName: en ? prefecture.nameEn : prefecture.name,
    parent: parent ? { code: parent.code, name: localName(parent) } : null,
    wards: overview.wards.map((ward) => ({ code: ward.code, name: localName(ward) })),
    ...(await regionPageSections({ request, context, code: municipality.code, overview })),
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
      <RegionFactsAndOpportunities region={data} />

      <RegionProgrammesAndOrganisations programmes={data.programmes} organisations={data.organisations} />

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

import { Link } from 'react-router';
import { listOpenOpportunities } from '#src/domain/opportunities/list-open-opportunities';
import { getOrganisationBySlug } from '#src/domain/organisations/get-organisation';
import { listOrganisationProgrammes } from '#src/domain/programmes/list-organisation-programmes';
import { getMunicipality, getPrefecture } from '#src/domain/regions/data';
import { formatDate } from '#src/i18n/format';
import { OpenOpportunitiesSection } from '~/components/opportunity-card';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { cardsFor } from './region-pages.server';
import type { Route } from './+types/organisations.$slug._index';
import '~/styles/opportunities.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'regions.orgPage.title',
    ...(loaderData ? { title: loaderData.name, description: loaderData.description || undefined } : {}),
  });

export async function loader({ params, context }: Route.LoaderArgs) {
  const db = context.runtime.db;
  const organisation = await loadOrThrow(() => getOrganisationBySlug({ db, slug: params.slug }));
  const [open, programmes] = await Promise.all([
    listOpenOpportunities({ db, organisationId: organisation.id, limit: 100 }),
    listOrganisationProgrammes({ db, organisationId: organisation.id }),
  ]);
  const en = context.locale === 'en';
  const prefecture = getPrefecture(organisation.prefectureCode);
  const municipality = organisation.municipalityCode
    ? getMunicipality(organisation.municipalityCode)
    : undefined;
  const place = municipality
    ? {
        href: `/regions/${municipality.prefectureCode}/${municipality.code}`,
        label:
          en && municipality.nameEn ? municipality.nameEn : `${prefecture?.name ?? ''}${municipality.name}`,
      }
    : prefecture
      ? { href: `/regions/${prefecture.code}`, label: en ? prefecture.nameEn : prefecture.name }
      : null;
  return {
    name: en && organisation.nameEn ? organisation.nameEn : organisation.name,
    kind: organisation.kind,
    description: organisation.description,
    websiteUrl: organisation.websiteUrl,
    place,
    opportunities: cardsFor(open.items, context.locale),
    openOpportunityCount: open.total,
    programmes: programmes.map((programme) => ({
      slug: programme.slug,
      name: en && programme.nameEn ? programme.nameEn : programme.name,
      role: programme.role,
      status: programme.status,
      joinedOn: programme.joinedOn,
    })),
  };
}

export default function OrganisationPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const data = loaderData;
  return (
    <div className="container page">
      <p className="muted">{t(`regions.orgKind.${data.kind}`)}</p>
      <h1>{data.name}</h1>
      {data.description ? <p className="preserve-lines">{data.description}</p> : null}
      <dl className="facts">
        {data.place ? (
          <>
            <dt>{t('regions.orgPage.place')}</dt>
            <dd>
              <Link to={data.place.href}>{data.place.label}</Link>
            </dd>
          </>
        ) : null}
        {data.websiteUrl ? (
          <>
            <dt>{t('regions.orgPage.website')}</dt>
            <dd>
              <a href={data.websiteUrl} rel="noopener noreferrer">
                {data.websiteUrl}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <OpenOpportunitiesSection
        title={t('regions.orgPage.openOpportunities', { count: data.openOpportunityCount })}
        opportunities={data.opportunities}
        emptyText={t('regions.orgPage.noOpportunities')}
      />

      <section aria-labelledby="programmes-title">
        <h2 id="programmes-title">{t('regions.orgPage.programmes')}</h2>
        {data.programmes.length === 0 ? (
          <p className="muted">{t('regions.orgPage.noProgrammes')}</p>
        ) : (
          <ul>
            {data.programmes.map((programme) => (
              <li key={`${programme.slug}-${programme.role}`}>
                <Link to={`/programmes/${programme.slug}`}>{programme.name}</Link>{' '}
                <span className="muted small">
                  {t(`programmes.role.${programme.role}`)}
                  {programme.joinedOn
                    ? ` ・ ${t('programmes.page.joinedOn', { date: formatDate(locale, programme.joinedOn) })}`
                    : ''}
                  {programme.status === 'ended' ? ` ・ ${t('programmes.status.ended')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

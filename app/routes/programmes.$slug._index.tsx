import { Link } from 'react-router';
import { hasOrganisationRole } from '#src/domain/accounts/permissions';
import { getProgrammeBySlug, type ProgrammeMemberRole } from '#src/domain/programmes/get-programme';
import { getMunicipality, getPrefecture } from '#src/domain/regions/data';
import { formatDate } from '#src/i18n/format';
import { OpenOpportunitiesSection } from '~/components/opportunity-card';
import { getActor } from '~/lib/auth.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { cardsFor } from './region-pages.server';
import type { Route } from './+types/programmes.$slug._index';
import '~/styles/opportunities.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'programmes.index.title',
    ...(loaderData ? { title: loaderData.name, description: loaderData.summary || undefined } : {}),
  });

const roleOrder: ProgrammeMemberRole[] = ['host', 'endorser', 'partner'];

export async function loader({ params, context }: Route.LoaderArgs) {
  const db = context.runtime.db;
  const result = await loadOrThrow(() => getProgrammeBySlug({ db, slug: params.slug }));
  const actor = await getActor(context);
  const en = context.locale === 'en';
  const { programme, coordinator } = result;
  const municipality = programme.municipalityCode ? getMunicipality(programme.municipalityCode) : undefined;
  const prefecture = programme.prefectureCode ? getPrefecture(programme.prefectureCode) : undefined;
  const region = municipality
    ? {
        href: `/regions/${municipality.prefectureCode}/${municipality.code}`,
        label:
          en && municipality.nameEn ? municipality.nameEn : `${prefecture?.name ?? ''}${municipality.name}`,
      }
    : prefecture
      ? { href: `/regions/${prefecture.code}`, label: en ? prefecture.nameEn : prefecture.name }
      : null;
  return {
    slug: programme.slug,
    name: en && programme.nameEn ? programme.nameEn : programme.name,
    summary: programme.summary,
    description: programme.description
      .split(/\n{2,}/)
      .map((part) => part.trim())
      .filter(Boolean),
    status: programme.status,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    websiteUrl: programme.websiteUrl,
    region,
    coordinator: {
      slug: coordinator.slug,
      name: en && coordinator.nameEn ? coordinator.nameEn : coordinator.name,
    },
    isCoordinator: hasOrganisationRole(actor, coordinator.id),
    membersByRole: roleOrder
      .map((role) => ({
        role,
        members: result.members
          .filter((member) => member.role === role)
          .map((member) => ({
            slug: member.slug,
            name: en && member.nameEn ? member.nameEn : member.name,
            joinedOn: member.joinedOn,
            leftOn: member.leftOn,
          })),
      }))
      .filter((group) => group.members.length > 0),
    opportunities: cardsFor(result.openOpportunities, context.locale),
    openOpportunityCount: result.openOpportunityCount,
  };
}

export default function ProgrammePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const data = loaderData;
  return (
    <div className="container page">
      <p className="crumbs">
        <Link to="/programmes">{t('programmes.index.title')}</Link>
      </p>
      <h1>{data.name}</h1>
      {data.summary ? <p className="opportunity-lead">{data.summary}</p> : null}
      <dl className="facts">
        <dt>{t('programmes.page.coordinator')}</dt>
        <dd>
          <Link to={`/organisations/${data.coordinator.slug}`}>{data.coordinator.name}</Link>
        </dd>
        {data.region ? (
          <>
            <dt>{t('programmes.page.region')}</dt>
            <dd>
              <Link to={data.region.href}>{data.region.label}</Link>
            </dd>
          </>
        ) : null}
        {data.startsOn || data.endsOn ? (
          <>
            <dt>{t('programmes.page.period')}</dt>
            <dd>
              {data.startsOn ? formatDate(locale, data.startsOn) : ''}〜
              {data.endsOn ? formatDate(locale, data.endsOn) : ''}
            </dd>
          </>
        ) : null}
        <dt>{t('programmes.page.status')}</dt>
        <dd>{t(`programmes.status.${data.status}`)}</dd>
        {data.websiteUrl ? (
          <>
            <dt>{t('programmes.page.website')}</dt>
            <dd>
              <a href={data.websiteUrl} rel="noopener noreferrer">
                {data.websiteUrl}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {data.isCoordinator ? (
        <p>
          <Link to={`/manage/programmes/${data.slug}`}>{t('programmes.page.manage')}</Link>
        </p>
      ) : null}

      {data.description.length > 0 ? (
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t('programmes.page.about')}</h2>
          {data.description.map((text, index) => (
            <p key={index} className="preserve-lines">
              {text}
            </p>
          ))}
        </section>
      ) : null}

      <OpenOpportunitiesSection
        title={t('programmes.page.openOpportunities', { count: data.openOpportunityCount })}
        opportunities={data.opportunities}
        emptyText={t('programmes.page.noOpportunities')}
      />

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('programmes.page.members')}</h2>
        {data.membersByRole.length === 0 ? <p className="muted">{t('programmes.page.noMembers')}</p> : null}
        {data.membersByRole.map((group) => (
          <div key={group.role}>
            <h3>{t(`programmes.roleGroup.${group.role}`, { count: group.members.length })}</h3>
            <ul>
              {group.members.map((member) => (
                <li key={member.slug}>
                  <Link to={`/organisations/${member.slug}`}>{member.name}</Link>
                  {member.joinedOn ? (
                    <span className="muted small">
                      {' '}
                      {t('programmes.page.joinedOn', { date: formatDate(locale, member.joinedOn) })}
                    </span>
                  ) : null}
                  {member.leftOn ? (
                    <span className="muted small">
                      {' '}
                      {t('programmes.page.leftOn', { date: formatDate(locale, member.leftOn) })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}

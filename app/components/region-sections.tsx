import { Link } from 'react-router';
import type { RegionFactsView } from '#src/domain/regions/region-facts-view';
import { formatDate, formatNumber } from '#src/i18n/format';
import { OpenOpportunitiesSection, type OpportunityCardData } from '~/components/opportunity-card';
import { useLocale, useT } from '~/lib/i18n';
import '~/styles/opportunities.css';

function travelTime(t: (key: string, params?: Record<string, string | number>) => string, minutes: number) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('regions.facts.minutes', { minutes });
  if (rest === 0) return t('regions.facts.hours', { hours });
  return t('regions.facts.hoursMinutes', { hours, minutes: rest });
}

/** The coordinator-maintained facts of a prefecture or municipality; nothing when none are kept. */
export function RegionFacts({ facts, editUrl }: { facts: RegionFactsView | null; editUrl: string | null }) {
  const t = useT();
  const locale = useLocale();
  const hasFigures =
    facts &&
    (facts.population !== null ||
      facts.households !== null ||
      facts.travelMinutesToTokyo !== null ||
      facts.travelMinutesToOsaka !== null ||
      facts.accessNote);
  return (
    <section aria-labelledby="facts-title" className="region-facts">
      <h2 id="facts-title">{t('regions.facts.title')}</h2>
      {facts?.introduction.map((text, index) => (
        <p key={index} className="preserve-lines">
          {text}
        </p>
      ))}
      {hasFigures ? (
        <dl className="facts">
          {facts.population !== null ? (
            <>
              <dt>{t('regions.facts.population')}</dt>
              <dd>{t('regions.facts.people', { count: formatNumber(locale, facts.population) })}</dd>
            </>
          ) : null}
          {facts.households !== null ? (
            <>
              <dt>{t('regions.facts.households')}</dt>
              <dd>{t('regions.facts.householdCount', { count: formatNumber(locale, facts.households) })}</dd>
            </>
          ) : null}
          {(facts.population !== null || facts.households !== null) && facts.statisticsAsOf ? (
            <>
              <dt>{t('regions.facts.asOf')}</dt>
              <dd>{formatDate(locale, `${facts.statisticsAsOf}T12:00:00+09:00`)}</dd>
            </>
          ) : null}
          {facts.travelMinutesToTokyo !== null ? (
            <>
              <dt>{t('regions.facts.toTokyo')}</dt>
              <dd>{travelTime(t, facts.travelMinutesToTokyo)}</dd>
            </>
          ) : null}
          {facts.travelMinutesToOsaka !== null ? (
            <>
              <dt>{t('regions.facts.toOsaka')}</dt>
              <dd>{travelTime(t, facts.travelMinutesToOsaka)}</dd>
            </>
          ) : null}
          {facts.accessNote ? (
            <>
              <dt>{t('regions.facts.access')}</dt>
              <dd>{facts.accessNote}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {facts && facts.coworkingBases.length > 0 ? (
        <>
          <h3>{t('regions.facts.coworking')}</h3>
          <ul>
            {facts.coworkingBases.map((base) => (
              <li key={base.name}>
                {base.url ? (
                  <a href={base.url} rel="noopener noreferrer">
                    {base.name}
                  </a>
                ) : (
                  base.name
                )}
                {base.note ? <span className="muted"> — {base.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!facts ? <p className="muted">{t('regions.facts.none')}</p> : null}
      {editUrl ? (
        <p>
          <Link to={editUrl}>{t('regions.facts.edit')}</Link>
        </p>
      ) : null}
    </section>
  );
}

export interface RegionProgramme {
  slug: string;
  name: string;
  summary: string;
  status: string;
  coordinatorName: string;
}

export function ProgrammeList({
  programmes,
  emptyText,
}: {
  programmes: RegionProgramme[];
  emptyText: string;
}) {
  const t = useT();
  if (programmes.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="grid plain-list">
      {programmes.map((programme) => (
        <li key={programme.slug} className="card">
          <h3>
            <Link to={`/programmes/${programme.slug}`}>{programme.name}</Link>
          </h3>
          <p className="small muted">
            {programme.coordinatorName}
            {programme.status === 'ended' ? ` ・ ${t('programmes.status.ended')}` : ''}
          </p>
          {programme.summary ? <p className="small">{programme.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export interface RegionOrganisation {
  slug: string;
  name: string;
  kind: string;
}

export function OrganisationList({
  organisations,
  emptyText,
}: {
  organisations: RegionOrganisation[];
  emptyText: string;
}) {
  const t = useT();
  if (organisations.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="organisation-list">
      {organisations.map((organisation) => (
        <li key={organisation.slug}>
          <Link to={`/organisations/${organisation.slug}`}>{organisation.name}</Link>{' '}
          <span className="muted small">{t(`regions.orgKind.${organisation.kind}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The top of a prefecture or municipality page: the "facts saved" notice, the facts, open opportunities. */
export function RegionFactsAndOpportunities({
  region,
}: {
  region: {
    code: string;
    factsSaved: boolean;
    canEdit: boolean;
    facts: RegionFactsView | null;
    opportunities: OpportunityCardData[];
    openOpportunityCount: number;
  };
}) {
  const t = useT();
  return (
    <>
      {region.factsSaved ? (
        <div className="alert alert-success" role="status">
          {t('regions.notice.factsSaved')}
        </div>
      ) : null}
      <RegionFacts facts={region.facts} editUrl={region.canEdit ? `/manage/regions/${region.code}` : null} />

      <OpenOpportunitiesSection
        title={t('regions.page.openOpportunities', { count: region.openOpportunityCount })}
        opportunities={region.opportunities}
        emptyText={t('regions.page.noOpportunities')}
      >
        {region.openOpportunityCount > region.opportunities.length ? (
          <p>
            {t('regions.page.showingFirst', {
              shown: region.opportunities.length,
              total: region.openOpportunityCount,
            })}
          </p>
        ) : null}
      </OpenOpportunitiesSection>
    </>
  );
}

/** The programmes and organisations sections of a prefecture or municipality page. */
export function RegionProgrammesAndOrganisations({
  programmes,
  organisations,
}: {
  programmes: RegionProgramme[];
  organisations: RegionOrganisation[];
}) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="programmes-title">
        <h2 id="programmes-title">{t('regions.page.programmes')}</h2>
        <ProgrammeList programmes={programmes} emptyText={t('regions.page.noProgrammes')} />
      </section>

      <section aria-labelledby="organisations-title">
        <h2 id="organisations-title">{t('regions.page.organisations')}</h2>
        <OrganisationList organisations={organisations} emptyText={t('regions.page.noOrganisations')} />
      </section>
    </>
  );
}

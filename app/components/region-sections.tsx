import { Link } from 'react-router';
import type { RegionFactsView } from '#src/domain/regions/region-facts-view';
import { formatDate, formatNumber } from '#src/i18n/format';
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

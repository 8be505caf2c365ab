import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '#src/i18n/format';
import type { OpportunityCardData } from '#src/domain/opportunities/card-data';
import { formatWorkStyle } from '#src/domain/opportunities/format';
import { useLocale, useT } from '~/lib/i18n';
import '~/styles/opportunities.css';

export type { OpportunityCardData };

/**
 * One opportunity in a list (search results, region and programme pages, the home page). Build
 * its data with `toOpportunityCardData` (src/domain/opportunities/card-data.ts) in the loader.
 */
export function OpportunityCard({
  opportunity,
  headingLevel = 3,
}: {
  opportunity: OpportunityCardData;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card opportunity-card">
      <div className="opportunity-card-badges">
        <span className="badge">{t(`opportunities.kind.${opportunity.kind}`)}</span>
        {opportunity.isFeatured && opportunity.isOpen ? (
          <span className="badge badge-accent">{t('opportunities.card.featured')}</span>
        ) : null}
        {opportunity.isOpen ? null : (
          <span className="badge badge-closed">{t('opportunities.card.closed')}</span>
        )}
      </div>
      <Heading className="opportunity-card-title">
        <Link to={`/opportunities/${opportunity.slug}`}>{opportunity.title}</Link>
      </Heading>
      <p className="opportunity-card-org muted">{opportunity.organisationName}</p>
      {opportunity.summary ? <p className="opportunity-card-summary">{opportunity.summary}</p> : null}
      <dl className="opportunity-card-facts">
        <div>
          <dt>{t('opportunities.card.place')}</dt>
          <dd>{opportunity.placeLabel}</dd>
        </div>
        <div>
          <dt>{t('opportunities.card.workStyle')}</dt>
          <dd>{formatWorkStyle(t, opportunity.workStyle, opportunity.visitsPerMonth)}</dd>
        </div>
        <div>
          <dt>{t('opportunities.card.compensation')}</dt>
          <dd>{opportunity.compensationText}</dd>
        </div>
        {opportunity.hoursText ? (
          <div>
            <dt>{t('opportunities.card.hours')}</dt>
            <dd>{opportunity.hoursText}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('opportunities.card.deadline')}</dt>
          <dd>
            {opportunity.closesAt
              ? formatDate(locale, opportunity.closesAt)
              : t('opportunities.card.rolling')}
          </dd>
        </div>
      </dl>
    </article>
  );
}

/** A list of cards as a grid; renders `emptyText` when there are none. */
export function OpportunityCardList({
  opportunities,
  emptyText,
  headingLevel = 3,
}: {
  opportunities: OpportunityCardData[];
  emptyText: string;
  headingLevel?: 2 | 3 | 4;
}) {
  if (opportunities.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="opportunity-grid plain-list">
      {opportunities.map((opportunity) => (
        <li key={opportunity.slug}>
          <OpportunityCard opportunity={opportunity} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The "open opportunities" section of a region, programme or organisation page: a heading with the
 * count, the cards, and `children` after them (e.g. a "showing the first N" line).
 */
export function OpenOpportunitiesSection({
  title,
  opportunities,
  emptyText,
  children,
}: {
  title: string;
  opportunities: OpportunityCardData[];
  emptyText: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="opportunities-title">
      <h2 id="opportunities-title">{title}</h2>
      <OpportunityCardList opportunities={opportunities} emptyText={emptyText} />
      {children}
    </section>
  );
}

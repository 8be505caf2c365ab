import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OpportunityView } from '#src/domain/opportunities/opportunity-view';
import { formatDate, formatDateTime } from '#src/i18n/format';
import { useLocale, useT } from '~/lib/i18n';
import '~/styles/opportunities.css';

function Paragraphs({ items }: { items: string[] }) {
  return (
    <>
      {items.map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function List({ items }: { items: string[] }) {
  const t = useT();
  return <>{items.join(t('opportunities.listSeparator'))}</>;
}

/**
 * An opportunity as readers see it: used by the public page and by the host's preview.
 * `applyArea` and `aside` let each page add what only it has (apply link, share box, actions).
 */
export function OpportunityDetails({
  opportunity,
  applyArea,
  aside,
}: {
  opportunity: OpportunityView;
  applyArea: ReactNode;
  aside?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const hasEligibility =
    opportunity.graduationYear !== null ||
    opportunity.residentPlaces.length > 0 ||
    opportunity.eligibilityNote.length > 0;
  return (
    <article className="opportunity-page">
      <header>
        <div className="opportunity-card-badges">
          <span className="badge">{t(`opportunities.kind.${opportunity.kind}`)}</span>
          {opportunity.status === 'draft' ? (
            <span className="badge badge-draft">{t('opportunities.status.draft')}</span>
          ) : null}
          {opportunity.status !== 'draft' && !opportunity.isOpen ? (
            <span className="badge badge-closed">{t('opportunities.status.closed')}</span>
          ) : null}
        </div>
        <h1>{opportunity.title}</h1>
        <p className="opportunity-org">
          <Link to={`/organisations/${opportunity.organisation.slug}`}>{opportunity.organisation.name}</Link>
          {opportunity.programme ? (
            <>
              {' ・ '}
              <Link to={`/programmes/${opportunity.programme.slug}`}>{opportunity.programme.name}</Link>
            </>
          ) : null}
        </p>
        {opportunity.summary ? <p className="opportunity-lead">{opportunity.summary}</p> : null}
      </header>

      <div className="opportunity-layout">
        <div className="opportunity-main">
          <section aria-labelledby="description-title" className="opportunity-body">
            <h2 id="description-title">{t('opportunities.page.description')}</h2>
            {opportunity.description.length > 0 ? (
              <Paragraphs items={opportunity.description} />
            ) : (
              <p className="muted">{t('opportunities.page.noDescription')}</p>
            )}
          </section>

          <section aria-labelledby="terms-title">
            <h2 id="terms-title">{t('opportunities.page.terms')}</h2>
            <dl className="facts opportunity-facts">
              <Fact label={t('opportunities.page.kind')}>{t(`opportunities.kind.${opportunity.kind}`)}</Fact>
              <Fact label={t('opportunities.page.places')}>
                {opportunity.places.length > 0 ? (
                  <ul className="inline-list">
                    {opportunity.places.map((place) => (
                      <li key={place.code}>
                        <Link to={place.href}>{place.label}</Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('opportunities.place.anywhere')
                )}
              </Fact>
              <Fact label={t('opportunities.page.workStyle')}>{opportunity.workStyle}</Fact>
              {opportunity.hours ? (
                <Fact label={t('opportunities.page.hours')}>{opportunity.hours}</Fact>
              ) : null}
              {opportunity.period ? (
                <Fact label={t('opportunities.page.period')}>{opportunity.period}</Fact>
              ) : null}
              <Fact label={t('opportunities.page.compensation')}>{opportunity.compensation}</Fact>
              {opportunity.fields.length > 0 ? (
                <Fact label={t('opportunities.page.fields')}>
                  <List items={opportunity.fields} />
                </Fact>
              ) : null}
              {opportunity.requiredSkills.length > 0 ? (
                <Fact label={t('opportunities.page.requiredSkills')}>
                  <List items={opportunity.requiredSkills} />
                </Fact>
              ) : null}
              {opportunity.preferredSkills.length > 0 ? (
                <Fact label={t('opportunities.page.preferredSkills')}>
                  <List items={opportunity.preferredSkills} />
                </Fact>
              ) : null}
              {hasEligibility ? (
                <Fact label={t('opportunities.page.eligibility')}>
                  <ul className="plain-list">
                    {opportunity.graduationYear !== null ? (
                      <li>{t('opportunities.page.graduationYear', { year: opportunity.graduationYear })}</li>
                    ) : null}
                    {opportunity.residentPlaces.length > 0 ? (
                      <li>
                        {t('opportunities.page.residentsOf', {
                          places: opportunity.residentPlaces
                            .map((place) => place.label)
                            .join(t('opportunities.listSeparator')),
                        })}
                      </li>
                    ) : null}
                    {opportunity.eligibilityNote.map((text, index) => (
                      <li key={index} className="preserve-lines">
                        {text}
                      </li>
                    ))}
                  </ul>
                </Fact>
              ) : null}
              <Fact label={t('opportunities.page.openings')}>
                {t('opportunities.page.openingsCount', { count: opportunity.openings })}
              </Fact>
              <Fact label={t('opportunities.page.window')}>
                {opportunity.opensAt || opportunity.closesAt
                  ? t('opportunities.page.windowRange', {
                      from: opportunity.opensAt ? formatDateTime(locale, opportunity.opensAt) : '',
                      to: opportunity.closesAt ? formatDateTime(locale, opportunity.closesAt) : '',
                    })
                  : t('opportunities.page.rolling')}
              </Fact>
              <Fact label={t('opportunities.page.languages')}>
                <List items={opportunity.languages} />
              </Fact>
              {opportunity.blindScreening ? (
                <Fact label={t('opportunities.page.screening')}>
                  {t('opportunities.page.blindScreening')}
                </Fact>
              ) : null}
              {opportunity.publishedAt ? (
                <Fact label={t('opportunities.page.postedOn')}>
                  {formatDate(locale, opportunity.publishedAt)}
                </Fact>
              ) : null}
            </dl>
            {opportunity.tags.length > 0 ? (
              <ul className="tag-list" aria-label={t('opportunities.page.tags')}>
                {opportunity.tags.map((tag) => (
                  <li key={tag} className="badge">
                    #{tag}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          <section aria-labelledby="how-title" className="opportunity-body">
            <h2 id="how-title">{t('opportunities.page.howToApply')}</h2>
            {opportunity.howToApply.length > 0 ? (
              <Paragraphs items={opportunity.howToApply} />
            ) : (
              <p className="muted">{t('opportunities.page.noHowToApply')}</p>
            )}
          </section>
        </div>

        <aside className="opportunity-aside stack" aria-label={t('opportunities.page.asideLabel')}>
          <div className="card apply-box">{applyArea}</div>
          {aside}
        </aside>
      </div>
    </article>
  );
}

/** The apply box: the deadline, then the apply link, the date it opens, or the closed notice. */
export function ApplyBox({
  opportunity,
  preview = false,
}: {
  opportunity: OpportunityView;
  preview?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h2 className="apply-box-title">{t('opportunities.page.applyTitle')}</h2>
      <p>
        {opportunity.closesAt
          ? t('opportunities.page.deadline', { date: formatDateTime(locale, opportunity.closesAt) })
          : t('opportunities.page.deadlineRolling')}
      </p>
      {opportunity.isAccepting ? (
        preview ? (
          <p className="muted">{t('opportunities.preview.applyDisabled')}</p>
        ) : (
          <Link className="button apply-button" to={`/opportunities/${opportunity.slug}/apply`}>
            {t('opportunities.page.apply')}
          </Link>
        )
      ) : opportunity.isOpen && opportunity.opensAt ? (
        <p>{t('opportunities.page.opensOn', { date: formatDateTime(locale, opportunity.opensAt) })}</p>
      ) : opportunity.status === 'draft' ? (
        <p className="muted">{t('opportunities.preview.notPublished')}</p>
      ) : (
        <p className="alert alert-info closed-notice" role="status">
          {t('opportunities.page.closedNotice')}
        </p>
      )}
    </>
  );
}

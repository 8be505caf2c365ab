import { useId, type ReactNode } from 'react';
import { formatDate, formatYen } from '#src/i18n/format';
import type { TalentProfileView as TalentProfileViewData } from '#src/domain/talent/view';
import { workFieldLabel } from '#src/domain/taxonomy/fields';
import { skillLabel } from '#src/domain/taxonomy/skills';
import { useLocale, useT } from '~/lib/i18n';
import '~/styles/talent.css';

export type { TalentProfileViewData };

/** "2021年4月" / "Apr 2021" for a stored first-of-month date. */
export function useFormatMonth() {
  const locale = useLocale();
  return (date: string) => formatDate(locale, date, { day: undefined });
}

function Section(props: { title: string; headingLevel: 2 | 3; children: ReactNode }) {
  const id = useId();
  const Heading = `h${props.headingLevel}` as const;
  return (
    <section className="talent-view-section" aria-labelledby={id}>
      <Heading id={id}>{props.title}</Heading>
      {props.children}
    </section>
  );
}

/**
 * A talent's profile, read-only, exactly as far as the viewer's access allows: sections the data
 * leaves out (null) are not shown at all. Used on /talent/:id and by the screening pages.
 * `placeNames` comes from `talentPlaceNames(view, locale)` in the loader; `documentHref` gives the
 * download URL of a document (documents are listed only when the viewer may download them).
 */
export function TalentProfileView({
  profile: view,
  placeNames,
  documentHref,
  headingLevel = 2,
}: {
  profile: TalentProfileViewData;
  placeNames: Record<string, string>;
  documentHref?: (documentId: string) => string;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const formatMonth = useFormatMonth();
  const p = view.profile;
  const kana = [view.name.familyNameKana, view.name.givenNameKana].filter(Boolean).join(' ');
  const notSet = <span className="muted">{t('talent.view.notSet')}</span>;
  const place = (code: string | null) => (code ? (placeNames[code] ?? code) : null);

  return (
    <div className="talent-view">
      {view.access.level === 'application' ? (
        <p className="alert alert-info">{t('talent.view.privateNotice')}</p>
      ) : null}
      {view.access.basis === 'scouting' ? (
        <p className="alert alert-info">{t('talent.view.scoutingNotice')}</p>
      ) : null}

      {view.contact || kana ? (
        <Section title={t('talent.view.contact')} headingLevel={headingLevel}>
          <dl className="facts">
            {kana ? (
              <>
                <dt>{t('talent.view.kana')}</dt>
                <dd>{kana}</dd>
              </>
            ) : null}
            {view.contact ? (
              <>
                <dt>{t('talent.view.email')}</dt>
                <dd>
                  <a href={`mailto:${view.contact.email}`}>{view.contact.email}</a>
                </dd>
                <dt>{t('talent.view.phone')}</dt>
                <dd>{view.contact.phone ?? <span className="muted">{t('talent.view.noPhone')}</span>}</dd>
              </>
            ) : null}
          </dl>
        </Section>
      ) : null}

      {p ? (
        <>
          <Section title={t('talent.view.about')} headingLevel={headingLevel}>
            {p.headline ? <p className="talent-headline">{p.headline}</p> : null}
            <dl className="facts">
              <dt>{t('talent.view.residence')}</dt>
              <dd>{place(p.prefectureCode) ?? notSet}</dd>
              <dt>{t('talent.view.currentWork')}</dt>
              <dd>{p.currentWork || notSet}</dd>
              {p.birthYear ? (
                <>
                  <dt>{t('talent.view.birthYear')}</dt>
                  <dd>{t('talent.view.birthYearValue', { year: p.birthYear })}</dd>
                </>
              ) : null}
              {p.gender ? (
                <>
                  <dt>{t('talent.view.gender')}</dt>
                  <dd>{t(`talent.gender.${p.gender}`)}</dd>
                </>
              ) : null}
              {p.graduationYear ? (
                <>
                  <dt>{t('talent.view.graduationYear')}</dt>
                  <dd>{t('talent.view.graduationYearValue', { year: p.graduationYear })}</dd>
                </>
              ) : null}
            </dl>
            {p.bio ? <p className="talent-bio">{p.bio}</p> : null}
          </Section>

          <Section title={t('talent.section.skills')} headingLevel={headingLevel}>
            {p.skills.length ? (
              <ul className="talent-skill-list">
                {p.skills.map((entry) => (
                  <li key={entry.skill}>
                    <span>{skillLabel(entry.skill, locale)}</span>{' '}
                    <span className="badge">{t(`talent.skillLevel.${entry.level}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('talent.view.noneListed')}</p>
            )}
            {p.tags.length ? (
              <p>
                <span className="talent-label">{t('talent.view.tags')}: </span>
                {p.tags.map((tag) => (
                  <span key={tag} className="badge talent-tag">
                    #{tag}
                  </span>
                ))}
              </p>
            ) : null}
          </Section>

          <Section title={t('talent.section.experience')} headingLevel={headingLevel}>
            {p.experiences.length ? (
              <ul className="plain-list talent-experience-list">
                {p.experiences.map((entry) => (
                  <li key={entry.id}>
                    <strong>{entry.organisation}</strong> / {entry.role}
                    {entry.startedOn || entry.endedOn ? (
                      <span className="muted small talent-period">
                        {t('talent.experience.period', {
                          start: entry.startedOn ? formatMonth(entry.startedOn) : '',
                          end: entry.endedOn ? formatMonth(entry.endedOn) : t('talent.experience.current'),
                        })}
                      </span>
                    ) : null}
                    {entry.description ? <p className="talent-bio">{entry.description}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('talent.view.noneListed')}</p>
            )}
          </Section>

          <Section title={t('talent.section.interests')} headingLevel={headingLevel}>
            {p.fieldsOfInterest.length ? (
              <ul className="talent-badge-list">
                {p.fieldsOfInterest.map((field) => (
                  <li key={field} className="badge">
                    {workFieldLabel(field, locale)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('talent.view.noneListed')}</p>
            )}
          </Section>

          <Section title={t('talent.section.availability')} headingLevel={headingLevel}>
            <dl className="facts">
              <dt>{t('talent.availability.hoursPerWeek')}</dt>
              <dd>{p.hoursPerWeek !== null ? t('talent.view.hours', { hours: p.hoursPerWeek }) : notSet}</dd>
              <dt>{t('talent.view.days')}</dt>
              <dd>
                {p.availableWeekdays || p.availableWeekends
                  ? [
                      p.availableWeekdays ? t('talent.availability.weekdays') : null,
                      p.availableWeekends ? t('talent.availability.weekends') : null,
                    ]
                      .filter(Boolean)
                      .join(' / ')
                  : notSet}
              </dd>
              <dt>{t('talent.view.availableFrom')}</dt>
              <dd>{p.availableFrom ? formatDate(locale, p.availableFrom) : notSet}</dd>
              <dt>{t('talent.view.workStyle')}</dt>
              <dd>{p.preferredWorkStyle ? t(`talent.workStyle.${p.preferredWorkStyle}`) : notSet}</dd>
              <dt>{t('talent.view.compensation')}</dt>
              <dd>
                {p.compensationExpectation !== null && p.compensationExpectationUnit
                  ? t('talent.view.compensationValue', {
                      unit: t(`talent.unit.${p.compensationExpectationUnit}`),
                      amount: formatYen(locale, p.compensationExpectation),
                    })
                  : notSet}
              </dd>
            </dl>
          </Section>

          <Section title={t('talent.section.regions')} headingLevel={headingLevel}>
            {p.regionTies.length ? (
              <ul className="plain-list">
                {p.regionTies.map((tie) => (
                  <li key={`${tie.regionCode}:${tie.kind}`}>
                    {place(tie.regionCode)} <span className="badge">{t(`talent.tieKind.${tie.kind}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('talent.view.noneListed')}</p>
            )}
          </Section>
        </>
      ) : null}

      {view.documents ? (
        <Section title={t('talent.section.documents')} headingLevel={headingLevel}>
          {view.documents.length ? (
            <ul className="plain-list">
              {view.documents.map((document) => (
                <li key={document.id}>
                  {documentHref ? (
                    <a
                      href={documentHref(document.id)}
                      aria-label={t('talent.documents.download', { name: document.originalName })}
                    >
                      {document.originalName}
                    </a>
                  ) : (
                    document.originalName
                  )}{' '}
                  <span className="badge">{t(`talent.documents.kind.${document.kind}`)}</span>{' '}
                  <span className="muted small">
                    {t('talent.documents.sizeKb', {
                      size: Math.max(1, Math.round(document.sizeBytes / 1024)),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('talent.documents.none')}</p>
          )}
        </Section>
      ) : null}

      {p?.updatedAt ? (
        <p className="muted small">{t('talent.view.updatedAt', { date: formatDate(locale, p.updatedAt) })}</p>
      ) : null}
    </div>
  );
}

import { NavLink } from 'react-router';
import { useT } from '~/lib/i18n';

/** The host's screening pages for one opportunity: applicants, questions and stages, scorecard. */
export function ScreeningNav({
  opportunityId,
  canEditOpportunity,
}: {
  opportunityId: string;
  canEditOpportunity: boolean;
}) {
  const t = useT();
  const base = `/manage/opportunities/${opportunityId}`;
  return (
    <nav aria-label={t('pipeline.nav.label')} className="screening-nav">
      <ul>
        <li>
          <NavLink to={`${base}/pipeline`}>{t('pipeline.nav.applicants')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/questions`}>{t('pipeline.nav.questions')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/scorecard`}>{t('pipeline.nav.scorecard')}</NavLink>
        </li>
        {canEditOpportunity ? (
          <li>
            <NavLink to={base} end>
              {t('pipeline.nav.opportunity')}
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

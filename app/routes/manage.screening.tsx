import { Link } from 'react-router';
import { listScreeningOpportunities } from '#src/domain/applications/list-screening-opportunities';
import { formatDate } from '#src/i18n/format';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/manage.screening';
import '~/styles/pipeline.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'pipeline.screening.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  return {
    opportunities: await loadOrThrow(() => listScreeningOpportunities({ db: context.runtime.db, actor })),
  };
}

/** Every opportunity the signed-in member screens (host or coordinator), with where its applicants stand. */
export default function Screening({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { opportunities } = loaderData;
  return (
    <div className="container page">
      <h1>{t('pipeline.screening.title')}</h1>
      <p className="muted">{t('pipeline.screening.lead')}</p>
      {opportunities.length === 0 ? (
        <p className="empty-state">{t('pipeline.screening.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="screening-table">
            <caption className="visually-hidden">{t('pipeline.screening.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pipeline.screening.opportunity')}</th>
                <th scope="col">{t('pipeline.screening.applications')}</th>
                <th scope="col">{t('pipeline.screening.toScreen')}</th>
                <th scope="col">{t('pipeline.screening.interviewing')}</th>
                <th scope="col">{t('pipeline.screening.selected')}</th>
                <th scope="col">{t('pipeline.screening.lastApplication')}</th>
              </tr>
            </thead>
            <tbody>
              {opportunities.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/manage/opportunities/${row.id}/pipeline`}>{row.title}</Link>
                    <span className="muted small screening-organisation">
                      {row.organisationName}
                      {row.status !== 'published' ? ` · ${t(`pipeline.screening.status.${row.status}`)}` : ''}
                      {row.blindScreening ? ` · ${t('pipeline.screening.blind')}` : ''}
                    </span>
                  </th>
                  <td className="numeric">{row.applications}</td>
                  <td className="numeric">{row.toScreen > 0 ? <strong>{row.toScreen}</strong> : 0}</td>
                  <td className="numeric">{row.interviewing}</td>
                  <td className="numeric">{row.selected}</td>
                  <td className="small nowrap">
                    {row.lastSubmittedAt ? (
                      <time dateTime={row.lastSubmittedAt}>{formatDate(locale, row.lastSubmittedAt)}</time>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

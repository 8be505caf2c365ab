import { Form, Link } from 'react-router';
import { listHostOpportunities } from '#src/domain/opportunities/list-host-opportunities';
import {
  isOpportunityOpen,
  OPPORTUNITY_STATUSES,
  type OpportunityStatus,
} from '#src/domain/opportunities/types';
import { listCoordinatedProgrammes } from '#src/domain/programmes/get-programme-for-coordinator';
import { formatDate, formatDateTime } from '#src/i18n/format';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/manage.opportunities._index';
import '~/styles/opportunities.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'opportunities.manage.title' });

const notices = ['archived'] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const db = context.runtime.db;
  const url = new URL(request.url);
  const requested = url.searchParams.get('status');
  const status = OPPORTUNITY_STATUSES.find((known) => known === requested);
  const [rows, programmes] = await Promise.all([
    listHostOpportunities({ db, actor, status }),
    listCoordinatedProgrammes({ db, actor }),
  ]);
  const notice = url.searchParams.get('notice');
  return {
    status: status ?? null,
    hasOrganisations: actor.memberships.length > 0,
    opportunities: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      status: row.status,
      isOpen: isOpportunityOpen(row),
      closesAt: row.applicationsCloseAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      organisationName: row.organisationName,
      programmeName: row.programmeName,
      featured: row.featuredAt !== null,
    })),
    programmes: programmes.map((programme) => ({
      slug: programme.slug,
      name: context.locale === 'en' && programme.nameEn ? programme.nameEn : programme.name,
    })),
    notice: notices.find((known) => known === notice) ?? null,
  };
}

function statusLabel(t: (key: string) => string, status: OpportunityStatus, isOpen: boolean) {
  if (status === 'published' && !isOpen) return t('opportunities.manage.pastDeadline');
  return t(`opportunities.status.${status}`);
}

export default function ManageOpportunities({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { opportunities, programmes, status, notice } = loaderData;
  return (
    <div className="container page">
      <h1>{t('opportunities.manage.title')}</h1>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`opportunities.manage.notice.${notice}`)}
        </div>
      ) : null}
      {loaderData.hasOrganisations ? (
        <p>
          <Link className="button" to="/manage/opportunities/new">
            {t('opportunities.manage.new')}
          </Link>
        </p>
      ) : (
        <p>
          {t('opportunities.manage.noOrganisation')}{' '}
          <Link to="/account/organisations/new">{t('opportunities.manage.createOrganisation')}</Link>
        </p>
      )}

      <section aria-labelledby="list-title">
        <h2 id="list-title">{t('opportunities.manage.listTitle')}</h2>
        <Form method="get" className="row filter-form">
          <label htmlFor="status-filter">{t('opportunities.manage.filterStatus')}</label>
          <select id="status-filter" name="status" defaultValue={status ?? ''}>
            <option value="">{t('opportunities.manage.filterActive')}</option>
            {OPPORTUNITY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`opportunities.status.${value}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary button-small">
            {t('opportunities.manage.filter')}
          </button>
        </Form>
        {opportunities.length === 0 ? (
          <p className="muted">{t('opportunities.manage.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="status-table">
              <caption className="visually-hidden">{t('opportunities.manage.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('opportunities.manage.columns.title')}</th>
                  <th scope="col">{t('opportunities.manage.columns.status')}</th>
                  <th scope="col">{t('opportunities.manage.columns.deadline')}</th>
                  <th scope="col">{t('opportunities.manage.columns.updated')}</th>
                  <th scope="col">{t('opportunities.manage.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {opportunities.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <Link to={`/manage/opportunities/${row.id}`}>{row.title}</Link>
                      <div className="small muted">
                        {t(`opportunities.kind.${row.kind}`)} ・ {row.organisationName}
                        {row.programmeName ? ` ・ ${row.programmeName}` : ''}
                        {row.featured ? ` ・ ${t('opportunities.card.featured')}` : ''}
                      </div>
                    </td>
                    <td>
                      <span className={`badge status-${row.status}`}>
                        {statusLabel(t, row.status, row.isOpen)}
                      </span>
                    </td>
                    <td>
                      {row.closesAt ? formatDateTime(locale, row.closesAt) : t('opportunities.card.rolling')}
                    </td>
                    <td>{formatDate(locale, row.updatedAt)}</td>
                    <td>
                      <ul className="plain-list small">
                        <li>
                          <Link
                            to={`/manage/opportunities/${row.id}/preview`}
                            aria-label={t('opportunities.manage.previewOf', { title: row.title })}
                          >
                            {t('opportunities.manage.preview')}
                          </Link>
                        </li>
                        {row.status === 'published' || row.status === 'closed' ? (
                          <li>
                            <Link
                              to={`/manage/opportunities/${row.id}/pipeline`}
                              aria-label={t('opportunities.manage.applicantsOf', { title: row.title })}
                            >
                              {t('opportunities.manage.applicants')}
                            </Link>
                          </li>
                        ) : null}
                        {row.status === 'published' || row.status === 'closed' ? (
                          <li>
                            <Link
                              to={`/opportunities/${row.slug}`}
                              aria-label={t('opportunities.manage.viewPublicOf', { title: row.title })}
                            >
                              {t('opportunities.manage.viewPublic')}
                            </Link>
                          </li>
                        ) : null}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {programmes.length > 0 ? (
        <section aria-labelledby="programmes-title">
          <h2 id="programmes-title">{t('opportunities.manage.coordinatedProgrammes')}</h2>
          <ul>
            {programmes.map((programme) => (
              <li key={programme.slug}>
                <Link to={`/manage/programmes/${programme.slug}`}>{programme.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

import { data, Form, Link, redirect, useActionData } from 'react-router';
import { isOpportunityOpen } from '#src/domain/opportunities/types';
import { featureOpportunity } from '#src/domain/programmes/feature-opportunity';
import { getProgrammeForCoordinator } from '#src/domain/programmes/get-programme-for-coordinator';
import { formatDate, formatDateTime } from '#src/i18n/format';
import { CsrfInput } from '~/components/form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/manage.programmes.$slug';
import '~/styles/opportunities.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'programmes.manage.title',
    ...(loaderData ? { title: loaderData.programme.name } : {}),
  });

const notices = ['featured', 'unfeatured'] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const result = await loadOrThrow(() =>
    getProgrammeForCoordinator({ db: context.runtime.db, actor, slug: params.slug }),
  );
  const notice = new URL(request.url).searchParams.get('notice');
  const en = context.locale === 'en';
  return {
    programme: {
      slug: result.programme.slug,
      name: en && result.programme.nameEn ? result.programme.nameEn : result.programme.name,
      status: result.programme.status,
    },
    coordinatorName: result.coordinator.name,
    members: result.members.map((member) => ({
      slug: member.slug,
      name: en && member.nameEn ? member.nameEn : member.name,
      role: member.role,
      joinedOn: member.joinedOn,
    })),
    opportunities: result.opportunities.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      status: row.status,
      isOpen: isOpportunityOpen(row),
      featured: row.featuredAt !== null,
      closesAt: row.applicationsCloseAt?.toISOString() ?? null,
      organisationName: row.organisationName,
    })),
    notice: notices.find((known) => known === notice) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const featured = form.get('intent') === 'feature';
  try {
    await featureOpportunity({
      db: context.runtime.db,
      actor,
      programmeSlug: params.slug,
      opportunityId: String(form.get('opportunityId') ?? ''),
      featured,
    });
    return redirect(
      `/manage/programmes/${encodeURIComponent(params.slug)}?notice=${featured ? 'featured' : 'unfeatured'}`,
    );
  } catch (error) {
    const failure = domainFailure(error);
    return data(failure.data, failure.init ?? undefined);
  }
}

export default function ManageProgramme({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const failure = useActionData<typeof action>();
  const { programme, opportunities, members, notice } = loaderData;
  return (
    <div className="container page">
      <p className="crumbs">
        <Link to="/manage/opportunities">{t('opportunities.manage.title')}</Link>
      </p>
      <h1>{programme.name}</h1>
      <p className="muted">
        {t('programmes.manage.lead', { coordinator: loaderData.coordinatorName })}{' '}
        <Link to={`/programmes/${programme.slug}`}>{t('programmes.manage.viewPublic')}</Link>
      </p>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`programmes.manage.notice.${notice}`)}
        </div>
      ) : null}
      {failure?.formError ? (
        <div className="alert alert-error" role="alert">
          {t(failure.formError, failure.formErrorParams)}
        </div>
      ) : null}

      <section aria-labelledby="opportunities-title">
        <h2 id="opportunities-title">
          {t('programmes.manage.opportunities', { count: opportunities.length })}
        </h2>
        <p className="muted">{t('programmes.manage.featureHint')}</p>
        {opportunities.length === 0 ? (
          <p className="muted">{t('programmes.manage.noOpportunities')}</p>
        ) : (
          <div className="table-wrap">
            <table className="status-table">
              <caption className="visually-hidden">
                {t('programmes.manage.opportunities', { count: opportunities.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('opportunities.manage.columns.title')}</th>
                  <th scope="col">{t('programmes.manage.columns.host')}</th>
                  <th scope="col">{t('opportunities.manage.columns.status')}</th>
                  <th scope="col">{t('opportunities.manage.columns.deadline')}</th>
                  <th scope="col">{t('programmes.manage.columns.featured')}</th>
                </tr>
              </thead>
              <tbody>
                {opportunities.map((row) => (
                  <tr key={row.id}>
                    <td>
                      {row.status === 'published' || row.status === 'closed' ? (
                        <Link to={`/opportunities/${row.slug}`}>{row.title}</Link>
                      ) : (
                        row.title
                      )}
                      <div className="small muted">{t(`opportunities.kind.${row.kind}`)}</div>
                      {row.status === 'published' || row.status === 'closed' ? (
                        <div className="small">
                          <Link
                            to={`/manage/opportunities/${row.id}/pipeline`}
                            aria-label={t('opportunities.manage.applicantsOf', { title: row.title })}
                          >
                            {t('opportunities.manage.applicants')}
                          </Link>
                        </div>
                      ) : null}
                    </td>
                    <td>{row.organisationName}</td>
                    <td>
                      <span className={`badge status-${row.status}`}>
                        {row.status === 'published' && !row.isOpen
                          ? t('opportunities.manage.pastDeadline')
                          : t(`opportunities.status.${row.status}`)}
                      </span>
                    </td>
                    <td>
                      {row.closesAt ? formatDateTime(locale, row.closesAt) : t('opportunities.card.rolling')}
                    </td>
                    <td>
                      {row.featured || row.isOpen ? (
                        <Form method="post" className="inline-form">
                          <CsrfInput />
                          <input type="hidden" name="opportunityId" value={row.id} />
                          <button
                            type="submit"
                            name="intent"
                            value={row.featured ? 'unfeature' : 'feature'}
                            className={
                              row.featured ? 'button button-secondary button-small' : 'button button-small'
                            }
                            aria-label={t(
                              row.featured ? 'programmes.manage.unfeatureOf' : 'programmes.manage.featureOf',
                              {
                                title: row.title,
                              },
                            )}
                          >
                            {t(row.featured ? 'programmes.manage.unfeature' : 'programmes.manage.feature')}
                          </button>
                        </Form>
                      ) : (
                        <span className="muted small">{t('programmes.manage.notFeaturable')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('programmes.page.members')}</h2>
        {members.length === 0 ? (
          <p className="muted">{t('programmes.page.noMembers')}</p>
        ) : (
          <ul>
            {members.map((member) => (
              <li key={member.slug}>
                <Link to={`/organisations/${member.slug}`}>{member.name}</Link>{' '}
                <span className="muted small">
                  {t(`programmes.role.${member.role}`)}
                  {member.joinedOn
                    ? ` ・ ${t('programmes.page.joinedOn', { date: formatDate(locale, member.joinedOn) })}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

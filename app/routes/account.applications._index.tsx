import { Link } from 'react-router';
import { listMyApplications } from '#src/domain/applications/list-my-applications';
import { formatDate } from '#src/i18n/format';
import { NextStepText, StageBadge } from '~/components/application-timeline';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/account.applications._index';

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, { titleKey: 'apply.mine.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  return { applications: await listMyApplications({ db: context.runtime.db, actor }) };
}

export default function MyApplications({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { applications } = loaderData;
  return (
    <div className="container page">
      <h1>{t('apply.mine.title')}</h1>
      <p className="muted">{t('apply.mine.lead')}</p>
      {applications.length === 0 ? (
        <div className="card">
          <p>{t('apply.mine.empty')}</p>
          <p>
            <Link className="button" to="/search">
              {t('apply.mine.findWork')}
            </Link>
          </p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="applications-table">
            <caption className="visually-hidden">{t('apply.mine.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apply.mine.col.opportunity')}</th>
                <th scope="col">{t('apply.mine.col.stage')}</th>
                <th scope="col">{t('apply.mine.col.nextStep')}</th>
                <th scope="col">{t('apply.mine.col.submitted')}</th>
                <th scope="col">{t('apply.mine.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <td>
                    <Link to={`/account/applications/${application.id}`}>
                      {application.opportunity.title}
                    </Link>
                    <br />
                    <span className="muted small">
                      {locale === 'en'
                        ? (application.organisation.nameEn ?? application.organisation.name)
                        : application.organisation.name}
                    </span>
                  </td>
                  <td>
                    <StageBadge stage={application.stage} />
                  </td>
                  <td>
                    <NextStepText step={application.nextStep} />
                  </td>
                  <td>
                    <time dateTime={application.submittedAt}>
                      {formatDate(locale, application.submittedAt)}
                    </time>
                  </td>
                  <td>
                    <time dateTime={application.lastActivityAt}>
                      {formatDate(locale, application.lastActivityAt)}
                    </time>
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

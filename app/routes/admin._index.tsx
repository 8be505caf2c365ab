import { Link } from 'react-router';
import { getAdminOverview } from '#src/domain/admin/get-admin-overview';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/admin._index';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, { titleKey: 'admin.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  return { overview: await loadOrThrow(() => getAdminOverview({ db: context.runtime.db, actor })) };
}

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { overview } = loaderData;
  return (
    <div className="container page">
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.lead')}</p>
      <ul className="stats" aria-label={t('admin.statsLabel')}>
        <li>
          <strong>{overview.accounts}</strong>
          {t('admin.stats.accounts')}
        </li>
        <li>
          <strong>{overview.unverified}</strong>
          {t('admin.stats.unverified')}
        </li>
        <li>
          <strong>{overview.suspended}</strong>
          {t('admin.stats.suspended')}
        </li>
        <li>
          <strong>{overview.organisations}</strong>
          {t('admin.stats.organisations')}
        </li>
        <li>
          <strong>{overview.emailsToday}</strong>
          {t('admin.stats.emailsToday')}
        </li>
        <li>
          <strong>{overview.emailsFailed}</strong>
          {t('admin.stats.emailsFailed')}
        </li>
      </ul>
      <div className="grid admin-links">
        <section className="card">
          <h2>
            <Link to="/admin/accounts">{t('admin.accounts.title')}</Link>
          </h2>
          <p className="muted">{t('admin.accounts.lead')}</p>
        </section>
        <section className="card">
          <h2>
            <Link to="/admin/outbox">{t('admin.outbox.title')}</Link>
          </h2>
          <p className="muted">{t('admin.outbox.lead')}</p>
        </section>
      </div>
    </div>
  );
}

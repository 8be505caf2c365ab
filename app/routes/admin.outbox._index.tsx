import { Form, Link } from 'react-router';
import { listOutbox } from '#src/domain/admin/list-outbox';
import { formatDateTime } from '#src/i18n';
import { Pager } from '~/components/accounts/pager';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/admin.outbox._index';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'admin.outbox.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const url = new URL(request.url);
  return loadOrThrow(() =>
    listOutbox({
      db: context.runtime.db,
      actor,
      filters: {
        to: url.searchParams.get('to') || undefined,
        page: url.searchParams.get('page') || undefined,
      },
    }),
  );
}

export default function AdminOutbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { items, filters } = loaderData;
  const search = new URLSearchParams();
  if (filters.to) search.set('to', filters.to);
  return (
    <div className="container page">
      <p className="breadcrumbs">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('admin.outbox.title')}</h1>
      <p>{t('admin.outbox.lead')}</p>
      <Form method="get" className="filters" role="search" aria-label={t('admin.outbox.searchLabel')}>
        <div className="field">
          <label htmlFor="filter-to">{t('admin.outbox.recipient')}</label>
          <input id="filter-to" type="search" name="to" defaultValue={filters.to ?? ''} />
        </div>
        <div className="filters-submit">
          <button type="submit" className="button">
            {t('admin.outbox.filter')}
          </button>
        </div>
      </Form>
      <p className="muted" role="status">
        {t('admin.outbox.count', { count: loaderData.total })}
      </p>
      {items.length === 0 ? (
        <p>{t('admin.outbox.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('admin.outbox.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.outbox.to')}</th>
                <th scope="col">{t('admin.outbox.subject')}</th>
                <th scope="col">{t('admin.outbox.time')}</th>
                <th scope="col">{t('admin.outbox.transport')}</th>
                <th scope="col">{t('admin.outbox.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((message) => (
                <tr key={message.id}>
                  <td>{message.toAddress}</td>
                  <td>
                    <Link to={`/admin/outbox/${message.id}`}>{message.subject}</Link>
                  </td>
                  <td>{formatDateTime(locale, message.createdAt)}</td>
                  <td>{t(`admin.outbox.transportValue.${message.transport}`)}</td>
                  <td>{t(`admin.outbox.statusValue.${message.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={loaderData.page}
        pageCount={loaderData.pageCount}
        search={search}
        label={t('admin.outbox.pagination')}
      />
    </div>
  );
}

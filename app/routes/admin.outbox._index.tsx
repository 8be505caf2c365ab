import { Link } from 'react-router';
import { listOutbox } from '#src/domain/admin/list-outbox';
import { formatDateTime } from '#src/i18n';
import { FilterForm, PagedTable } from '~/components/accounts/listing';
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
      <FilterForm label={t('admin.outbox.searchLabel')} submitLabel={t('admin.outbox.filter')}>
        <div className="field">
          <label htmlFor="filter-to">{t('admin.outbox.recipient')}</label>
          <input id="filter-to" type="search" name="to" defaultValue={filters.to ?? ''} />
        </div>
      </FilterForm>
      <PagedTable
        countText={t('admin.outbox.count', { count: loaderData.total })}
        emptyText={t('admin.outbox.none')}
        caption={t('admin.outbox.title')}
        columns={[
          t('admin.outbox.to'),
          t('admin.outbox.subject'),
          t('admin.outbox.time'),
          t('admin.outbox.transport'),
          t('admin.outbox.status'),
        ]}
        rows={items.map((message) => (
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
        pager={{
          page: loaderData.page,
          pageCount: loaderData.pageCount,
          search,
          label: t('admin.outbox.pagination'),
        }}
      />
    </div>
  );
}

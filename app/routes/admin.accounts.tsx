import { Form, Link, redirect, useActionData } from 'react-router';
import { accountRole, accountStatus } from '#src/db/schema';
import { listAccounts } from '#src/domain/admin/list-accounts';
import { reinstateAccount } from '#src/domain/admin/reinstate-account';
import { suspendAccount } from '#src/domain/admin/suspend-account';
import { formatDate } from '#src/i18n';
import { AppError } from '#src/lib/errors';
import { FilterForm, PagedTable } from '~/components/accounts/listing';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { requireActorOrRedirect, safeRedirectPath } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/admin.accounts';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'admin.accounts.title' });

const notices = ['suspended', 'reinstated'] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const url = new URL(request.url);
  const param = (name: string) => url.searchParams.get(name) || undefined;
  const result = await loadOrThrow(() =>
    listAccounts({
      db: context.runtime.db,
      actor,
      filters: { q: param('q'), role: param('role'), status: param('status'), page: param('page') },
    }),
  );
  const confirmId = url.searchParams.get('confirm');
  const notice = url.searchParams.get('notice');
  return {
    ...result,
    actorAccountId: actor.accountId,
    confirm: result.items.find((account) => account.id === confirmId) ?? null,
    notice: notices.find((known) => known === notice) ?? null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const accountId = String(form.get('accountId') ?? '');
  const back = new URL(safeRedirectPath(form.get('returnTo'), '/admin/accounts'), 'http://x');
  back.searchParams.delete('confirm');
  try {
    const intent = form.get('intent');
    if (intent === 'suspend') await suspendAccount({ db: context.runtime.db, actor, accountId });
    else if (intent === 'reinstate') await reinstateAccount({ db: context.runtime.db, actor, accountId });
    else throw new AppError('INVALID_INPUT');
    back.searchParams.set('notice', intent === 'suspend' ? 'suspended' : 'reinstated');
    return redirect(`${back.pathname}${back.search}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function AdminAccounts({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { items, filters, confirm, notice } = loaderData;
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.role) search.set('role', filters.role);
  if (filters.status) search.set('status', filters.status);
  const listSearch = new URLSearchParams(search);
  if (filters.page > 1) listSearch.set('page', String(filters.page));
  const confirmHref = (id: string) => {
    const params = new URLSearchParams(listSearch);
    params.set('confirm', id);
    return `?${params.toString()}`;
  };
  const returnTo = `/admin/accounts${listSearch.size ? `?${listSearch.toString()}` : ''}`;
  return (
    <div className="container page">
      <p className="breadcrumbs">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('admin.accounts.title')}</h1>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`admin.accounts.notice.${notice}`)}
        </div>
      ) : null}
      <FormErrorSummary state={state} />
      {confirm ? (
        <section className="alert alert-error confirm-box" aria-labelledby="confirm-title">
          <h2 id="confirm-title" className="banner-title">
            {confirm.status === 'active'
              ? t('admin.accounts.confirmSuspendTitle')
              : t('admin.accounts.confirmReinstateTitle')}
          </h2>
          <p>
            {t(
              confirm.status === 'active'
                ? 'admin.accounts.confirmSuspendLead'
                : 'admin.accounts.confirmReinstateLead',
              {
                name: confirm.displayName,
                email: confirm.email,
              },
            )}
          </p>
          <div className="row">
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input
                type="hidden"
                name="intent"
                value={confirm.status === 'active' ? 'suspend' : 'reinstate'}
              />
              <input type="hidden" name="accountId" value={confirm.id} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button
                type="submit"
                className={`button${confirm.status === 'active' ? ' button-danger' : ''}`}
              >
                {confirm.status === 'active' ? t('admin.accounts.suspend') : t('admin.accounts.reinstate')}
              </button>
            </Form>
            <Link to={returnTo}>{t('common.cancel')}</Link>
          </div>
        </section>
      ) : null}
      <FilterForm label={t('admin.accounts.searchLabel')} submitLabel={t('admin.accounts.apply')}>
        <div className="field">
          <label htmlFor="filter-q">{t('admin.accounts.search')}</label>
          <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="filter-role">{t('admin.accounts.role')}</label>
          <select id="filter-role" name="role" defaultValue={filters.role ?? ''}>
            <option value="">{t('admin.accounts.allRoles')}</option>
            {accountRole.enumValues.map((role) => (
              <option key={role} value={role}>
                {t(`accounts.role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('admin.accounts.status')}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('admin.accounts.allStatuses')}</option>
            {accountStatus.enumValues.map((status) => (
              <option key={status} value={status}>
                {t(`admin.accounts.statusValue.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      <PagedTable
        countText={t('admin.accounts.count', { count: loaderData.total })}
        emptyText={t('admin.accounts.none')}
        caption={t('admin.accounts.title')}
        columns={[
          t('accounts.displayName'),
          t('accounts.email'),
          t('admin.accounts.role'),
          t('admin.accounts.status'),
          t('admin.accounts.created'),
          t('admin.accounts.actions'),
        ]}
        rows={items.map((account) => (
          <tr key={account.id}>
            <th scope="row">{account.displayName}</th>
            <td>
              {account.email}
              {account.emailVerifiedAt ? null : (
                <span className="badge badge-accent">{t('accounts.account.unverified')}</span>
              )}
            </td>
            <td>{t(`accounts.role.${account.role}`)}</td>
            <td>
              {t(`admin.accounts.statusValue.${account.status}`)}
              {account.suspendedAt ? (
                <span className="muted small"> ({formatDate(locale, account.suspendedAt)})</span>
              ) : null}
            </td>
            <td>{formatDate(locale, account.createdAt)}</td>
            <td>
              {account.id === loaderData.actorAccountId ? (
                <span className="muted small">{t('accounts.org.you')}</span>
              ) : (
                <Link
                  to={confirmHref(account.id)}
                  className="button button-small button-secondary"
                  aria-label={t(
                    account.status === 'active'
                      ? 'admin.accounts.suspendNamed'
                      : 'admin.accounts.reinstateNamed',
                    { name: account.displayName },
                  )}
                >
                  {account.status === 'active' ? t('admin.accounts.suspend') : t('admin.accounts.reinstate')}
                </Link>
              )}
            </td>
          </tr>
        ))}
        pager={{
          page: loaderData.page,
          pageCount: loaderData.pageCount,
          search,
          label: t('admin.accounts.pagination'),
        }}
      />
    </div>
  );
}

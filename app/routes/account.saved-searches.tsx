import { data, Form, Link, redirect, useActionData } from 'react-router';
import { deleteSavedSearch } from '#src/domain/search/delete-saved-search';
import { summariseSearch } from '#src/domain/search/describe-search';
import { listSavedSearches } from '#src/domain/search/list-saved-searches';
import { searchHref } from '#src/domain/search/params';
import { renameSavedSearch } from '#src/domain/search/rename-saved-search';
import { createTranslator, formatDate, formatDateTime } from '#src/i18n';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/account.saved-searches';
import '~/styles/search.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'search.saved.title', descriptionKey: 'search.saved.description' });

const notices = ['renamed', 'deleted'] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const t = createTranslator(context.locale);
  const searches = await listSavedSearches({ db: context.runtime.db, actor });
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    notice: notices.find((known) => known === notice) ?? null,
    searches: searches.map((search) => ({
      id: search.id,
      name: search.name,
      summary: summariseSearch(search.filters, t, context.locale),
      href: searchHref('/search', search.filters),
      feedHref: searchHref('/feeds/opportunities.atom', { ...search.filters, sort: null }),
      createdAt: search.createdAt.toISOString(),
      lastDigestAt: search.lastDigestAt.toISOString(),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const id = String(form.get('id') ?? '');
  try {
    if (intent === 'delete') {
      await deleteSavedSearch({ db: context.runtime.db, actor, id });
      return redirect('/account/saved-searches?notice=deleted');
    }
    await renameSavedSearch({ db: context.runtime.db, actor, id, name: String(form.get('name') ?? '') });
    return redirect('/account/saved-searches?notice=renamed');
  } catch (error) {
    const failure = domainFailure(error, form);
    return data({ ...failure.data, id }, failure.init ?? undefined);
  }
}

export default function SavedSearches({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { searches, notice } = loaderData;
  return (
    <div className="container page">
      <p>
        <Link to="/account">{t('nav.account')}</Link>
      </p>
      <h1>{t('search.saved.title')}</h1>
      <p className="muted">{t('search.saved.description')}</p>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`search.saved.${notice}`)}
        </div>
      ) : null}
      {state && !searches.some((search) => search.id === state.id) ? (
        <FormErrorSummary state={state} />
      ) : null}
      {searches.length === 0 ? (
        <div className="card">
          <p>{t('search.saved.empty')}</p>
          <p className="muted">{t('search.saved.emptyHint')}</p>
          <p>
            <Link to="/search" className="button">
              {t('search.saved.goSearch')}
            </Link>
          </p>
        </div>
      ) : (
        <ul className="plain-list saved-search-list">
          {searches.map((search) => {
            const failure = state?.id === search.id ? state : undefined;
            const nameError = failure?.fieldErrors?.name;
            const inputId = `rename-${search.id}`;
            return (
              <li key={search.id} className="card">
                <h2 className="saved-search-name">{search.name}</h2>
                {failure && !nameError ? <FormErrorSummary state={failure} /> : null}
                <dl className="facts">
                  <dt>{t('search.saved.conditions')}</dt>
                  <dd>{search.summary}</dd>
                  <dt>{t('search.saved.createdAt')}</dt>
                  <dd>{formatDate(locale, search.createdAt)}</dd>
                  <dt>{t('search.saved.lastDigestAt')}</dt>
                  <dd>{formatDateTime(locale, search.lastDigestAt)}</dd>
                </dl>
                <p className="row">
                  <Link to={search.href}>{t('search.saved.open')}</Link>
                  <a href={search.feedHref} type="application/atom+xml">
                    {t('search.saved.feed')}
                  </a>
                </p>
                <div className="saved-search-actions">
                  <Form method="post">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="rename" />
                    <input type="hidden" name="id" value={search.id} />
                    <div className={`field${nameError ? ' field-invalid' : ''}`}>
                      <label htmlFor={inputId}>{t('search.saved.renameLabel', { name: search.name })}</label>
                      <input
                        id={inputId}
                        name="name"
                        type="text"
                        required
                        maxLength={80}
                        defaultValue={failure?.values?.name ?? search.name}
                        aria-invalid={nameError ? true : undefined}
                        aria-describedby={nameError ? `${inputId}-error` : undefined}
                      />
                      {nameError ? (
                        <p className="field-error" id={`${inputId}-error`}>
                          {t(nameError)}
                        </p>
                      ) : null}
                    </div>
                    <button type="submit" className="button button-secondary">
                      {t('search.saved.rename')}
                    </button>
                  </Form>
                  <Form method="post">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="id" value={search.id} />
                    <button
                      type="submit"
                      className="button button-danger"
                      aria-label={t('search.saved.deleteLabel', { name: search.name })}
                    >
                      {t('search.saved.delete')}
                    </button>
                  </Form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

import { Form, Link, useActionData } from 'react-router';
import { publicBaseUrl } from '#src/domain/accounts/emails';
import { parseSearchFilters, searchHref } from '#src/domain/search/params';
import { saveSearch } from '#src/domain/search/save-search';
import { summariseSearch } from '#src/domain/search/describe-search';
import { searchOpportunitiesCached } from '#src/domain/search/search-cache';
import { createTranslator } from '#src/i18n';
import { OpportunityCardList } from '~/components/opportunity-card';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { getActor, requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { buildSearchPageView, type FacetView } from './search-view.server';
import type { Route } from './+types/search';
import '~/styles/search.css';

/** Always shown; the rest sit under 「さらに条件を指定」 (open when one of them is in use). */
const PRIMARY_FACETS = new Set(['prefecture', 'kind', 'style']);

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const filters = parseSearchFilters(url.searchParams);
  const now = new Date();
  const [result, actor] = await Promise.all([
    searchOpportunitiesCached({ db: context.runtime.db, filters, cursor: url.searchParams.get('cursor') }),
    getActor(context),
  ]);
  const view = buildSearchPageView({ filters, result, locale: context.locale, now });
  const t = createTranslator(context.locale);
  return {
    view,
    signedIn: actor !== null,
    signInHref: `/sign-in?redirectTo=${encodeURIComponent(searchHref('/search', filters))}`,
    saveAction: searchHref('/search', filters),
    defaultSaveName:
      filters.q || summariseSearch(filters, t, context.locale).slice(0, 80) || t('search.save.defaultName'),
    feedUrl: `${publicBaseUrl(context.runtime.config.PUBLIC_URL, request.url).replace(/\/$/, '')}${view.feedHref}`,
    feedTitle: filters.q ? t('search.feed.titleWithQuery', { q: filters.q }) : t('search.feed.title'),
  };
}

/** "この条件を保存": saves the search in the URL for the signed-in account. */
export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const filters = parseSearchFilters(new URL(request.url).searchParams);
  try {
    const saved = await saveSearch({
      db: context.runtime.db,
      actor,
      name: String(form.get('name') ?? ''),
      filters,
    });
    return { ok: true as const, savedName: saved.name };
  } catch (error) {
    return domainFailure(error, form);
  }
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) => [
  ...pageMeta(matches, {
    title: loaderData?.view.heading,
    titleKey: 'search.title',
    descriptionKey: 'search.description',
  }),
  ...(loaderData
    ? [
        {
          tagName: 'link',
          rel: 'alternate',
          type: 'application/atom+xml',
          title: loaderData.feedTitle,
          href: loaderData.feedUrl,
        },
      ]
    : []),
];

export function headers() {
  return { 'Cache-Control': 'no-store' };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { view } = loaderData;
  const actionData = useActionData<typeof action>();
  const saved = actionData && 'savedName' in actionData ? actionData : null;
  const saveFailure = actionData && !('savedName' in actionData) ? actionData : undefined;
  const renderFacet = (facet: FacetView) =>
    facet.options.length === 0 ? null : (
      <fieldset key={facet.name} className={`search-facet search-facet-${facet.name}`}>
        <legend>{facet.legend}</legend>
        <ul className="plain-list">
          {facet.options.map((option) => {
            const id = `facet-${facet.name}-${option.value}`;
            return (
              <li key={option.value}>
                <input
                  type="checkbox"
                  id={id}
                  name={facet.name}
                  value={option.value}
                  defaultChecked={option.checked}
                />
                <label htmlFor={id}>
                  {option.label}
                  {option.countText ? <span className="facet-count"> {option.countText}</span> : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    );
  return (
    <div className="container page search-page">
      <h1>{view.heading}</h1>
      <form method="get" action="/search" role="search" className="search-bar" aria-label={t('search.title')}>
        <div className="field">
          <label htmlFor="search-q">{t('search.form.label')}</label>
          <p className="field-hint" id="search-q-hint">
            {t('search.form.hint')}
          </p>
          <div className="search-bar-row">
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={view.filters.q}
              maxLength={200}
              aria-describedby="search-q-hint"
              enterKeyHint="search"
            />
            {view.hiddenFilters.map((input) => (
              <input
                key={`${input.name}-${input.value}`}
                type="hidden"
                name={input.name}
                value={input.value}
              />
            ))}
            <button type="submit" className="button">
              {t('search.form.submit')}
            </button>
          </div>
        </div>
      </form>

      <div className="search-layout">
        <aside className="search-filters" aria-labelledby="filters-title">
          <p className="search-skip-to-results">
            <a href="#results-title">{t('search.filters.skipToResults', { count: view.resultText })}</a>
          </p>
          <h2 id="filters-title">{t('search.filters.title')}</h2>
          <form method="get" action="/search">
            {view.filters.q ? <input type="hidden" name="q" value={view.filters.q} /> : null}
            {view.filters.sort ? <input type="hidden" name="sort" value={view.filters.sort} /> : null}
            <div className="search-filter-open">
              <input
                type="checkbox"
                id="filter-open"
                name="open"
                value="1"
                defaultChecked={view.filters.open}
              />
              <label htmlFor="filter-open">{view.openNowText}</label>
            </div>
            {view.facets.filter((facet) => PRIMARY_FACETS.has(facet.name)).map(renderFacet)}
            {view.facets.some((facet) => !PRIMARY_FACETS.has(facet.name) && facet.options.length > 0) ? (
              <details className="search-more-facets" open={view.moreFiltersActive}>
                <summary>{t('search.filters.moreConditions')}</summary>
                {view.facets.filter((facet) => !PRIMARY_FACETS.has(facet.name)).map(renderFacet)}
              </details>
            ) : null}
            <button type="submit" className="button">
              {t('search.form.apply')}
            </button>
          </form>
          {view.clearHref ? (
            <p>
              <Link to={view.clearHref}>{t('search.filters.clear')}</Link>
            </p>
          ) : null}
        </aside>

        <section className="search-results" aria-labelledby="results-title">
          <div className="search-results-head">
            <h2 id="results-title">{t('search.results.title')}</h2>
            <p className="search-result-count" role="status">
              {view.resultText}
            </p>
          </div>
          {view.chips.length > 0 ? (
            <div className="search-chips">
              <h3 className="visually-hidden">{t('search.filters.active')}</h3>
              <ul className="plain-list">
                {view.chips.map((chip) => (
                  <li key={chip.removeHref + chip.label}>
                    <Link to={chip.removeHref} className="search-chip" aria-label={chip.removeLabel}>
                      {chip.label}
                      <span aria-hidden="true"> ×</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {view.filters.q && !view.hasText ? (
            <p className="alert alert-info">{t('search.results.noText')}</p>
          ) : null}
          {view.cards.length > 1 ? (
            <nav className="search-sort" aria-label={t('search.form.sort')}>
              <span className="muted">{t('search.form.sort')}:</span>
              <ul className="plain-list">
                {view.sortLinks.map((link) => (
                  <li key={link.sort}>
                    {link.current ? (
                      <span aria-current="true" className="search-sort-current">
                        {link.label}
                      </span>
                    ) : (
                      <Link to={link.href}>{link.label}</Link>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {view.facetsAreEstimated ? <p className="muted small">{t('search.results.capped')}</p> : null}

          {view.cards.length > 0 ? (
            <OpportunityCardList opportunities={view.cards} emptyText="" />
          ) : (
            <div className="card search-empty">
              <p>
                <strong>{t('search.results.empty')}</strong>
              </p>
              <p>{t('search.results.emptyHint')}</p>
              <ul>
                <li>{t('search.results.emptyTryShorter')}</li>
                {view.clearHref ? (
                  <li>
                    <Link to={view.clearHref}>{t('search.results.emptyRemoveFilters')}</Link>
                  </li>
                ) : null}
                <li>
                  <Link to="/regions">{t('search.results.emptyBrowseRegions')}</Link>
                </li>
                <li>
                  <Link to="/search">{t('search.results.emptyAll')}</Link>
                </li>
              </ul>
            </div>
          )}

          {view.nextHref || view.firstHref ? (
            <nav className="pagination search-pagination" aria-label={t('search.pagination.label')}>
              {view.firstHref ? <Link to={view.firstHref}>{t('search.pagination.first')}</Link> : null}
              {view.nextHref ? (
                <Link to={view.nextHref} rel="next" className="button button-secondary">
                  {view.nextLabel}
                </Link>
              ) : null}
            </nav>
          ) : null}

          <section className="card search-save" aria-labelledby="save-title">
            <h2 id="save-title">{t('search.save.title')}</h2>
            {saved ? (
              <p className="alert alert-success" role="status">
                {t('search.save.saved')} <Link to="/account/saved-searches">{t('search.save.manage')}</Link>
              </p>
            ) : null}
            {loaderData.signedIn ? (
              <>
                <p className="muted">{t('search.save.lead')}</p>
                <FormErrorSummary state={saveFailure} />
                <Form method="post" action={loaderData.saveAction} className="search-save-form">
                  <CsrfInput />
                  <div className={`field${saveFailure?.fieldErrors?.name ? ' field-invalid' : ''}`}>
                    <label htmlFor="save-name">{t('search.save.name')}</label>
                    <input
                      id="save-name"
                      name="name"
                      type="text"
                      required
                      maxLength={80}
                      defaultValue={saveFailure?.values?.name ?? loaderData.defaultSaveName}
                      aria-invalid={saveFailure?.fieldErrors?.name ? true : undefined}
                      aria-describedby={saveFailure?.fieldErrors?.name ? 'save-name-error' : undefined}
                    />
                    {saveFailure?.fieldErrors?.name ? (
                      <p className="field-error" id="save-name-error">
                        {t(saveFailure.fieldErrors.name)}
                      </p>
                    ) : null}
                  </div>
                  <button type="submit" className="button">
                    {t('search.save.submit')}
                  </button>
                </Form>
              </>
            ) : (
              <p>
                <Link to={loaderData.signInHref}>{t('search.save.signIn')}</Link>
              </p>
            )}
            <p className="small">
              <a href={view.feedHref} type="application/atom+xml">
                {t('search.feed.link')}
              </a>
            </p>
          </section>
        </section>
      </div>
    </div>
  );
}

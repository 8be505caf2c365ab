import { Form, Link } from 'react-router';
import { listScoutingTalent, type TalentDirectoryEntry } from '#src/domain/talent/list-scouting-talent';
import { placeNames } from '#src/domain/talent/place-names';
import { WORK_FIELDS, workFieldLabel } from '#src/domain/taxonomy/fields';
import { SKILLS, skillLabel } from '#src/domain/taxonomy/skills';
import { isAppError } from '#src/lib/errors';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { prefectureOptions } from './talent-profile.server';
import type { Route } from './+types/talent._index';
import '~/styles/talent.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'talent.directory.title' });

const FILTER_NAMES = ['skill', 'field', 'prefecture', 'minHours'] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const search = new URL(request.url).searchParams;
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, search.get(name) ?? '']));
  const db = context.runtime.db;
  let fieldErrors: Record<string, string> = {};
  const result = await loadOrThrow(async () => {
    try {
      return await listScoutingTalent({ db, actor, filters: { ...filters, page: search.get('page') ?? '' } });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
      // A hand-edited URL with a bad filter: show the form with the error, and everyone unfiltered.
      fieldErrors = error.fieldErrors;
      return listScoutingTalent({ db, actor, filters: {} });
    }
  });
  const names = placeNames(
    result.items.flatMap((item) => [item.prefectureCode, ...item.regionTies.map((tie) => tie.regionCode)]),
    context.locale,
  );
  return { result, filters, fieldErrors, placeNames: names, prefectures: prefectureOptions(context.locale) };
}

function pageHref(filters: Record<string, string>, page: number) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/talent?${query}` : '/talent';
}

export default function TalentDirectory({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { result, filters, fieldErrors, prefectures } = loaderData;
  const filterSelect = (name: string, label: string, options: Array<{ value: string; label: string }>) => (
    <div className={`field${fieldErrors[name] ? ' field-invalid' : ''}`}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={fieldErrors[name] ? '' : filters[name]}
        aria-invalid={fieldErrors[name] ? true : undefined}
        aria-describedby={fieldErrors[name] ? `filter-${name}-error` : undefined}
      >
        <option value="">{t('talent.directory.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {fieldErrors[name] ? (
        <p className="field-error" id={`filter-${name}-error`}>
          {t(fieldErrors[name])}
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="container page">
      <h1>{t('talent.directory.title')}</h1>
      <p>{t('talent.directory.lead')}</p>
      <Form method="get" className="talent-directory-filters" aria-label={t('talent.directory.filters')}>
        {filterSelect(
          'skill',
          t('talent.directory.skill'),
          SKILLS.map((skill) => ({ value: skill.slug, label: skill[locale] })),
        )}
        {filterSelect(
          'field',
          t('talent.directory.field'),
          WORK_FIELDS.map((field) => ({ value: field.id, label: field[locale] })),
        )}
        {filterSelect(
          'prefecture',
          t('talent.directory.prefecture'),
          prefectures.map((prefecture) => ({ value: prefecture.code, label: prefecture.name })),
        )}
        <div className={`field${fieldErrors.minHours ? ' field-invalid' : ''}`}>
          <label htmlFor="filter-minHours">{t('talent.directory.minHours')}</label>
          <input
            id="filter-minHours"
            name="minHours"
            type="number"
            inputMode="numeric"
            min={1}
            max={80}
            defaultValue={fieldErrors.minHours ? '' : filters.minHours}
            aria-invalid={fieldErrors.minHours ? true : undefined}
            aria-describedby={fieldErrors.minHours ? 'filter-minHours-error' : undefined}
          />
          {fieldErrors.minHours ? (
            <p className="field-error" id="filter-minHours-error">
              {t(fieldErrors.minHours)}
            </p>
          ) : null}
        </div>
        <div className="row">
          <button type="submit" className="button">
            {t('talent.directory.search')}
          </button>
          <Link to="/talent">{t('talent.directory.reset')}</Link>
        </div>
      </Form>
      <p role="status">{t('talent.directory.results', { total: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="muted">{t('talent.directory.empty')}</p>
      ) : (
        <ul className="talent-grid">
          {result.items.map((item) => (
            <li key={item.id}>
              <TalentCard item={item} placeNames={loaderData.placeNames} />
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav className="pagination" aria-label={t('talent.directory.pagination')}>
          {result.page > 1 ? (
            <Link to={pageHref(filters, result.page - 1)} rel="prev">
              {t('talent.directory.previous')}
            </Link>
          ) : null}
          <span>{t('talent.directory.pageOf', { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <Link to={pageHref(filters, result.page + 1)} rel="next">
              {t('talent.directory.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function TalentCard({
  item,
  placeNames: names,
}: {
  item: TalentDirectoryEntry;
  placeNames: Record<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="card talent-card">
      <h2>
        <Link
          to={`/talent/${item.id}`}
          aria-label={t('talent.directory.viewProfile', { name: item.displayName })}
        >
          {item.displayName}
        </Link>
      </h2>
      {item.headline ? <p>{item.headline}</p> : null}
      <p className="muted small">
        {[
          item.prefectureCode ? names[item.prefectureCode] : null,
          item.hoursPerWeek !== null ? t('talent.view.hours', { hours: item.hoursPerWeek }) : null,
          item.preferredWorkStyle ? t(`talent.workStyle.${item.preferredWorkStyle}`) : null,
        ]
          .filter(Boolean)
          .join(' ・ ')}
      </p>
      {item.skills.length ? (
        <ul className="talent-badge-list" aria-label={t('talent.section.skills')}>
          {item.skills.slice(0, 5).map((entry) => (
            <li key={entry.skill} className="badge">
              {skillLabel(entry.skill, locale)} {entry.level}
            </li>
          ))}
        </ul>
      ) : null}
      {item.fieldsOfInterest.length ? (
        <p className="small">
          {item.fieldsOfInterest.map((field) => workFieldLabel(field, locale)).join('、')}
        </p>
      ) : null}
      {item.regionTies.length ? (
        <p className="small">
          <span className="talent-label">{t('talent.directory.ties')}: </span>
          {item.regionTies
            .map((tie) => `${names[tie.regionCode] ?? tie.regionCode}(${t(`talent.tieKind.${tie.kind}`)})`)
            .join('、')}
        </p>
      ) : null}
    </article>
  );
}

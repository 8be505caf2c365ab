import { data, Form, Link, useActionData, useLocation } from 'react-router';
import { assignReviewer } from '#src/domain/applications/assign-reviewer';
import { bulkReject } from '#src/domain/applications/bulk-reject';
import { listPipeline, listPipelineBoard } from '#src/domain/applications/list-pipeline';
import { listReviewerCandidates } from '#src/domain/applications/list-reviewer-candidates';
import { moveApplications } from '#src/domain/applications/move-applications';
import { parsePipelineQuery } from '#src/domain/applications/pipeline-filters';
import {
  AVAILABILITY_FILTERS,
  hasPipelineFilters,
  PIPELINE_SORTS,
  pipelineQueryString,
  type PipelineQuery,
} from '#src/domain/applications/pipeline-query';
import { recomputeFitScores } from '#src/domain/applications/recompute-fit-scores';
import {
  isRejectionTemplate,
  REJECTION_TEMPLATES,
  rejectionTemplateText,
  type RejectionTemplate,
} from '#src/domain/applications/rejection-templates';
import { requireStaffOpportunity } from '#src/domain/screening/access';
import { loadScreeningQuestions } from '#src/domain/screening/list-screening-questions';
import { translate } from '#src/i18n';
import { AppError } from '#src/lib/errors';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { PIPELINE_KEYBOARD_SCRIPT } from '~/components/pipeline-keyboard';
import { ScreeningNav } from '~/components/screening-nav';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm, type FormFailure } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { useNonce } from '~/lib/nonce';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import {
  answerFilterGroups,
  prefectureOptions,
  publicUrlOf,
  reviewerOptions,
  shapePipelineRow,
  skillOptions,
  type Option,
  type PipelineRowView,
} from './pipeline.server';
import type { Route } from './+types/manage.opportunities.$id.pipeline';
import '~/styles/pipeline.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'pipeline.title',
    ...(loaderData ? { title: `${loaderData.opportunity.title} — ${loaderData.pageTitle}` } : {}),
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const db = context.runtime.db;
  const locale = context.locale;
  const url = new URL(request.url);
  const query = parsePipelineQuery(url.searchParams);
  const view = url.searchParams.get('view') === 'board' ? 'board' : 'table';
  const stageView = (stage: {
    id: string;
    category: string;
    name: string;
    nameEn: string;
    count: number;
  }) => ({
    id: stage.id,
    category: stage.category,
    name: locale === 'ja' ? stage.name : stage.nameEn,
    count: stage.count,
  });
  const listing =
    view === 'board'
      ? await loadOrThrow(() => listPipelineBoard({ db, actor, opportunityId: params.id, query }))
      : await loadOrThrow(() => listPipeline({ db, actor, opportunityId: params.id, query }));
  const { opportunity } = listing;
  const [candidates, questions] = await Promise.all([
    listReviewerCandidates({ db, opportunity }),
    loadScreeningQuestions(db, opportunity.id),
  ]);
  return {
    view,
    pageTitle: translate(locale, view === 'board' ? 'pipeline.boardTitle' : 'pipeline.title'),
    query,
    queryString: pipelineQueryString(query),
    filtered: hasPipelineFilters(query),
    opportunity: {
      id: opportunity.id,
      title: opportunity.title,
      blind: opportunity.blindScreening,
      accessAs: opportunity.accessAs,
    },
    stages: listing.stages.map(stageView),
    totalAllStages: listing.totalAllStages,
    table:
      'rows' in listing
        ? {
            total: listing.total,
            page: listing.page,
            pageCount: listing.pageCount,
            rows: listing.rows.map((row) => shapePipelineRow(row, locale)),
          }
        : null,
    board:
      'rows' in listing
        ? null
        : listing.stages.map((stage) => ({
            ...stageView(stage),
            cards: stage.cards.map((card) => shapePipelineRow(card, locale)),
          })),
    filters: {
      skills: skillOptions(locale),
      prefectures: prefectureOptions(locale),
      answers: answerFilterGroups(questions, locale),
      reviewers: reviewerOptions(candidates),
    },
    templates: REJECTION_TEMPLATES.map((template) => ({
      id: template,
      label: translate(locale, `pipeline.rejectTemplate.${template}.label`),
    })),
  };
}

type ActionResult =
  | { ok: true; notice: 'moved' | 'rejected' | 'assigned' | 'recomputed'; count: number }
  | {
      ok: false;
      step: 'confirmReject';
      ids: string[];
      template: RejectionTemplate;
      message: string;
      formError?: string;
      fieldErrors: Record<string, string>;
    }
  | (FormFailure & { step?: undefined; ids: string[] });

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const db = context.runtime.db;
  const { mailer } = context.runtime;
  const ids = form.getAll('ids').map(String);
  const intent = String(form.get('intent') ?? '');
  const opportunityId = params.id;
  const publicUrl = publicUrlOf(context, request);
  const templateOf = () => {
    const value = form.get('template');
    return isRejectionTemplate(value) ? value : REJECTION_TEMPLATES[0];
  };
  const confirmStep = async (
    template: RejectionTemplate,
    message?: string,
    fieldErrors: Record<string, string> = {},
  ) => {
    const opportunity = await requireStaffOpportunity({ db, actor, opportunityId });
    return data<ActionResult>(
      {
        ok: false,
        step: 'confirmReject',
        ids,
        template,
        message: message ?? rejectionTemplateText(context.locale, template, { title: opportunity.title }),
        fieldErrors,
        formError: Object.keys(fieldErrors).length > 0 ? 'common.formHasErrors' : undefined,
      },
      { status: Object.keys(fieldErrors).length > 0 ? 422 : 200 },
    );
  };
  try {
    switch (intent) {
      case 'recompute': {
        const { updated } = await recomputeFitScores({ db, actor, opportunityId });
        return data<ActionResult>({ ok: true, notice: 'recomputed', count: updated });
      }
      case 'move': {
        if (ids.length === 0) throw new AppError('INVALID_INPUT', 'pipeline.bulk.noneSelected');
        const { moved } = await moveApplications({
          db,
          mailer,
          actor,
          opportunityId,
          applicationIds: ids,
          toStageId: String(form.get('toStageId') ?? ''),
          publicUrl,
        });
        return data<ActionResult>({ ok: true, notice: 'moved', count: moved });
      }
      case 'assign': {
        if (ids.length === 0) throw new AppError('INVALID_INPUT', 'pipeline.bulk.noneSelected');
        const reviewer = String(form.get('reviewerId') ?? '');
        const { assigned } = await assignReviewer({
          db,
          mailer,
          actor,
          opportunityId,
          applicationIds: ids,
          reviewerId: reviewer === 'none' ? null : reviewer,
          publicUrl,
        });
        return data<ActionResult>({ ok: true, notice: 'assigned', count: assigned });
      }
      case 'reject':
        if (ids.length === 0) throw new AppError('INVALID_INPUT', 'pipeline.bulk.noneSelected');
        return await confirmStep(templateOf());
      case 'useTemplate':
        return await confirmStep(templateOf());
      case 'confirmReject': {
        const message = String(form.get('message') ?? '');
        if (message.trim() === '')
          return await confirmStep(templateOf(), message, { message: 'validation.required' });
        const { rejected } = await bulkReject({
          db,
          mailer,
          actor,
          opportunityId,
          applicationIds: ids,
          message,
          publicUrl,
        });
        return data<ActionResult>({ ok: true, notice: 'rejected', count: rejected });
      }
      default:
        throw new AppError('INVALID_INPUT');
    }
  } catch (error) {
    const failure = domainFailure(error, form);
    if (intent === 'confirmReject' && Object.keys(failure.data.fieldErrors).length > 0) {
      return confirmStep(templateOf(), String(form.get('message') ?? ''), failure.data.fieldErrors);
    }
    return data<ActionResult>({ ...failure.data, ids }, failure.init ?? undefined);
  }
}

function href(
  path: string,
  query: Partial<PipelineQuery>,
  overrides: Partial<PipelineQuery> = {},
  extra = '',
) {
  const qs = pipelineQueryString(query, overrides);
  const params = [qs, extra].filter(Boolean).join('&');
  return params ? `${path}?${params}` : path;
}

function Select(props: {
  name: string;
  label: string;
  options: Option[];
  value?: string;
  empty?: string;
  id?: string;
}) {
  const id = props.id ?? `filter-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.value ?? ''}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FilterForm({ loaderData }: { loaderData: Route.ComponentProps['loaderData'] }) {
  const t = useT();
  const { query, filters } = loaderData;
  const path = `/manage/opportunities/${loaderData.opportunity.id}/pipeline`;
  return (
    <Form method="get" action={path} className="pipeline-filters card" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {t('pipeline.filters.title')}
      </h2>
      {loaderData.view === 'board' ? <input type="hidden" name="view" value="board" /> : null}
      {query.stage ? <input type="hidden" name="stage" value={query.stage} /> : null}
      <div className="pipeline-filter-grid">
        <div className="field">
          <label htmlFor="filter-q">{t('pipeline.filters.name')}</label>
          <input id="filter-q" type="search" name="q" defaultValue={query.q ?? ''} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="filter-skill">{t('pipeline.filters.skills')}</label>
          <select
            id="filter-skill"
            name="skill"
            multiple
            size={3}
            defaultValue={query.skill}
            aria-describedby="filter-skill-hint"
          >
            {filters.skills.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <p className="field-hint" id="filter-skill-hint">
            {t('pipeline.filters.skillsHint')}
          </p>
        </div>
        <Select
          name="tie"
          label={t('pipeline.filters.tie')}
          options={filters.prefectures}
          value={query.tie}
          empty={t('pipeline.filters.any')}
        />
        <div className="field">
          <label htmlFor="filter-minHours">{t('pipeline.filters.minHours')}</label>
          <input
            id="filter-minHours"
            type="number"
            name="minHours"
            min={1}
            max={80}
            inputMode="numeric"
            defaultValue={query.minHours ?? ''}
          />
        </div>
        <Select
          name="availability"
          label={t('pipeline.filters.availability')}
          options={AVAILABILITY_FILTERS.map((value) => ({
            value,
            label: t(`pipeline.filters.availability.${value}`),
          }))}
          value={query.availability}
          empty={t('pipeline.filters.any')}
        />
        {filters.answers.length > 0 ? (
          <div className="field">
            <label htmlFor="filter-answer">{t('pipeline.filters.answer')}</label>
            <select id="filter-answer" name="answer" defaultValue={query.answer ?? ''}>
              <option value="">{t('pipeline.filters.any')}</option>
              {filters.answers.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        ) : null}
        <Select
          name="reviewer"
          label={t('pipeline.filters.reviewer')}
          options={[
            { value: 'me', label: t('pipeline.filters.reviewer.me') },
            { value: 'none', label: t('pipeline.filters.reviewer.none') },
            ...filters.reviewers,
          ]}
          value={query.reviewer}
          empty={t('pipeline.filters.any')}
        />
        <Select
          name="sort"
          label={t('pipeline.filters.sort')}
          options={PIPELINE_SORTS.filter((sort) => !(sort === 'name' && loaderData.opportunity.blind)).map(
            (sort) => ({
              value: sort,
              label: t(`pipeline.sort.${sort}`),
            }),
          )}
          value={query.sort}
        />
        <div className="field pipeline-checkbox-field">
          <input
            id="filter-scored"
            type="checkbox"
            name="scored"
            value="1"
            defaultChecked={Boolean(query.scored)}
          />
          <label htmlFor="filter-scored">{t('pipeline.filters.scored')}</label>
        </div>
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('pipeline.filters.apply')}
        </button>
        {loaderData.filtered ? (
          <Link
            to={href(
              path,
              { stage: query.stage, sort: query.sort },
              {},
              loaderData.view === 'board' ? 'view=board' : '',
            )}
          >
            {t('pipeline.filters.clear')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

function StageTabs({ loaderData }: { loaderData: Route.ComponentProps['loaderData'] }) {
  const t = useT();
  const path = `/manage/opportunities/${loaderData.opportunity.id}/pipeline`;
  const { query } = loaderData;
  return (
    <nav aria-label={t('pipeline.stagesNav')} className="stage-tabs">
      <ul>
        <li>
          <Link
            to={href(path, query, { stage: undefined, page: 1 })}
            aria-current={!query.stage ? 'page' : undefined}
          >
            {t('pipeline.allStages')} <span className="stage-count">{loaderData.totalAllStages}</span>
          </Link>
        </li>
        {loaderData.stages.map((stage) => (
          <li key={stage.id}>
            <Link
              to={href(path, query, { stage: stage.id, page: 1 })}
              aria-current={query.stage === stage.id ? 'page' : undefined}
            >
              {stage.name} <span className="stage-count">{stage.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FitCell({ row }: { row: PipelineRowView }) {
  const t = useT();
  if (row.fitScore === null) {
    return <span className="muted small">{row.fitSummary || t('pipeline.fit.none')}</span>;
  }
  return (
    <>
      <span className="fit-score" aria-label={t('pipeline.fit.scoreLabel', { score: row.fitScore })}>
        {row.fitScore}
      </span>
      <span className="fit-reason small">{row.fitSummary}</span>
    </>
  );
}

function ScoreCell({ row }: { row: PipelineRowView }) {
  const t = useT();
  if (row.reviewCount === 0) return <span className="muted">—</span>;
  return (
    <>
      {row.meanScore !== null ? (
        <strong>{row.meanScore.toFixed(2)}</strong>
      ) : (
        <span className="muted small">{t('pipeline.score.hidden')}</span>
      )}
      <span className="muted small score-count">
        {t('pipeline.score.reviewers', { count: row.reviewCount })}
      </span>
    </>
  );
}

function RejectConfirmation({
  result,
  count,
  templates,
}: {
  result: Extract<ActionResult, { step: 'confirmReject' }>;
  count: number;
  templates: Array<{ id: string; label: string }>;
}) {
  const t = useT();
  const location = useLocation();
  const error = result.fieldErrors.message;
  return (
    <section className="card reject-confirmation" aria-labelledby="reject-title">
      <h2 id="reject-title" tabIndex={-1}>
        {t('pipeline.reject.title', { count })}
      </h2>
      <p>{t('pipeline.reject.lead')}</p>
      <Form method="post" action={`${location.pathname}${location.search}#reject-title`} className="form">
        <CsrfInput />
        {result.ids.map((id) => (
          <input key={id} type="hidden" name="ids" value={id} />
        ))}
        <fieldset>
          <legend className="fieldset-legend">{t('pipeline.reject.template')}</legend>
          {templates.map((template) => (
            <div key={template.id} className="radio-row">
              <input
                type="radio"
                id={`template-${template.id}`}
                name="template"
                value={template.id}
                defaultChecked={template.id === result.template}
              />
              <label htmlFor={`template-${template.id}`}>{template.label}</label>
            </div>
          ))}
          <button
            type="submit"
            name="intent"
            value="useTemplate"
            className="button button-secondary button-small"
          >
            {t('pipeline.reject.useTemplate')}
          </button>
        </fieldset>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor="reject-message">{t('pipeline.reject.message')}</label>
          <p className="field-hint" id="reject-message-hint">
            {t('pipeline.reject.messageHint')}
          </p>
          <textarea
            id="reject-message"
            name="message"
            rows={10}
            key={result.template + result.message.length}
            defaultValue={result.message}
            aria-describedby={error ? 'reject-message-hint reject-message-error' : 'reject-message-hint'}
            aria-invalid={error ? true : undefined}
            maxLength={4000}
          />
          {error ? (
            <p className="field-error" id="reject-message-error">
              {t(error)}
            </p>
          ) : null}
        </div>
        <div className="row">
          <button
            type="submit"
            name="intent"
            value="confirmReject"
            formAction={location.pathname + location.search}
            className="button button-danger"
          >
            {t('pipeline.reject.confirm', { count })}
          </button>
          <Link to={location.pathname + location.search}>{t('common.cancel')}</Link>
        </div>
      </Form>
    </section>
  );
}

function PipelineTable({
  loaderData,
  selected,
}: {
  loaderData: Route.ComponentProps['loaderData'];
  selected: Set<string>;
}) {
  const t = useT();
  const nonce = useNonce();
  const table = loaderData.table!;
  const detailQuery = loaderData.queryString;
  return (
    <div className="table-scroll">
      <table className="pipeline-table" data-pipeline-table>
        <caption className="visually-hidden">{t('pipeline.table.caption', { count: table.total })}</caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <span className="visually-hidden">{t('pipeline.table.select')}</span>
              <input type="checkbox" data-select-all hidden aria-label={t('pipeline.table.selectAll')} />
            </th>
            <th scope="col">{t('pipeline.table.applicant')}</th>
            <th scope="col">{t('pipeline.table.stage')}</th>
            <th scope="col">{t('pipeline.table.fit')}</th>
            <th scope="col">{t('pipeline.table.skills')}</th>
            <th scope="col">{t('pipeline.table.tie')}</th>
            <th scope="col">{t('pipeline.table.hours')}</th>
            <th scope="col">{t('pipeline.table.submitted')}</th>
            <th scope="col">{t('pipeline.table.reviewer')}</th>
            <th scope="col">{t('pipeline.table.score')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id}>
              <td className="select-cell">
                <input
                  type="checkbox"
                  name="ids"
                  value={row.id}
                  id={`select-${row.id}`}
                  defaultChecked={selected.has(row.id)}
                  aria-label={t('pipeline.table.selectOne', { name: row.label })}
                />
              </td>
              <th scope="row">
                <Link
                  data-row-link
                  to={`/manage/applications/${row.id}${detailQuery ? `?${detailQuery}` : ''}`}
                >
                  {row.label}
                </Link>
                {row.profileHidden ? (
                  <span className="badge pipeline-badge">{t('pipeline.table.private')}</span>
                ) : null}
              </th>
              <td>
                <span className={`pipeline-stage stage-${row.stageCategory}`}>{row.stageName}</span>
              </td>
              <td className="fit-cell">
                <FitCell row={row} />
              </td>
              <td className="small">{row.profileHidden ? '—' : row.skills.join('、') || '—'}</td>
              <td className="small">{row.regionTie ?? '—'}</td>
              <td className="numeric">{row.hoursPerWeek ?? '—'}</td>
              <td className="small nowrap">
                <time dateTime={row.submittedAt}>{row.submittedOn}</time>
              </td>
              <td className="small">{row.reviewerName ?? '—'}</td>
              <td className="score-cell">
                <ScoreCell row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: PIPELINE_KEYBOARD_SCRIPT }} />
    </div>
  );
}

function BulkActions({ loaderData }: { loaderData: Route.ComponentProps['loaderData'] }) {
  const t = useT();
  const location = useLocation();
  return (
    <fieldset className="bulk-actions">
      <legend className="fieldset-legend">{t('pipeline.bulk.title')}</legend>
      <div className="bulk-action">
        <label htmlFor="bulk-stage">{t('pipeline.bulk.moveTo')}</label>
        <select id="bulk-stage" name="toStageId">
          {loaderData.stages
            .filter((stage) => stage.category !== 'rejected' && stage.category !== 'withdrawn')
            .map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
        </select>
        <button type="submit" name="intent" value="move" className="button button-secondary button-small">
          {t('pipeline.bulk.move')}
        </button>
      </div>
      <div className="bulk-action">
        <label htmlFor="bulk-reviewer">{t('pipeline.bulk.reviewer')}</label>
        <select id="bulk-reviewer" name="reviewerId">
          {loaderData.filters.reviewers.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          <option value="none">{t('pipeline.bulk.clearReviewer')}</option>
        </select>
        <button type="submit" name="intent" value="assign" className="button button-secondary button-small">
          {t('pipeline.bulk.assign')}
        </button>
      </div>
      <div className="bulk-action">
        <button
          type="submit"
          name="intent"
          value="reject"
          formAction={`${location.pathname}${location.search}#reject-title`}
          className="button button-danger button-small"
        >
          {t('pipeline.bulk.reject')}
        </button>
      </div>
    </fieldset>
  );
}

function Board({ loaderData }: { loaderData: Route.ComponentProps['loaderData'] }) {
  const t = useT();
  const path = `/manage/opportunities/${loaderData.opportunity.id}/pipeline`;
  const detailQuery = loaderData.queryString;
  return (
    <ul className="pipeline-board plain-list">
      {loaderData.board!.map((column) => (
        <li key={column.id} className="board-column" aria-labelledby={`column-${column.id}`}>
          <h2 id={`column-${column.id}`} className="board-column-title">
            {column.name} <span className="stage-count">{column.count}</span>
          </h2>
          {column.cards.length === 0 ? (
            <p className="muted small">{t('pipeline.board.empty')}</p>
          ) : (
            <ol className="board-cards plain-list">
              {column.cards.map((card) => (
                <li key={card.id} className="board-card">
                  <Link to={`/manage/applications/${card.id}${detailQuery ? `?${detailQuery}` : ''}`}>
                    {card.label}
                  </Link>
                  <p className="small board-card-fit">
                    {card.fitScore !== null ? (
                      <span
                        className="fit-score"
                        aria-label={t('pipeline.fit.scoreLabel', { score: card.fitScore })}
                      >
                        {card.fitScore}
                      </span>
                    ) : null}{' '}
                    {card.fitSummary}
                  </p>
                  {card.reviewCount > 0 ? (
                    <p className="small muted">
                      {card.meanScore !== null
                        ? t('pipeline.board.score', {
                            score: card.meanScore.toFixed(2),
                            count: card.reviewCount,
                          })
                        : t('pipeline.score.reviewers', { count: card.reviewCount })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          {column.count > column.cards.length ? (
            <Link className="small" to={href(path, loaderData.query, { stage: column.id, page: 1 })}>
              {t('pipeline.board.showAll', { count: column.count, stage: column.name })}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Pagination({ loaderData }: { loaderData: Route.ComponentProps['loaderData'] }) {
  const t = useT();
  const table = loaderData.table!;
  if (table.pageCount <= 1) return null;
  const path = `/manage/opportunities/${loaderData.opportunity.id}/pipeline`;
  return (
    <nav aria-label={t('pipeline.pagination')} className="pagination">
      {table.page > 1 ? (
        <Link to={href(path, loaderData.query, { page: table.page - 1 })} rel="prev">
          {t('pipeline.previousPage')}
        </Link>
      ) : null}
      <span>{t('pipeline.pageOf', { page: table.page, pages: table.pageCount })}</span>
      {table.page < table.pageCount ? (
        <Link to={href(path, loaderData.query, { page: table.page + 1 })} rel="next">
          {t('pipeline.nextPage')}
        </Link>
      ) : null}
    </nav>
  );
}

export default function Pipeline({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const location = useLocation();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const { opportunity, query } = loaderData;
  const path = `/manage/opportunities/${opportunity.id}/pipeline`;
  const selected = new Set(result && !result.ok && 'ids' in result ? result.ids : []);
  const csvHref = `${`/manage/opportunities/${opportunity.id}/export.csv`}${loaderData.queryString ? `?${loaderData.queryString}` : ''}`;
  return (
    <div className="container page pipeline-page">
      <p className="muted breadcrumb">{opportunity.title}</p>
      <h1>{loaderData.pageTitle}</h1>
      <ScreeningNav opportunityId={opportunity.id} canEditOpportunity={opportunity.accessAs === 'host'} />
      {opportunity.blind ? <p className="alert alert-info">{t('pipeline.blindNotice')}</p> : null}
      {result?.ok ? (
        <div className="alert alert-success" role="status">
          {t(`pipeline.notice.${result.notice}`, { count: result.count })}
        </div>
      ) : null}
      {result && !result.ok && result.step !== 'confirmReject' ? <FormErrorSummary state={result} /> : null}
      {result && !result.ok && result.step === 'confirmReject' ? (
        <RejectConfirmation result={result} count={result.ids.length} templates={loaderData.templates} />
      ) : null}
      <div className="row pipeline-toolbar">
        <div className="row" role="group" aria-label={t('pipeline.viewLabel')}>
          <Link
            to={href(path, query)}
            aria-current={loaderData.view === 'table' ? 'page' : undefined}
            className="view-switch"
          >
            {t('pipeline.view.table')}
          </Link>
          <Link
            to={href(path, { ...query, page: 1 }, {}, 'view=board')}
            aria-current={loaderData.view === 'board' ? 'page' : undefined}
            className="view-switch"
          >
            {t('pipeline.view.board')}
          </Link>
        </div>
        <a href={csvHref} download>
          {t('pipeline.exportCsv')}
        </a>
        <Form method="post" action={location.pathname + location.search} className="inline-form">
          <CsrfInput />
          <button
            type="submit"
            name="intent"
            value="recompute"
            className="button button-secondary button-small"
          >
            {t('pipeline.recompute')}
          </button>
        </Form>
      </div>
      <FilterForm loaderData={loaderData} />
      <StageTabs loaderData={loaderData} />
      {loaderData.view === 'board' ? (
        <Board loaderData={loaderData} />
      ) : loaderData.table!.rows.length === 0 ? (
        <p className="empty-state">
          {loaderData.totalAllStages === 0 && !loaderData.filtered
            ? t('pipeline.emptyAll')
            : t('pipeline.emptyFiltered')}
        </p>
      ) : (
        <Form method="post" action={location.pathname + location.search} className="pipeline-bulk-form">
          <CsrfInput />
          <p className="muted small">
            {t('pipeline.table.summary', { count: loaderData.table!.total })} {t('pipeline.keyboardHint')}
          </p>
          <BulkActions loaderData={loaderData} />
          {/* Remounted when the rows change, so a finished bulk action leaves nothing selected. */}
          <PipelineTable
            key={loaderData
              .table!.rows.map((row) => `${row.id}:${row.stageId}:${row.reviewerName ?? ''}`)
              .join(',')}
            loaderData={loaderData}
            selected={selected}
          />
          <Pagination loaderData={loaderData} />
        </Form>
      )}
    </div>
  );
}

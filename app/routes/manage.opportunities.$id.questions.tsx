import { data, Form, useActionData, useLocation } from 'react-router';
import {
  addPipelineStage,
  CUSTOM_STAGE_CATEGORIES,
  INSERTABLE_AFTER,
  listPipelineStages,
  removePipelineStage,
  renamePipelineStages,
} from '#src/domain/applications/manage-stages';
import { requireStaffOpportunity } from '#src/domain/screening/access';
import { listScreeningQuestions } from '#src/domain/screening/list-screening-questions';
import { replaceScreeningQuestions } from '#src/domain/screening/replace-screening-questions';
import { SCREENING_QUESTION_KINDS } from '#src/domain/screening/schema';
import { translate } from '#src/i18n';
import { AppError, isAppError } from '#src/lib/errors';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { ScreeningNav } from '~/components/screening-nav';
import { SetupLabelField, SetupOrderField, SetupRow, setupRowFields } from '~/components/setup-row';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, formValues, readForm, type FormFailure } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { questionsFromForm, rowFieldErrors } from './screening-setup.server';
import type { Route } from './+types/manage.opportunities.$id.questions';
import '~/styles/pipeline.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'screening.questions.title',
    ...(loaderData ? { title: `${loaderData.opportunity.title} — ${loaderData.pageTitle}` } : {}),
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const db = context.runtime.db;
  const opportunity = await loadOrThrow(() =>
    requireStaffOpportunity({ db, actor, opportunityId: params.id }),
  );
  const [questions, stages] = await Promise.all([
    listScreeningQuestions({ db, actor, opportunityId: opportunity.id }),
    listPipelineStages({ db, actor, opportunityId: opportunity.id }),
  ]);
  return {
    pageTitle: translate(context.locale, 'screening.questions.title'),
    opportunity: { id: opportunity.id, title: opportunity.title, canEdit: opportunity.accessAs === 'host' },
    questions: questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      label: question.label,
      options: question.options,
      required: question.required,
    })),
    stages: stages.map((stage) => ({
      id: stage.id,
      category: stage.category,
      name: stage.name,
      nameEn: stage.nameEn,
      removable: stages.filter((other) => other.category === stage.category).length > 1,
    })),
  };
}

type ActionResult = { ok: true; notice: string } | (FormFailure & { intent: string });

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const db = context.runtime.db;
  const intent = String(form.get('intent') ?? '');
  const opportunityId = params.id;
  const fail = (error: unknown, fieldErrors?: Record<string, string>) => {
    const failure = domainFailure(error, form);
    return data<ActionResult>(
      {
        ...failure.data,
        fieldErrors: fieldErrors ?? failure.data.fieldErrors,
        values: formValues(form),
        intent,
      },
      failure.init ?? undefined,
    );
  };
  switch (intent) {
    case 'saveQuestions': {
      const items = questionsFromForm(form);
      try {
        await replaceScreeningQuestions({
          db,
          actor,
          opportunityId,
          questions: items.map((item) => item.input),
        });
        return data<ActionResult>({ ok: true, notice: 'questionsSaved' });
      } catch (error) {
        return fail(error, isAppError(error) ? rowFieldErrors(error.fieldErrors, items, 'q') : undefined);
      }
    }
    case 'renameStages': {
      const ids = form.getAll('stageId').map(String);
      const renames = ids.map((id) => ({
        id,
        name: String(form.get(`stage.${id}.name`) ?? ''),
        nameEn: String(form.get(`stage.${id}.nameEn`) ?? ''),
      }));
      try {
        await renamePipelineStages({ db, actor, opportunityId, stages: renames });
        return data<ActionResult>({ ok: true, notice: 'stagesSaved' });
      } catch (error) {
        const fieldErrors: Record<string, string> = {};
        if (isAppError(error)) {
          for (const [key, message] of Object.entries(error.fieldErrors)) {
            const [index, field] = key.split('.');
            const id = ids[Number(index)];
            fieldErrors[id && field ? `stage.${id}.${field}` : key] = message;
          }
        }
        return fail(error, fieldErrors);
      }
    }
    case 'addStage':
      try {
        await addPipelineStage({
          db,
          actor,
          opportunityId,
          stage: {
            afterStageId: String(form.get('afterStageId') ?? ''),
            category: String(form.get('category') ?? '') as 'screening',
            name: String(form.get('name') ?? ''),
            nameEn: String(form.get('nameEn') ?? ''),
          },
        });
        return data<ActionResult>({ ok: true, notice: 'stageAdded' });
      } catch (error) {
        return fail(error);
      }
    case 'removeStage':
      try {
        await removePipelineStage({ db, actor, opportunityId, stageId: String(form.get('stageId') ?? '') });
        return data<ActionResult>({ ok: true, notice: 'stageRemoved' });
      } catch (error) {
        return fail(error);
      }
    default:
      return fail(new AppError('INVALID_INPUT'));
  }
}

type LoaderData = Route.ComponentProps['loaderData'];

function QuestionRow({
  row,
  question,
  failure,
  total,
}: {
  row: number;
  question: LoaderData['questions'][number] | null;
  failure?: ActionResult & { ok: false };
  total: number;
}) {
  const t = useT();
  const fields = setupRowFields('q', row, failure);
  const { name, value, error, id } = fields;
  const legend = question
    ? t('screening.questions.questionN', { number: row + 1 })
    : t('screening.questions.add');
  return (
    <SetupRow fields={fields} legend={legend} itemId={question?.id ?? null}>
      <SetupLabelField
        fields={fields}
        label={t('screening.questions.label')}
        maxLength={200}
        defaultValue={question?.label ?? ''}
      />
      <div className="field">
        <label htmlFor={id('kind')}>{t('screening.questions.kind')}</label>
        <select
          id={id('kind')}
          name={name('kind')}
          defaultValue={value('kind', question?.kind ?? 'short_text')}
        >
          {SCREENING_QUESTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`screening.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <SetupOrderField fields={fields} total={total} />
      <div className={`field setup-wide${error('options') ? ' field-invalid' : ''}`}>
        <label htmlFor={id('options')}>{t('screening.questions.options')}</label>
        <p className="field-hint" id={id('options-hint')}>
          {t('screening.questions.optionsHint')}
        </p>
        <textarea
          id={id('options')}
          name={name('options')}
          rows={3}
          defaultValue={value('options', (question?.options ?? []).join('\n'))}
          aria-invalid={error('options') ? true : undefined}
          aria-describedby={
            error('options') ? `${id('options-hint')} ${id('options-error')}` : id('options-hint')
          }
        />
        {error('options') ? (
          <p className="field-error" id={id('options-error')}>
            {t(error('options')!)}
          </p>
        ) : null}
      </div>
      <div className="field pipeline-checkbox-field">
        <input
          id={id('required')}
          name={name('required')}
          type="checkbox"
          defaultChecked={failure ? failure.values[name('required')] === 'on' : (question?.required ?? true)}
        />
        <label htmlFor={id('required')}>{t('screening.questions.required')}</label>
      </div>
    </SetupRow>
  );
}

function ReadOnlyQuestions({ questions }: { questions: LoaderData['questions'] }) {
  const t = useT();
  if (questions.length === 0) return <p className="muted">{t('screening.questions.none')}</p>;
  return (
    <ol>
      {questions.map((question) => (
        <li key={question.id}>
          {question.label}{' '}
          <span className="muted small">
            ({t(`screening.kind.${question.kind}`)}
            {question.required ? `・${t('common.required')}` : ''})
          </span>
          {question.options.length > 0 ? <p className="small muted">{question.options.join(' / ')}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export default function ScreeningQuestions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const location = useLocation();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const failure = result && !result.ok ? result : undefined;
  const { opportunity, questions, stages } = loaderData;
  const here = location.pathname + location.search;
  const rows = questions.length + 1;
  const stageFailure =
    failure && ['renameStages', 'addStage', 'removeStage'].includes(failure.intent) ? failure : undefined;
  const questionFailure = failure?.intent === 'saveQuestions' ? failure : undefined;
  return (
    <div className="container page">
      <p className="muted breadcrumb">{opportunity.title}</p>
      <h1>{loaderData.pageTitle}</h1>
      <ScreeningNav opportunityId={opportunity.id} canEditOpportunity={opportunity.canEdit} />
      {result?.ok ? (
        <div className="alert alert-success" role="status">
          {t(`screening.notice.${result.notice}`)}
        </div>
      ) : null}
      {!opportunity.canEdit ? <p className="alert alert-info">{t('screening.readOnly')}</p> : null}

      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t('screening.questions.sectionTitle')}</h2>
        <p className="muted">{t('screening.questions.lead')}</p>
        {opportunity.canEdit ? (
          <Form method="post" action={here} className="form setup-form">
            <CsrfInput />
            <FormErrorSummary state={questionFailure} />
            <input type="hidden" name="count" value={rows} />
            {questions.map((question, index) => (
              <QuestionRow
                key={question.id}
                row={index}
                question={question}
                failure={questionFailure}
                total={rows}
              />
            ))}
            <QuestionRow row={questions.length} question={null} failure={questionFailure} total={rows} />
            <button type="submit" name="intent" value="saveQuestions" className="button">
              {t('screening.questions.save')}
            </button>
          </Form>
        ) : (
          <ReadOnlyQuestions questions={questions} />
        )}
      </section>

      <section aria-labelledby="stages-title">
        <h2 id="stages-title">{t('screening.stages.title')}</h2>
        <p className="muted">{t('screening.stages.lead')}</p>
        <FormErrorSummary state={stageFailure} />
        {opportunity.canEdit ? (
          <>
            <Form method="post" action={here} className="form setup-form">
              <CsrfInput />
              <div className="table-scroll">
                <table className="stage-table">
                  <caption className="visually-hidden">{t('screening.stages.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('screening.stages.category')}</th>
                      <th scope="col">{t('screening.stages.name')}</th>
                      <th scope="col">{t('screening.stages.nameEn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stages.map((stage) => {
                      const nameError = stageFailure?.fieldErrors[`stage.${stage.id}.name`];
                      const nameEnError = stageFailure?.fieldErrors[`stage.${stage.id}.nameEn`];
                      return (
                        <tr key={stage.id}>
                          <th scope="row">
                            <input type="hidden" name="stageId" value={stage.id} />
                            {t(`screening.stageCategory.${stage.category}`)}
                          </th>
                          <td>
                            <input
                              type="text"
                              name={`stage.${stage.id}.name`}
                              aria-label={t('screening.stages.nameOf', {
                                category: t(`screening.stageCategory.${stage.category}`),
                              })}
                              defaultValue={stageFailure?.values[`stage.${stage.id}.name`] ?? stage.name}
                              maxLength={40}
                              aria-invalid={nameError ? true : undefined}
                            />
                            {nameError ? <p className="field-error">{t(nameError)}</p> : null}
                          </td>
                          <td>
                            <input
                              type="text"
                              name={`stage.${stage.id}.nameEn`}
                              lang="en"
                              aria-label={t('screening.stages.nameEnOf', {
                                category: t(`screening.stageCategory.${stage.category}`),
                              })}
                              defaultValue={stageFailure?.values[`stage.${stage.id}.nameEn`] ?? stage.nameEn}
                              maxLength={40}
                              aria-invalid={nameEnError ? true : undefined}
                            />
                            {nameEnError ? <p className="field-error">{t(nameEnError)}</p> : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <button type="submit" name="intent" value="renameStages" className="button">
                {t('screening.stages.save')}
              </button>
            </Form>
            <Form method="post" action={here} className="form setup-form card setup-add-stage">
              <CsrfInput />
              <h3>{t('screening.stages.addTitle')}</h3>
              <div className="setup-grid">
                <div className="field">
                  <label htmlFor="stage-after">{t('screening.stages.after')}</label>
                  <select
                    id="stage-after"
                    name="afterStageId"
                    defaultValue={stageFailure?.values.afterStageId}
                  >
                    {stages
                      .filter((stage) => (INSERTABLE_AFTER as string[]).includes(stage.category))
                      .map((stage) => (
                        <option key={stage.id} value={stage.id}>
                          {stage.name}
                        </option>
                      ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="stage-category">{t('screening.stages.category')}</label>
                  <select
                    id="stage-category"
                    name="category"
                    defaultValue={stageFailure?.values.category ?? 'screening'}
                  >
                    {CUSTOM_STAGE_CATEGORIES.map((category) => (
                      <option key={category} value={category}>
                        {t(`screening.stageCategory.${category}`)}
                      </option>
                    ))}
                  </select>
                  {stageFailure?.fieldErrors.category ? (
                    <p className="field-error">{t(stageFailure.fieldErrors.category)}</p>
                  ) : null}
                </div>
                <div className="field">
                  <label htmlFor="stage-name">{t('screening.stages.name')}</label>
                  <input
                    id="stage-name"
                    name="name"
                    type="text"
                    maxLength={40}
                    required
                    defaultValue={stageFailure?.values.name}
                  />
                </div>
                <div className="field">
                  <label htmlFor="stage-name-en">{t('screening.stages.nameEn')}</label>
                  <input
                    id="stage-name-en"
                    name="nameEn"
                    type="text"
                    lang="en"
                    maxLength={40}
                    required
                    defaultValue={stageFailure?.values.nameEn}
                  />
                </div>
              </div>
              <button type="submit" name="intent" value="addStage" className="button button-secondary">
                {t('screening.stages.add')}
              </button>
            </Form>
            {stages.some((stage) => stage.removable) ? (
              <div className="card">
                <h3>{t('screening.stages.removeTitle')}</h3>
                <p className="muted small">{t('screening.stages.removeLead')}</p>
                <ul className="plain-list">
                  {stages
                    .filter((stage) => stage.removable)
                    .map((stage) => (
                      <li key={stage.id}>
                        <Form method="post" action={here} className="inline-form">
                          <CsrfInput />
                          <input type="hidden" name="stageId" value={stage.id} />
                          {stage.name}{' '}
                          <button type="submit" name="intent" value="removeStage" className="button-link">
                            {t('screening.stages.remove', { name: stage.name })}
                          </button>
                        </Form>
                      </li>
                    ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : (
          <ol>
            {stages.map((stage) => (
              <li key={stage.id}>
                {stage.name} <span className="muted small">({stage.nameEn})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

import { randomUUID } from 'node:crypto';
import { Form, Link, redirect, useActionData } from 'react-router';
import {
  getApplicationForm,
  type ApplicationFormQuestion,
} from '#src/domain/applications/get-application-form';
import { answerField } from '#src/domain/applications/screening-answers';
import { submitApplication } from '#src/domain/applications/submit-application';
import { MOTIVATION_MAX } from '#src/domain/applications/submit-application.schema';
import { toOpportunityCardData } from '#src/domain/opportunities/card-data';
import { formatDate } from '#src/i18n/format';
import type { ApplicationFormState } from '~/components/application-messages';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { OpportunityCard } from '~/components/opportunity-card';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { publicUrlOf } from './application-actions.server';
import type { Route } from './+types/opportunities.$slug.apply';
import '~/styles/applications.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, { titleKey: 'apply.form.title', title: loaderData ? loaderData.title : undefined });

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await loadOrThrow(() =>
    getApplicationForm({ db: context.runtime.db, actor, slug: params.slug }),
  );
  const { opportunity } = form;
  return {
    title: opportunity.title,
    slug: opportunity.slug,
    card: toOpportunityCardData({ ...opportunity, organisationName: form.organisationName }, context.locale),
    opensAt: opportunity.applicationsOpenAt?.toISOString() ?? null,
    questions: form.questions,
    canApply: form.canApply,
    refusal: form.refusal,
    existingApplicationId: form.existingApplicationId,
    profileVisibility: form.profileVisibility,
    // A fresh key per form: a double click or a retry of this form returns the one application it made.
    idempotencyKey: randomUUID(),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const answers: Record<string, string[]> = {};
  for (const key of new Set(form.keys())) {
    if (!key.startsWith('answers.')) continue;
    answers[key.slice('answers.'.length)] = form
      .getAll(key)
      .filter((value): value is string => typeof value === 'string');
  }
  try {
    const { application } = await submitApplication({
      db: context.runtime.db,
      mailer: context.runtime.mailer,
      actor,
      opportunityKey: params.slug,
      input: {
        motivation: String(form.get('motivation') ?? ''),
        answers,
        idempotencyKey: String(form.get('idempotencyKey') ?? '') || undefined,
      },
      publicUrl: publicUrlOf(context, request),
    });
    return redirect(`/account/applications/${application.id}?notice=submitted`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function Apply({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { card, questions } = loaderData;
  const alreadyAppliedId =
    loaderData.existingApplicationId ??
    (state?.formError === 'apply.alreadyApplied'
      ? String(state.formErrorParams?.applicationId ?? '') || null
      : null);
  const privacyKey =
    loaderData.profileVisibility === null
      ? 'apply.privacy.noProfile'
      : loaderData.profileVisibility === 'private'
        ? 'apply.privacy.private'
        : 'apply.privacy.full';
  return (
    <div className="container page">
      <p>
        <Link to={`/opportunities/${loaderData.slug}`}>{t('apply.page.backToOpportunity')}</Link>
      </p>
      <h1>{t('apply.page.title', { title: loaderData.title })}</h1>
      <div className="application-layout">
        <div>
          {alreadyAppliedId ? (
            <div className="alert alert-info" role="status">
              <p>{t('apply.alreadyApplied')}</p>
              <p>
                <Link to={`/account/applications/${alreadyAppliedId}`}>{t('apply.viewApplication')}</Link>
              </p>
            </div>
          ) : !loaderData.canApply ? (
            <div className="alert alert-info" role="status">
              {t('apply.talentOnly')}
            </div>
          ) : loaderData.refusal ? (
            <div className="alert alert-info" role="status">
              <p>{t(loaderData.refusal)}</p>
              {loaderData.refusal === 'apply.refused.notYetOpen' && loaderData.opensAt ? (
                <p>{t('apply.refused.notYetOpenFrom', { date: formatDate(locale, loaderData.opensAt) })}</p>
              ) : null}
            </div>
          ) : (
            <ApplicationForm questions={questions} idempotencyKey={loaderData.idempotencyKey} state={state} />
          )}
        </div>
        <aside aria-labelledby="privacy-title">
          <section className="card" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{t('apply.privacy.title')}</h2>
            <p>{t(privacyKey)}</p>
            <p>
              <Link to="/account/profile">{t('apply.privacy.editProfile')}</Link>
            </p>
          </section>
          <OpportunityCard opportunity={card} headingLevel={2} />
        </aside>
      </div>
    </div>
  );
}

function ApplicationForm({
  questions,
  idempotencyKey,
  state,
}: {
  questions: ApplicationFormQuestion[];
  idempotencyKey: string;
  state?: ApplicationFormState;
}) {
  const t = useT();
  return (
    <section aria-labelledby="form-title">
      <h2 id="form-title">{t('apply.form.title')}</h2>
      <FormErrorSummary state={state} />
      <Form method="post" className="form">
        <CsrfInput />
        <input type="hidden" name="idempotencyKey" value={state?.values?.idempotencyKey ?? idempotencyKey} />
        <Field
          name="motivation"
          label={t('apply.form.motivation')}
          hint={t('apply.form.motivationHint')}
          multiline
          rows={10}
          maxLength={MOTIVATION_MAX}
          required
          state={state}
        />
        {questions.length > 0 ? (
          <fieldset>
            <legend className="fieldset-legend">{t('apply.form.questions')}</legend>
            <div className="form">
              {questions.map((question) => (
                <QuestionField key={question.id} question={question} state={state} />
              ))}
            </div>
          </fieldset>
        ) : null}
        <p className="muted small">{t('apply.form.submitNote')}</p>
        <div>
          <button type="submit" className="button">
            {t('apply.form.submit')}
          </button>
        </div>
      </Form>
    </section>
  );
}

function QuestionField({
  question,
  state,
}: {
  question: ApplicationFormQuestion;
  state?: ApplicationFormState;
}) {
  const t = useT();
  const name = answerField(question.id);
  if (question.kind === 'short_text' || question.kind === 'long_text') {
    return (
      <Field
        name={name}
        label={question.label}
        multiline={question.kind === 'long_text'}
        rows={5}
        maxLength={question.kind === 'short_text' ? 200 : 4000}
        required={question.required}
        state={state}
      />
    );
  }
  const options =
    question.kind === 'yes_no'
      ? [
          { value: 'yes', label: t('apply.form.yes') },
          { value: 'no', label: t('apply.form.no') },
        ]
      : question.options.map((option) => ({ value: option, label: option }));
  const multiple = question.kind === 'multiple_choice';
  const error = state?.fieldErrors?.[name];
  const chosen = (state?.values?.[name] ?? '').split('\n');
  const id = `question-${question.id}`;
  const describedBy =
    [multiple ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={describedBy}>
      <legend className="fieldset-legend">
        {question.label}
        {question.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
      </legend>
      {multiple ? (
        <p className="field-hint" id={`${id}-hint`}>
          {t('apply.form.chooseAny')}
        </p>
      ) : null}
      <div className="slot-options">
        {options.map((option, index) => (
          <div className="choice-row" key={option.value}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={`${id}-${index}`}
              name={name}
              value={option.value}
              required={question.required && !multiple}
              defaultChecked={chosen.includes(option.value)}
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
    </fieldset>
  );
}

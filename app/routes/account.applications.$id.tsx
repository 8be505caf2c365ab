import { data, Form, Link, redirect, useActionData } from 'react-router';
import { getMyApplication } from '#src/domain/applications/get-my-application';
import { withdrawApplication } from '#src/domain/applications/withdraw-application';
import { formatDateTime } from '#src/i18n/format';
import { ApplicationMessages } from '~/components/application-messages';
import { ApplicationTimeline, NextStepText, StageBadge } from '~/components/application-timeline';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { InterviewPanel } from '~/components/interview-panel';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { publicUrlOf } from './application-actions.server';
import type { Route } from './+types/account.applications.$id';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, { titleKey: 'apply.mine.title', title: loaderData?.application.opportunity.title });

const notices = ['submitted', 'withdrawn'] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const application = await loadOrThrow(() =>
    getMyApplication({ db: context.runtime.db, actor, applicationId: params.id }),
  );
  const notice = new URL(request.url).searchParams.get('notice');
  return { application, notice: notices.find((known) => known === notice) ?? null };
}

/** Withdrawing needs the confirmation box ticked, so one stray click cannot end an application. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  if (form.get('confirm') !== 'yes') {
    return data(
      {
        ok: false,
        formError: 'apply.withdraw.confirmRequired',
        fieldErrors: { confirm: 'apply.withdraw.confirmRequired' },
        values: {},
      },
      { status: 422 },
    );
  }
  try {
    await withdrawApplication({
      db: context.runtime.db,
      mailer: context.runtime.mailer,
      actor,
      applicationId: params.id,
      publicUrl: publicUrlOf(context, request),
    });
  } catch (error) {
    return domainFailure(error, form);
  }
  return redirect(`/account/applications/${params.id}?notice=withdrawn`);
}

export default function MyApplication({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { application, notice } = loaderData;
  const organisationName =
    locale === 'en'
      ? (application.organisation.nameEn ?? application.organisation.name)
      : application.organisation.name;
  const currentIndex = application.path.findIndex((stage) => stage.category === application.stage.category);
  return (
    <div className="container page">
      <p>
        <Link to="/account/applications">{t('apply.detail.backToList')}</Link>
      </p>
      <header className="application-header">
        <h1>{application.opportunity.title}</h1>
        <p className="muted">
          {t('apply.detail.organisation', { name: organisationName })} ·{' '}
          <Link to={`/opportunities/${application.opportunity.slug}`}>
            {t('apply.detail.viewOpportunity')}
          </Link>
        </p>
      </header>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`apply.notice.${notice}`)}
        </div>
      ) : null}
      <div className="application-layout">
        <div>
          <section className="card" aria-labelledby="status-title">
            <h2 id="status-title">{t('apply.detail.status')}</h2>
            <dl className="facts">
              <dt>{t('apply.detail.currentStage')}</dt>
              <dd>
                <StageBadge stage={application.stage} />
              </dd>
              <dt>{t('apply.detail.nextStep')}</dt>
              <dd className="next-step">
                <NextStepText step={application.nextStep} />
              </dd>
              <dt>{t('apply.detail.submittedAt')}</dt>
              <dd>
                <time dateTime={application.submittedAt}>
                  {formatDateTime(locale, application.submittedAt)}
                </time>
              </dd>
            </dl>
            {currentIndex >= 0 ? (
              <>
                <h3 className="small">{t('apply.detail.progress')}</h3>
                <ol className="stage-path">
                  {application.path.map((stage, index) => (
                    <li key={stage.category} aria-current={index === currentIndex ? 'step' : undefined}>
                      {locale === 'en' ? stage.nameEn : stage.name}
                      {index === currentIndex ? (
                        <span className="visually-hidden">{t('apply.detail.progressCurrent')}</span>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </section>
          <InterviewPanel
            applicationId={application.id}
            interviews={application.interviews}
            viewer="applicant"
            canPropose={false}
          />
          <ApplicationMessages
            applicationId={application.id}
            messages={application.messages}
            viewer="applicant"
          />
        </div>
        <div>
          <ApplicationTimeline events={application.events} viewer="applicant" />
          <section aria-labelledby="submitted-title">
            <h2 id="submitted-title">{t('apply.detail.submitted')}</h2>
            <h3>{t('apply.detail.motivation')}</h3>
            <p className="message-body">{application.motivation}</p>
            {application.answers.map((answer) => (
              <div key={answer.questionId}>
                <h3>{answer.label}</h3>
                <p className="message-body">
                  {answer.kind === 'yes_no'
                    ? t(answer.value === 'yes' ? 'apply.detail.yes' : 'apply.detail.no')
                    : Array.isArray(answer.value)
                      ? answer.value.join('、')
                      : answer.value || t('apply.detail.noAnswer')}
                </p>
              </div>
            ))}
          </section>
          {application.canWithdraw ? (
            <section className="card" aria-labelledby="withdraw-title">
              <h2 id="withdraw-title">{t('apply.withdraw.title')}</h2>
              <p>{t('apply.withdraw.lead')}</p>
              <FormErrorSummary state={state} />
              <Form method="post" className="form">
                <CsrfInput />
                <div className={`choice-row${state?.fieldErrors?.confirm ? ' field-invalid' : ''}`}>
                  <input
                    type="checkbox"
                    id="withdraw-confirm"
                    name="confirm"
                    value="yes"
                    required
                    aria-describedby={state?.fieldErrors?.confirm ? 'withdraw-confirm-error' : undefined}
                  />
                  <label htmlFor="withdraw-confirm">{t('apply.withdraw.confirm')}</label>
                </div>
                {state?.fieldErrors?.confirm ? (
                  <p className="field-error" id="withdraw-confirm-error">
                    {t(state.fieldErrors.confirm)}
                  </p>
                ) : null}
                <div>
                  <button type="submit" className="button button-danger">
                    {t('apply.withdraw.submit')}
                  </button>
                </div>
              </Form>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}

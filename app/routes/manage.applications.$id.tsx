import { Fragment, useEffect, useRef } from 'react';
import { data, Form, Link, useActionData, useLocation } from 'react-router';
import { assignReviewer } from '#src/domain/applications/assign-reviewer';
import { findPipelineNeighbours } from '#src/domain/applications/find-pipeline-neighbours';
import { describeFitReason, describeRegionTie } from '#src/domain/applications/fit-score';
import { getApplicationForStaff } from '#src/domain/applications/get-application-for-staff';
import { listApplicationMessages } from '#src/domain/applications/list-application-messages';
import { listApplicationTimeline } from '#src/domain/applications/list-application-timeline';
import { listReviewerCandidates } from '#src/domain/applications/list-reviewer-candidates';
import { moveApplications } from '#src/domain/applications/move-applications';
import { parsePipelineQuery } from '#src/domain/applications/pipeline-filters';
import { pipelineQueryString } from '#src/domain/applications/pipeline-query';
import { listApplicationInterviews } from '#src/domain/interviews/list-application-interviews';
import { listScorecards } from '#src/domain/screening/list-scorecards';
import { SCORE_VALUES } from '#src/domain/screening/schema';
import { submitScorecard } from '#src/domain/screening/submit-scorecard';
import { talentPlaceNames } from '#src/domain/talent/place-names';
import { formatDateTime } from '#src/i18n/format';
import { AppError } from '#src/lib/errors';
import { ApplicationMessages } from '~/components/application-messages';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { InterviewPanel } from '~/components/interview-panel';
import { TalentProfileView } from '~/components/talent-profile-view';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm, type FormFailure } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { publicUrlOf, reviewerOptions } from './pipeline.server';
import type { Route } from './+types/manage.applications.$id';
import '~/styles/pipeline.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'pipeline.detail.title',
    ...(loaderData ? { title: `${loaderData.applicant.label} — ${loaderData.opportunity.title}` } : {}),
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const db = context.runtime.db;
  const locale = context.locale;
  const query = parsePipelineQuery(new URL(request.url).searchParams);
  const detail = await loadOrThrow(() =>
    getApplicationForStaff({ db, actor, applicationId: params.id, locale }),
  );
  const { opportunity, application, applicant } = detail;
  const [scorecards, timeline, neighbours, candidates, thread, interviews] = await Promise.all([
    listScorecards({ db, actor, applicationId: application.id }),
    listApplicationTimeline({ db, actor, applicationId: application.id }),
    findPipelineNeighbours({
      db,
      actor,
      opportunityId: opportunity.id,
      applicationId: application.id,
      query,
    }),
    listReviewerCandidates({ db, opportunity }),
    listApplicationMessages({ db, actor, applicationId: application.id }),
    listApplicationInterviews({ db, actor, applicationId: application.id }),
  ]);
  const stageName = (stage: { name: string; nameEn: string } | null) =>
    stage ? (locale === 'ja' ? stage.name : stage.nameEn) : null;
  return {
    queryString: pipelineQueryString({ ...query, page: 1 }),
    opportunity: {
      id: opportunity.id,
      title: opportunity.title,
      blind: opportunity.blindScreening,
      accessAs: opportunity.accessAs,
    },
    applicant: {
      label: applicant.label,
      identityHidden: applicant.identityHidden,
      profile: applicant.profile,
      placeNames: applicant.profile ? talentPlaceNames(applicant.profile, locale) : {},
    },
    application: {
      id: application.id,
      stageId: application.stage.id,
      stageCategory: application.stage.category,
      stageName: stageName(application.stage)!,
      submittedAt: application.submittedAt,
      withdrawnAt: application.withdrawnAt,
      motivation: application.motivation,
      answers: application.answers.map((answer) => ({
        ...answer,
        value:
          answer.kind === 'yes_no' && typeof answer.value === 'string'
            ? answer.value === 'yes' || answer.value === 'no'
              ? `pipeline.answer.${answer.value}`
              : answer.value
            : answer.value,
      })),
      fitScore: application.fitScore,
      fitReasons: (application.fitExplanation?.reasons ?? []).map((reason) =>
        describeFitReason(locale, reason),
      ),
      regionTie: describeRegionTie(locale, application.fitExplanation?.regionTie ?? null),
      reviewerId: application.reviewer?.id ?? null,
      reviewerName: application.reviewer?.name ?? null,
    },
    stages: detail.stages.map((stage) => ({
      id: stage.id,
      category: stage.category,
      name: stageName(stage)!,
    })),
    reviewers: reviewerOptions(candidates),
    scorecards: {
      criteria: scorecards.criteria.map((criterion) => ({
        id: criterion.id,
        label: criterion.label,
        anchors: criterion.anchors,
      })),
      mine: scorecards.mine,
      others: scorecards.others,
      othersSubmitted: scorecards.othersSubmitted,
      aggregate: scorecards.aggregate,
    },
    timeline: timeline.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      createdAt: event.createdAt,
      by: event.by,
      actorName: event.actorName,
      fromStage: stageName(event.fromStage),
      toStage: stageName(event.toStage),
      message: event.message,
    })),
    neighbours,
    messages: thread.messages,
    interviews: interviews.interviews,
    canProposeInterview: interviews.canPropose,
  };
}

type ActionResult =
  | { ok: true; notice: 'moved' | 'assigned' | 'scorecardSaved' | 'scorecardSubmitted' }
  | (FormFailure & { intent: string });

function scorecardInput(form: FormData) {
  const scores: Record<string, number> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('score.') && typeof value === 'string' && value !== '')
      scores[key.slice('score.'.length)] = Number(value);
  }
  return {
    scores,
    comment: String(form.get('comment') ?? ''),
    submit: form.get('intent') === 'submitScorecard',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const db = context.runtime.db;
  const intent = String(form.get('intent') ?? '');
  try {
    const detail = await getApplicationForStaff({
      db,
      actor,
      applicationId: params.id,
      locale: context.locale,
    });
    const opportunityId = detail.opportunity.id;
    switch (intent) {
      case 'move':
        await moveApplications({
          db,
          mailer: context.runtime.mailer,
          actor,
          opportunityId,
          applicationIds: [params.id],
          toStageId: String(form.get('toStageId') ?? ''),
          message: String(form.get('message') ?? ''),
          publicUrl: publicUrlOf(context, request),
        });
        return data<ActionResult>({ ok: true, notice: 'moved' });
      case 'assign': {
        const reviewer = String(form.get('reviewerId') ?? '');
        await assignReviewer({
          db,
          mailer: context.runtime.mailer,
          actor,
          opportunityId,
          applicationIds: [params.id],
          reviewerId: reviewer === 'none' ? null : reviewer,
          publicUrl: publicUrlOf(context, request),
        });
        return data<ActionResult>({ ok: true, notice: 'assigned' });
      }
      case 'saveScorecard':
      case 'submitScorecard': {
        const input = scorecardInput(form);
        await submitScorecard({ db, actor, applicationId: params.id, input });
        return data<ActionResult>({
          ok: true,
          notice: input.submit ? 'scorecardSubmitted' : 'scorecardSaved',
        });
      }
      default:
        throw new AppError('INVALID_INPUT');
    }
  } catch (error) {
    const failure = domainFailure(error, form);
    return data<ActionResult>({ ...failure.data, intent }, failure.init ?? undefined);
  }
}

type LoaderData = Route.ComponentProps['loaderData'];

function NeighbourNav({ loaderData }: { loaderData: LoaderData }) {
  const t = useT();
  const { neighbours, queryString, opportunity } = loaderData;
  const suffix = queryString ? `?${queryString}` : '';
  return (
    <nav aria-label={t('pipeline.detail.neighbours')} className="neighbour-nav">
      <Link to={`/manage/opportunities/${opportunity.id}/pipeline${suffix}`}>
        {t('pipeline.detail.backToList')}
      </Link>
      {neighbours.position !== null ? (
        <span className="muted">
          {t('pipeline.detail.position', { position: neighbours.position, total: neighbours.total })}
        </span>
      ) : null}
      {neighbours.previousId ? (
        <Link to={`/manage/applications/${neighbours.previousId}${suffix}`} rel="prev">
          {t('pipeline.detail.previous')}
        </Link>
      ) : null}
      {neighbours.nextId ? (
        <Link
          to={`/manage/applications/${neighbours.nextId}${suffix}`}
          rel="next"
          className="button button-small"
        >
          {t('pipeline.detail.next')}
        </Link>
      ) : null}
    </nav>
  );
}

function ScorecardSection({
  loaderData,
  failure,
}: {
  loaderData: LoaderData;
  failure?: FormFailure & { intent: string };
}) {
  const t = useT();
  const location = useLocation();
  const { criteria, mine, others, othersSubmitted, aggregate } = loaderData.scorecards;
  const scoreFailure =
    failure && (failure.intent === 'saveScorecard' || failure.intent === 'submitScorecard')
      ? failure
      : undefined;
  if (criteria.length === 0) {
    return (
      <section className="card" aria-labelledby="scorecard-title">
        <h2 id="scorecard-title">{t('screening.scorecard.title')}</h2>
        <p>{t('screening.scorecard.noCriteria')}</p>
        <Link to={`/manage/opportunities/${loaderData.opportunity.id}/scorecard`}>
          {t('screening.scorecard.setUp')}
        </Link>
      </section>
    );
  }
  const submitted = mine?.submittedAt != null;
  return (
    <section className="card" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">{t('screening.scorecard.title')}</h2>
      {submitted ? (
        <>
          <h3>{t('screening.scorecard.yours')}</h3>
          <ScoreList scores={mine!.scores} comment={mine!.comment} criteria={criteria} />
        </>
      ) : (
        <Form
          method="post"
          action={location.pathname + location.search}
          className="form setup-form scorecard-form"
        >
          <CsrfInput />
          <FormErrorSummary state={scoreFailure} />
          <p className="field-hint">{t('screening.scorecard.independentHint')}</p>
          {criteria.map((criterion) => {
            const error = scoreFailure?.fieldErrors[`scores.${criterion.id}`];
            const current =
              scoreFailure?.values[`score.${criterion.id}`] ??
              (mine?.scores[criterion.id] ? String(mine.scores[criterion.id]) : '');
            return (
              <fieldset
                key={criterion.id}
                className={`score-fieldset${error ? ' field-invalid' : ''}`}
                aria-describedby={error ? `score-error-${criterion.id}` : undefined}
              >
                <legend className="fieldset-legend">{criterion.label}</legend>
                <div className="score-options">
                  {SCORE_VALUES.map((value) => (
                    <div key={value} className="score-option">
                      <input
                        type="radio"
                        id={`score-${criterion.id}-${value}`}
                        name={`score.${criterion.id}`}
                        value={value}
                        defaultChecked={current === String(value)}
                      />
                      <label htmlFor={`score-${criterion.id}-${value}`}>
                        {value}
                        {criterion.anchors[String(value)] ? (
                          <span className="anchor-text">{criterion.anchors[String(value)]}</span>
                        ) : null}
                      </label>
                    </div>
                  ))}
                </div>
                {error ? (
                  <p className="field-error" id={`score-error-${criterion.id}`}>
                    {t(error)}
                  </p>
                ) : null}
              </fieldset>
            );
          })}
          <div className="field">
            <label htmlFor="scorecard-comment">{t('screening.scorecard.comment')}</label>
            <textarea
              id="scorecard-comment"
              name="comment"
              rows={4}
              maxLength={4000}
              defaultValue={scoreFailure?.values.comment ?? mine?.comment ?? ''}
            />
          </div>
          <div className="row">
            <button type="submit" name="intent" value="submitScorecard" className="button">
              {t('screening.scorecard.submit')}
            </button>
            <button type="submit" name="intent" value="saveScorecard" className="button button-secondary">
              {t('screening.scorecard.saveDraft')}
            </button>
          </div>
          {mine && !submitted ? <p className="muted small">{t('screening.scorecard.draftSaved')}</p> : null}
        </Form>
      )}
      <h3>{t('screening.scorecard.others')}</h3>
      {others === null ? (
        <p className="muted">
          {othersSubmitted > 0
            ? t('screening.scorecard.othersHidden', { count: othersSubmitted })
            : t('screening.scorecard.noOthers')}
        </p>
      ) : others.length === 0 ? (
        <p className="muted">{t('screening.scorecard.noOthers')}</p>
      ) : (
        <ul className="plain-list">
          {others.map((card) => (
            <li key={card.reviewerId} className="other-scorecard">
              <p>
                <strong>{card.reviewerName}</strong>{' '}
                {card.mean !== null ? (
                  <span className="muted">
                    {t('screening.scorecard.mean', { mean: card.mean.toFixed(2) })}
                  </span>
                ) : null}
              </p>
              <ScoreList scores={card.scores} comment={card.comment} criteria={criteria} />
            </li>
          ))}
        </ul>
      )}
      {aggregate && aggregate.mean !== null ? (
        <p className="aggregate">
          {t('screening.scorecard.aggregate', {
            mean: aggregate.mean.toFixed(2),
            count: aggregate.reviewers,
          })}
        </p>
      ) : null}
    </section>
  );
}

function ScoreList({
  scores,
  comment,
  criteria,
}: {
  scores: Record<string, number>;
  comment: string;
  criteria: Array<{ id: string; label: string }>;
}) {
  return (
    <>
      <dl className="facts">
        {criteria.map((criterion) => (
          <Fragment key={criterion.id}>
            <dt>{criterion.label}</dt>
            <dd>{scores[criterion.id] ?? '—'}</dd>
          </Fragment>
        ))}
      </dl>
      {comment ? <p className="scorecard-comment pre-wrap">{comment}</p> : null}
    </>
  );
}

function Timeline({ loaderData }: { loaderData: LoaderData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('pipeline.detail.timeline')}</h2>
      <ol className="staff-timeline plain-list">
        {loaderData.timeline.map((event) => (
          <li key={event.id}>
            <time dateTime={event.createdAt} className="muted small">
              {formatDateTime(locale, event.createdAt)}
            </time>{' '}
            <span>
              {t(`pipeline.event.${event.kind}`, {
                from: event.fromStage ?? '—',
                to: event.toStage ?? '—',
              })}
            </span>{' '}
            <span className="muted small">
              {event.by === 'applicant'
                ? t('pipeline.event.byApplicant')
                : event.by === 'system'
                  ? t('pipeline.event.bySystem')
                  : (event.actorName ?? '')}
            </span>
            {event.message ? <p className="staff-timeline-message">{event.message}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function ManageApplication({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result?.ok) noticeRef.current?.focus();
  }, [result]);
  const { application, applicant, opportunity } = loaderData;
  const failure = result && !result.ok ? result : undefined;
  const here = location.pathname + location.search;
  return (
    <div className="container page application-detail">
      <p className="muted breadcrumb">{opportunity.title}</p>
      <h1>{applicant.label}</h1>
      <NeighbourNav loaderData={loaderData} />
      {result?.ok ? (
        <div className="alert alert-success" role="status" tabIndex={-1} ref={noticeRef}>
          {t(`pipeline.detail.notice.${result.notice}`)}
        </div>
      ) : null}
      {failure && failure.intent !== 'saveScorecard' && failure.intent !== 'submitScorecard' ? (
        <FormErrorSummary state={failure} />
      ) : null}
      {applicant.identityHidden ? (
        <p className="alert alert-info">{t('pipeline.detail.blindNotice')}</p>
      ) : null}
      <div className="detail-layout">
        <div className="detail-main">
          <section aria-labelledby="application-title">
            <h2 id="application-title">{t('pipeline.detail.application')}</h2>
            <dl className="facts">
              <dt>{t('pipeline.table.stage')}</dt>
              <dd>
                <span className={`pipeline-stage stage-${application.stageCategory}`}>
                  {application.stageName}
                </span>
              </dd>
              <dt>{t('pipeline.table.submitted')}</dt>
              <dd>
                <time dateTime={application.submittedAt}>
                  {formatDateTime(locale, application.submittedAt)}
                </time>
              </dd>
              <dt>{t('pipeline.table.reviewer')}</dt>
              <dd>{application.reviewerName ?? t('pipeline.detail.noReviewer')}</dd>
            </dl>
            <h3>{t('pipeline.detail.motivation')}</h3>
            <p className="pre-wrap">{application.motivation || t('pipeline.detail.noMotivation')}</p>
            {application.answers.length > 0 ? (
              <>
                <h3>{t('pipeline.detail.answers')}</h3>
                <dl className="answers">
                  {application.answers.map((answer) => (
                    <div key={answer.questionId}>
                      <dt>{answer.label ?? t('pipeline.detail.removedQuestion')}</dt>
                      <dd className="pre-wrap">
                        {answer.value === null
                          ? t('pipeline.detail.noAnswer')
                          : Array.isArray(answer.value)
                            ? answer.value.join('、')
                            : answer.value.startsWith('pipeline.answer.')
                              ? t(answer.value)
                              : answer.value}
                      </dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
          </section>
          <section aria-labelledby="profile-title">
            <h2 id="profile-title">{t('pipeline.detail.profile')}</h2>
            {applicant.profile ? (
              <TalentProfileView
                profile={applicant.profile}
                placeNames={applicant.placeNames}
                headingLevel={3}
                documentHref={
                  applicant.profile.documents
                    ? (documentId) => `/talent/${applicant.profile!.id}/documents/${documentId}`
                    : undefined
                }
              />
            ) : (
              <p className="muted">{t('pipeline.detail.profileUnavailable')}</p>
            )}
          </section>
          <InterviewPanel
            applicationId={application.id}
            interviews={loaderData.interviews}
            viewer="host"
            canPropose={loaderData.canProposeInterview}
          />
          <ApplicationMessages applicationId={application.id} messages={loaderData.messages} viewer="host" />
          <Timeline loaderData={loaderData} />
        </div>
        <aside className="detail-aside" aria-label={t('pipeline.detail.actions')}>
          <section className="card" aria-labelledby="fit-title">
            <h2 id="fit-title">{t('pipeline.detail.fit')}</h2>
            {application.fitScore !== null ? (
              <p className="fit-big">
                <span className="fit-score">{application.fitScore}</span> / 100
              </p>
            ) : null}
            <ul className="fit-reasons">
              {application.fitReasons.length > 0 ? (
                application.fitReasons.map((reason) => <li key={reason}>{reason}</li>)
              ) : (
                <li>{t('pipeline.fit.none')}</li>
              )}
            </ul>
          </section>
          <section className="card" aria-labelledby="stage-title">
            <h2 id="stage-title">{t('pipeline.detail.changeStage')}</h2>
            <Form method="post" action={here} className="form setup-form">
              <CsrfInput />
              <div className="field">
                <label htmlFor="detail-stage">{t('pipeline.detail.newStage')}</label>
                <select id="detail-stage" name="toStageId" defaultValue={application.stageId}>
                  {loaderData.stages.map((stage) => (
                    <option key={stage.id} value={stage.id}>
                      {stage.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="detail-message">{t('pipeline.detail.stageMessage')}</label>
                <p className="field-hint" id="detail-message-hint">
                  {t('pipeline.detail.stageMessageHint')}
                </p>
                <textarea
                  id="detail-message"
                  name="message"
                  rows={3}
                  maxLength={4000}
                  aria-describedby="detail-message-hint"
                />
              </div>
              <button type="submit" name="intent" value="move" className="button">
                {t('pipeline.detail.moveStage')}
              </button>
            </Form>
          </section>
          <section className="card" aria-labelledby="reviewer-title">
            <h2 id="reviewer-title">{t('pipeline.detail.reviewer')}</h2>
            <Form method="post" action={here} className="form setup-form">
              <CsrfInput />
              <div className="field">
                <label htmlFor="detail-reviewer">{t('pipeline.bulk.reviewer')}</label>
                <select
                  id="detail-reviewer"
                  name="reviewerId"
                  defaultValue={application.reviewerId ?? 'none'}
                >
                  <option value="none">{t('pipeline.detail.noReviewer')}</option>
                  {loaderData.reviewers.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" name="intent" value="assign" className="button button-secondary">
                {t('pipeline.bulk.assign')}
              </button>
            </Form>
          </section>
          <ScorecardSection loaderData={loaderData} failure={failure} />
        </aside>
      </div>
    </div>
  );
}

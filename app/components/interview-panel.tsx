import type { ReactNode } from 'react';
import { Form, Link, useLocation, useSearchParams } from 'react-router';
import type { InterviewView } from '#src/domain/interviews/list-application-interviews';
import { MAX_SLOTS } from '#src/domain/interviews/schema';
import { toTokyoDateTimeLocal } from '#src/domain/interviews/tokyo-time';
import { formatDate, formatDateTime } from '#src/i18n/format';
import type { ApplicationFormState } from '~/components/application-messages';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { useLocale, useT } from '~/lib/i18n';
import { returnPath } from '~/lib/return-path';
import '~/styles/applications.css';

const NOTICES: Record<string, string> = {
  interviewProposed: 'interviews.notice.proposed',
  interviewChosen: 'interviews.notice.chosen',
  interviewRescheduled: 'interviews.notice.rescheduled',
  interviewCancelled: 'interviews.notice.cancelled',
};

/**
 * An application's interviews and what each side can do with them: the applicant picks a proposed
 * time and downloads the invite; staff propose times, move them, or cancel (either side can cancel).
 * Forms post to /interviews/:id and /applications/:id/interviews and come back here afterwards.
 * `canPropose` comes from listApplicationInterviews.
 */
export function InterviewPanel({
  applicationId,
  interviews,
  viewer,
  canPropose,
  state,
  headingLevel = 2,
}: {
  applicationId: string;
  interviews: InterviewView[];
  viewer: 'applicant' | 'host';
  canPropose: boolean;
  state?: ApplicationFormState;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const notice = NOTICES[searchParams.get('notice') ?? ''];
  const Heading = `h${headingLevel}` as const;
  return (
    <section id="interviews" aria-labelledby="interviews-title">
      <Heading id="interviews-title">{t('interviews.title')}</Heading>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(notice)}
        </div>
      ) : null}
      {/* One summary for whichever form failed (it may no longer be shown, e.g. a time chosen meanwhile). */}
      <FormErrorSummary state={state} />
      {interviews.length === 0 ? (
        <p className="muted">
          {t(viewer === 'applicant' ? 'interviews.emptyApplicant' : 'interviews.emptyHost')}
        </p>
      ) : (
        <ul className="interview-list">
          {interviews.map((interview) => (
            <li key={interview.id}>
              <InterviewCard
                interview={interview}
                viewer={viewer}
                headingLevel={headingLevel + 1}
                state={state?.interviewId === interview.id ? state : undefined}
              />
            </li>
          ))}
        </ul>
      )}
      {viewer === 'host' && canPropose ? (
        <ProposeInterviewForm
          applicationId={applicationId}
          headingLevel={headingLevel + 1}
          state={state?.intent === 'propose' ? state : undefined}
        />
      ) : null}
      {viewer === 'host' &&
      !canPropose &&
      interviews.some((interview) => interview.status === 'proposed' || interview.status === 'scheduled') ? (
        <p className="muted">{t('interviews.propose.openInterviewExists')}</p>
      ) : null}
    </section>
  );
}

/** A page of its own for the interview panel (one application's interviews, or one interview). */
export function InterviewPanelPage({
  backTo,
  title,
  ...panel
}: { backTo: string; title: string } & Omit<Parameters<typeof InterviewPanel>[0], 'headingLevel'>) {
  const t = useT();
  return (
    <div className="container page">
      <p>
        <Link to={backTo}>{t('interviews.backToApplication')}</Link>
      </p>
      <h1>{t('interviews.pageTitle', { title })}</h1>
      <InterviewPanel {...panel} />
    </div>
  );
}

function InterviewCard({
  interview,
  viewer,
  headingLevel,
  state,
}: {
  interview: InterviewView;
  viewer: 'applicant' | 'host';
  headingLevel: number;
  state?: ApplicationFormState;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = `h${Math.min(headingLevel, 4)}` as 'h3' | 'h4';
  const open = interview.status === 'proposed' || interview.status === 'scheduled';
  const when = (iso: string) =>
    t('interviews.timeRange', { start: formatDateTime(locale, iso), minutes: interview.durationMinutes });
  return (
    <article className="card interview-card" aria-labelledby={`interview-${interview.id}-title`}>
      <Heading id={`interview-${interview.id}-title`}>
        {t('interviews.heading', { date: formatDate(locale, interview.createdAt) })}
        <span
          className="stage-badge"
          data-category={interview.status === 'cancelled' ? 'withdrawn' : 'interview'}
        >
          {t(`interviews.status.${interview.status}`)}
        </span>
      </Heading>
      <dl className="facts">
        {interview.scheduledStart ? (
          <>
            <dt>{t(interview.status === 'cancelled' ? 'interviews.cancelledTime' : 'interviews.when')}</dt>
            <dd>{when(interview.scheduledStart)}</dd>
          </>
        ) : null}
        {interview.status === 'proposed' && viewer === 'host' ? (
          <>
            <dt>{t('interviews.slots')}</dt>
            <dd>
              <ul className="plain-list">
                {interview.proposedSlots.map((slot) => (
                  <li key={slot}>{when(slot)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t('interviews.duration')}</dt>
        <dd>{t('interviews.durationValue', { minutes: interview.durationMinutes })}</dd>
        {interview.meetingUrl ? (
          <>
            <dt>{t('interviews.meetingUrl')}</dt>
            <dd>
              <a href={interview.meetingUrl} rel="noopener noreferrer" target="_blank">
                {interview.meetingUrl}
              </a>
            </dd>
          </>
        ) : null}
        {interview.place ? (
          <>
            <dt>{t('interviews.place')}</dt>
            <dd>{interview.place}</dd>
          </>
        ) : null}
        {interview.note ? (
          <>
            <dt>{t('interviews.note')}</dt>
            <dd className="message-body">{interview.note}</dd>
          </>
        ) : null}
      </dl>
      {interview.status === 'proposed' && viewer === 'host' ? (
        <p className="muted">{t('interviews.waitingForApplicant')}</p>
      ) : null}
      {interview.status === 'proposed' && viewer === 'applicant' ? (
        <ChooseSlotForm interview={interview} state={state?.intent === 'choose' ? state : undefined} />
      ) : null}
      {interview.hasInvite ? (
        <p>
          <a
            href={`/interviews/${interview.id}/ics`}
            download
            className="button button-secondary button-small"
          >
            {t(interview.status === 'cancelled' ? 'interviews.downloadCancelIcs' : 'interviews.downloadIcs')}
          </a>
        </p>
      ) : null}
      {open && viewer === 'host' ? (
        <RescheduleForm interview={interview} state={state?.intent === 'reschedule' ? state : undefined} />
      ) : null}
      {open ? (
        <CancelForm interview={interview} state={state?.intent === 'cancel' ? state : undefined} />
      ) : null}
    </article>
  );
}

function InterviewForm({
  action,
  intent,
  children,
}: {
  action: string;
  intent: string;
  children: ReactNode;
}) {
  const location = useLocation();
  return (
    <Form method="post" action={action} className="form">
      <CsrfInput />
      <input type="hidden" name="redirectTo" value={returnPath(location)} />
      <input type="hidden" name="intent" value={intent} />
      {children}
    </Form>
  );
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {t(error)}
    </p>
  );
}

/** A labelled input with its hint and error, ids scoped by `prefix` so several forms fit on a page. */
function Input(props: {
  prefix: string;
  name: string;
  label: string;
  type?: string;
  hint?: string;
  state?: ApplicationFormState;
  defaultValue?: string | number;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
}) {
  const t = useT();
  const id = `${props.prefix}-${props.name}`;
  const error = props.state?.fieldErrors?.[props.name];
  const describedBy =
    [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    maxLength: props.maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    defaultValue: props.state?.values?.[props.name] ?? props.defaultValue,
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
      </label>
      {props.hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={props.type ?? 'text'} min={props.min} max={props.max} />
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function SlotInputs({
  prefix,
  legend,
  state,
  firstRequired,
}: {
  prefix: string;
  legend: string;
  state?: ApplicationFormState;
  firstRequired: boolean;
}) {
  const t = useT();
  const error = state?.fieldErrors?.slots;
  return (
    <fieldset aria-describedby={error ? `${prefix}-slots-error` : undefined}>
      <legend className="fieldset-legend">{legend}</legend>
      <div className="slot-inputs">
        {Array.from({ length: MAX_SLOTS }, (_, index) => {
          const name = `slot${index + 1}`;
          return (
            <div className="field" key={name}>
              <label htmlFor={`${prefix}-${name}`}>
                {t('interviews.propose.slot', { n: index + 1 })}
                {firstRequired && index === 0 ? (
                  <span className="required-mark"> ({t('common.required')})</span>
                ) : null}
              </label>
              <input
                id={`${prefix}-${name}`}
                name={name}
                type="datetime-local"
                required={firstRequired && index === 0}
                aria-invalid={error ? true : undefined}
                defaultValue={state?.values?.[name]}
              />
            </div>
          );
        })}
      </div>
      <FieldError id={`${prefix}-slots-error`} error={error} />
    </fieldset>
  );
}

function ChooseSlotForm({ interview, state }: { interview: InterviewView; state?: ApplicationFormState }) {
  const t = useT();
  const locale = useLocale();
  const prefix = `choose-${interview.id}`;
  const error = state?.fieldErrors?.slot;
  return (
    <InterviewForm action={`/interviews/${interview.id}`} intent="choose">
      <fieldset aria-describedby={error ? `${prefix}-error` : undefined}>
        <legend className="fieldset-legend">{t('interviews.choose.legend')}</legend>
        <div className="slot-options">
          {interview.proposedSlots.map((slot, index) => (
            <div className="choice-row" key={slot}>
              <input
                type="radio"
                id={`${prefix}-${index}`}
                name="slot"
                value={slot}
                required
                defaultChecked={state?.values?.slot === slot}
              />
              <label htmlFor={`${prefix}-${index}`}>
                {t('interviews.timeRange', {
                  start: formatDateTime(locale, slot),
                  minutes: interview.durationMinutes,
                })}
              </label>
            </div>
          ))}
        </div>
        <FieldError id={`${prefix}-error`} error={error} />
      </fieldset>
      <div>
        <button type="submit" className="button">
          {t('interviews.choose.submit')}
        </button>
      </div>
    </InterviewForm>
  );
}

function CancelForm({ interview, state }: { interview: InterviewView; state?: ApplicationFormState }) {
  const t = useT();
  return (
    <details open={Boolean(state)}>
      <summary>{t('interviews.cancel.open')}</summary>
      <InterviewForm action={`/interviews/${interview.id}`} intent="cancel">
        <Input
          prefix={`cancel-${interview.id}`}
          name="reason"
          label={t('interviews.cancel.reason')}
          hint={t('interviews.cancel.reasonHint')}
          multiline
          maxLength={500}
          state={state}
        />
        <div>
          <button type="submit" className="button button-danger">
            {t('interviews.cancel.submit')}
          </button>
        </div>
      </InterviewForm>
    </details>
  );
}

function LocationInputs({
  prefix,
  state,
  interview,
}: {
  prefix: string;
  state?: ApplicationFormState;
  interview?: InterviewView;
}) {
  const t = useT();
  return (
    <>
      <Input
        prefix={prefix}
        name="durationMinutes"
        label={t('interviews.propose.duration')}
        type="number"
        min={15}
        max={480}
        required
        defaultValue={interview?.durationMinutes ?? 60}
        state={state}
      />
      <Input
        prefix={prefix}
        name="meetingUrl"
        label={t('interviews.propose.meetingUrl')}
        hint={t('interviews.propose.meetingUrlHint')}
        type="url"
        maxLength={500}
        defaultValue={interview?.meetingUrl ?? undefined}
        state={state}
      />
      <Input
        prefix={prefix}
        name="place"
        label={t('interviews.propose.place')}
        hint={t('interviews.propose.placeHint')}
        maxLength={200}
        defaultValue={interview?.place ?? undefined}
        state={state}
      />
      <Input
        prefix={prefix}
        name="note"
        label={t('interviews.propose.note')}
        multiline
        maxLength={1000}
        defaultValue={interview?.note}
        state={state}
      />
    </>
  );
}

function RescheduleForm({ interview, state }: { interview: InterviewView; state?: ApplicationFormState }) {
  const t = useT();
  const prefix = `reschedule-${interview.id}`;
  const mode = state?.values?.mode ?? 'fix';
  const modeError = state?.fieldErrors?.mode;
  return (
    <details open={Boolean(state)}>
      <summary>{t('interviews.reschedule.open')}</summary>
      <InterviewForm action={`/interviews/${interview.id}`} intent="reschedule">
        <fieldset>
          <legend className="fieldset-legend">{t('interviews.reschedule.mode')}</legend>
          {(['fix', 'propose'] as const).map((value) => (
            <div className="choice-row" key={value}>
              <input
                type="radio"
                id={`${prefix}-mode-${value}`}
                name="mode"
                value={value}
                defaultChecked={mode === value}
                required
              />
              <label htmlFor={`${prefix}-mode-${value}`}>
                {t(value === 'fix' ? 'interviews.reschedule.modeFix' : 'interviews.reschedule.modePropose')}
              </label>
            </div>
          ))}
          <FieldError id={`${prefix}-mode-error`} error={modeError} />
        </fieldset>
        <Input
          prefix={prefix}
          name="startAt"
          label={t('interviews.reschedule.startAt')}
          type="datetime-local"
          defaultValue={interview.scheduledStart ? toTokyoDateTimeLocal(interview.scheduledStart) : undefined}
          state={state}
        />
        <SlotInputs
          prefix={prefix}
          legend={t('interviews.reschedule.slotsLegend')}
          state={state}
          firstRequired={false}
        />
        <LocationInputs prefix={prefix} state={state} interview={interview} />
        <div>
          <button type="submit" className="button">
            {t('interviews.reschedule.submit')}
          </button>
        </div>
      </InterviewForm>
    </details>
  );
}

function ProposeInterviewForm({
  applicationId,
  headingLevel,
  state,
}: {
  applicationId: string;
  headingLevel: number;
  state?: ApplicationFormState;
}) {
  const t = useT();
  const Heading = `h${Math.min(headingLevel, 4)}` as 'h3' | 'h4';
  const prefix = 'propose';
  return (
    <section className="card propose-interview" aria-labelledby="propose-interview-title">
      <Heading id="propose-interview-title">{t('interviews.propose.title')}</Heading>
      <p>{t('interviews.propose.lead')}</p>
      <p className="muted small">{t('interviews.propose.stageNote')}</p>
      <InterviewForm action={`/applications/${applicationId}/interviews`} intent="propose">
        <SlotInputs
          prefix={prefix}
          legend={t('interviews.propose.slotsLegend')}
          state={state}
          firstRequired
        />
        <LocationInputs prefix={prefix} state={state} />
        <div>
          <button type="submit" className="button">
            {t('interviews.propose.submit')}
          </button>
        </div>
      </InterviewForm>
    </section>
  );
}

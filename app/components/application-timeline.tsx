import type { TimelineEvent } from '#src/domain/applications/list-application-timeline';
import type { NextStep } from '#src/domain/applications/next-step';
import { formatDateTime } from '#src/i18n/format';
import { useLocale, useT } from '~/lib/i18n';
import '~/styles/applications.css';

type Translate = ReturnType<typeof useT>;
type Locale = ReturnType<typeof useLocale>;

function stageName(locale: Locale, stage: { name: string; nameEn: string }): string {
  return locale === 'en' ? stage.nameEn : stage.name;
}

function describe(t: Translate, locale: Locale, event: TimelineEvent): string {
  switch (event.kind) {
    case 'submitted':
      return t('apply.timeline.submitted');
    case 'withdrawn':
      return t('apply.timeline.withdrawn');
    case 'stage_changed':
      if (!event.toStage) return t('apply.timeline.other');
      return event.fromStage
        ? t('apply.timeline.stageChanged', {
            from: stageName(locale, event.fromStage),
            to: stageName(locale, event.toStage),
          })
        : t('apply.timeline.stageSet', { to: stageName(locale, event.toStage) });
    case 'interview_proposed':
      return t('apply.timeline.interviewProposed', { count: event.slots.length });
    case 'interview_scheduled':
      return t('apply.timeline.interviewScheduled', {
        time: event.start ? formatDateTime(locale, event.start) : '—',
      });
    case 'interview_rescheduled':
      return event.start
        ? t('apply.timeline.interviewRescheduledTo', { time: formatDateTime(locale, event.start) })
        : t('apply.timeline.interviewReproposed', { count: event.slots.length });
    case 'interview_cancelled':
      return t('apply.timeline.interviewCancelled');
    default:
      return t('apply.timeline.other');
  }
}

/**
 * An application's history, oldest first: who did what and when. Embeddable on the applicant's page
 * (`viewer="applicant"`) and the host's (`viewer="host"`), with events from listApplicationTimeline.
 */
export function ApplicationTimeline({
  events,
  viewer,
  headingLevel = 2,
}: {
  events: TimelineEvent[];
  viewer: 'applicant' | 'host';
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const who = (event: TimelineEvent) => {
    if (event.by === 'system') return t('apply.timeline.by.system');
    if (event.by === 'applicant')
      return viewer === 'applicant' ? t('apply.timeline.by.you') : t('apply.timeline.by.applicant');
    return event.actorName ?? t('apply.timeline.by.host');
  };
  return (
    <section aria-labelledby="timeline-title" id="timeline">
      <Heading id="timeline-title">{t('apply.timeline.title')}</Heading>
      {events.length === 0 ? (
        <p className="muted">{t('apply.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <li key={event.id}>
              <span className="timeline-meta">
                <time dateTime={event.createdAt}>{formatDateTime(locale, event.createdAt)}</time> ·{' '}
                {who(event)}
              </span>
              <p className="timeline-text">{describe(t, locale, event)}</p>
              {event.message ? (
                <div className="quoted-text">
                  <span className="timeline-meta">{t('apply.timeline.message')}</span>
                  {event.message}
                </div>
              ) : null}
              {event.reason ? (
                <div className="quoted-text">
                  <span className="timeline-meta">{t('apply.timeline.reason')}</span>
                  {event.reason}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The stage as a coloured badge in the reader's language. */
export function StageBadge({ stage }: { stage: { category: string; name: string; nameEn: string } }) {
  const locale = useLocale();
  return (
    <span className="stage-badge" data-category={stage.category}>
      {stageName(locale, stage)}
    </span>
  );
}

/** What the applicant should do or expect next, in words, e.g. "面談日程を選択してください". */
export function NextStepText({ step }: { step: NextStep }) {
  const t = useT();
  const locale = useLocale();
  if (step.kind === 'attendInterview')
    return <>{t('apply.nextStep.attendInterview', { date: formatDateTime(locale, step.at) })}</>;
  return <>{t(`apply.nextStep.${step.kind}`)}</>;
}

import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts, applicationEvents, pipelineStages } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { requireApplicationParticipant, type ApplicationSide } from './require-application-participant';
import type { StageCategory } from './stages';

/** The kinds of events an applicant may see; anything else (reviewer notes, assignments, scorecards) stays with the staff. */
export const APPLICANT_EVENT_KINDS = [
  'submitted',
  'stage_changed',
  'withdrawn',
  'interview_proposed',
  'interview_scheduled',
  'interview_rescheduled',
  'interview_cancelled',
] as const;

export interface StageLabel {
  category: StageCategory;
  name: string;
  nameEn: string;
}

export interface TimelineEvent {
  id: number;
  kind: string;
  createdAt: string;
  /** Who acted: the applicant, the host's staff, or the platform (no actor). */
  by: ApplicationSide | 'system';
  /** The staff member's name, for the staff's own view only. */
  actorName: string | null;
  fromStage: StageLabel | null;
  toStage: StageLabel | null;
  /** A message the host sent with a stage change. */
  message: string | null;
  /** Interview events: the time set, the times offered, why it was cancelled. */
  start: string | null;
  slots: string[];
  reason: string | null;
}

/**
 * An application's history, oldest first. The applicant sees only events meant for them (stage
 * changes with their messages, interview changes); the staff see everything, with who did it.
 */
export async function listApplicationTimeline(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
}): Promise<{ side: ApplicationSide; events: TimelineEvent[] }> {
  const { application, side } = await requireApplicationParticipant(options);
  const fromStage = alias(pipelineStages, 'from_stage');
  const toStage = alias(pipelineStages, 'to_stage');
  const rows = await options.db
    .select({
      event: applicationEvents,
      actorName: accounts.displayName,
      from: { category: fromStage.category, name: fromStage.name, nameEn: fromStage.nameEn },
      to: { category: toStage.category, name: toStage.name, nameEn: toStage.nameEn },
    })
    .from(applicationEvents)
    .leftJoin(accounts, eq(accounts.id, applicationEvents.actorId))
    .leftJoin(fromStage, eq(fromStage.id, applicationEvents.fromStageId))
    .leftJoin(toStage, eq(toStage.id, applicationEvents.toStageId))
    .where(
      and(
        eq(applicationEvents.applicationId, application.id),
        side === 'applicant' ? eq(applicationEvents.visibleToApplicant, true) : undefined,
        side === 'applicant' ? inArray(applicationEvents.kind, [...APPLICANT_EVENT_KINDS]) : undefined,
      ),
    )
    .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
  return {
    side,
    events: rows.map(({ event, actorName, from, to }) => {
      const payload = event.payload;
      const by: TimelineEvent['by'] =
        event.actorId === null ? 'system' : event.actorId === application.applicantId ? 'applicant' : 'host';
      return {
        id: event.id,
        kind: event.kind,
        createdAt: event.createdAt.toISOString(),
        by,
        actorName: side === 'host' && by === 'host' ? actorName : null,
        fromStage: from?.category ? (from as StageLabel) : null,
        toStage: to?.category ? (to as StageLabel) : null,
        message: typeof payload.message === 'string' ? payload.message : null,
        start: typeof payload.start === 'string' ? payload.start : null,
        slots: Array.isArray(payload.slots)
          ? payload.slots.filter((slot): slot is string => typeof slot === 'string')
          : [],
        reason: typeof payload.reason === 'string' ? payload.reason : null,
      };
    }),
  };
}

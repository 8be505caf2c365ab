import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { opportunities } from './opportunities';

/**
 * What a stage means, whatever the host calls it. Default pipeline:
 * 応募(applied) → 書類選考(screening) → 面談(interview) → 内定(offer) → 契約(contract) → 稼働中(active) → 完了(completed);
 * 不採用(rejected) and 辞退(withdrawn) can be reached from any stage.
 */
export const stageCategory = pgEnum('stage_category', [
  'applied',
  'screening',
  'interview',
  'offer',
  'contract',
  'active',
  'completed',
  'rejected',
  'withdrawn',
]);

export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    category: stageCategory('category').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [index('pipeline_stages_opportunity_idx').on(table.opportunityId, table.position)],
);

export interface ApplicationAnswer {
  questionId: string;
  /** text, chosen option(s), or 'yes' / 'no' */
  value: string | string[];
}

export interface FitExplanation {
  score: number;
  requiredSkillsMatched: number;
  requiredSkillsTotal: number;
  preferredSkillsMatched: number;
  hoursAvailable: number | null;
  hoursNeeded: number | null;
  regionTie: string | null;
  reasons: Array<{ key: string; params?: Record<string, string | number> }>;
}

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => pipelineStages.id, { onDelete: 'restrict' }),
    /** Denormalised from the stage, for fast filtering and counting. */
    stageCategory: stageCategory('stage_category').notNull(),
    motivation: text('motivation').notNull().default(''),
    answers: jsonb('answers').$type<ApplicationAnswer[]>().notNull().default([]),
    /** The client's submit key: a retried or double-clicked submit returns the same application. */
    idempotencyKey: text('idempotency_key'),
    fitScore: smallint('fit_score'),
    fitExplanation: jsonb('fit_explanation').$type<FitExplanation>(),
    assignedReviewerId: uuid('assigned_reviewer_id').references(() => accounts.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('applications_one_per_applicant').on(table.opportunityId, table.applicantId),
    // Not on fit_score: an indexed score makes every rescoring a non-HOT update of each row (all
    // indexes rewritten), 3× slower for 5,000 applicants; the pipeline sorts one opportunity's rows
    // in memory anyway (docs/decisions/0015-screening-pipeline.md).
    index('applications_pipeline_idx').on(table.opportunityId, table.stageCategory),
    index('applications_applicant_idx').on(table.applicantId, table.submittedAt),
  ],
);

/** Every change to an application: who, when, from, to. The applicant sees the events marked visible. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => accounts.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    fromStageId: uuid('from_stage_id').references(() => pipelineStages.id, { onDelete: 'set null' }),
    toStageId: uuid('to_stage_id').references(() => pipelineStages.id, { onDelete: 'set null' }),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    visibleToApplicant: boolean('visible_to_applicant').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('application_events_application_idx').on(table.applicationId, table.createdAt)],
);

export const applicationMessages = pgTable(
  'application_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => accounts.id, { onDelete: 'set null' }),
    /** 'host' or 'applicant': which side wrote it. */
    side: text('side').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('application_messages_application_idx').on(table.applicationId, table.createdAt)],
);

/** Scorecard criteria defined by the host per opportunity (1–5, with anchors). */
export const scorecardCriteria = pgTable(
  'scorecard_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    label: text('label').notNull(),
    /** What 1, 3 and 5 mean, e.g. { "1": "経験なし", "3": "実務経験あり", "5": "指導できる" } */
    anchors: jsonb('anchors').$type<Record<string, string>>().notNull().default({}),
  },
  (table) => [index('scorecard_criteria_opportunity_idx').on(table.opportunityId)],
);

/** One reviewer's scorecard for one application; hidden from other reviewers until submitted. */
export const scorecards = pgTable(
  'scorecards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** criterion id → score 1–5 */
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    comment: text('comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('scorecards_one_per_reviewer').on(table.applicationId, table.reviewerId)],
);

export const interviewStatus = pgEnum('interview_status', [
  'proposed',
  'scheduled',
  'cancelled',
  'completed',
]);

export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    status: interviewStatus('status').notNull().default('proposed'),
    /** Proposed start times (ISO strings); the applicant picks one. */
    proposedSlots: jsonb('proposed_slots').$type<string[]>().notNull().default([]),
    scheduledStart: timestamp('scheduled_start', { withTimezone: true }),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    meetingUrl: text('meeting_url'),
    place: text('place'),
    note: text('note').notNull().default(''),
    /** iCalendar SEQUENCE: bumped on reschedule/cancel so calendars update the same event. */
    sequence: integer('sequence').notNull().default(0),
    createdById: uuid('created_by_id').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('interviews_application_idx').on(table.applicationId)],
);

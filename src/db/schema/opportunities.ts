import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations } from './organisations';
import { programmes } from './programmes';

export const opportunityKind = pgEnum('opportunity_kind', [
  'side_job', // 副業・兼業 project
  'remote_hq', // 完全リモート・本社待遇
  'paid_internship',
  'workcation_internship',
  'training_cohort', // training that leads into paid work
  'municipal_adviser', // 戦略マネージャー
]);
export const opportunityStatus = pgEnum('opportunity_status', ['draft', 'published', 'closed', 'archived']);
export const workStyle = pgEnum('work_style', ['remote', 'onsite', 'hybrid']);
export const compensationUnit = pgEnum('compensation_unit', ['hour', 'month', 'project', 'none']);

export interface OpportunityEligibility {
  /** e.g. students graduating in this (calendar) year */
  graduationYear?: number;
  /** residents of these municipalities (local-government codes) */
  residentMunicipalityCodes?: string[];
  note?: string;
}

/** One model for every kind of regional work in the seeds (案件). */
export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Public URL key: /opportunities/:slug */
    slug: text('slug').notNull().unique(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => accounts.id, { onDelete: 'set null' }),
    kind: opportunityKind('kind').notNull(),
    status: opportunityStatus('status').notNull().default('draft'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Prefecture codes of the places of work (derived from municipalityCodes, kept for filtering). */
    prefectureCodes: text('prefecture_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    municipalityCodes: text('municipality_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    workStyle: workStyle('work_style').notNull().default('remote'),
    visitsPerMonth: integer('visits_per_month'),
    hoursPerWeekMin: integer('hours_per_week_min'),
    hoursPerWeekMax: integer('hours_per_week_max'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    durationMonths: integer('duration_months'),
    compensationUnit: compensationUnit('compensation_unit').notNull().default('none'),
    compensationMin: integer('compensation_min'),
    compensationMax: integer('compensation_max'),
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    requiredSkills: text('required_skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    preferredSkills: text('preferred_skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    eligibility: jsonb('eligibility').$type<OpportunityEligibility>().notNull().default({}),
    openings: integer('openings').notNull().default(1),
    applicationsOpenAt: timestamp('applications_open_at', { withTimezone: true }),
    applicationsCloseAt: timestamp('applications_close_at', { withTimezone: true }),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{ja}'::text[]`),
    howToApply: text('how_to_apply').notNull().default(''),
    /** Hide name, age, gender and photo from reviewers until the interview stage. */
    blindScreening: boolean('blind_screening').notNull().default(false),
    featuredAt: timestamp('featured_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('opportunities_org_idx').on(table.organisationId, table.status),
    index('opportunities_programme_idx').on(table.programmeId),
    index('opportunities_status_published_idx').on(table.status, table.publishedAt),
    index('opportunities_municipalities_gin').using('gin', table.municipalityCodes),
    index('opportunities_prefectures_gin').using('gin', table.prefectureCodes),
  ],
);

export const screeningQuestionKind = pgEnum('screening_question_kind', [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'yes_no',
]);

/** The host's questions for applicants, per opportunity. */
export const screeningQuestions = pgTable(
  'screening_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    kind: screeningQuestionKind('kind').notNull(),
    label: text('label').notNull(),
    options: text('options')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    required: boolean('required').notNull().default(true),
  },
  (table) => [index('screening_questions_opportunity_idx').on(table.opportunityId, table.position)],
);

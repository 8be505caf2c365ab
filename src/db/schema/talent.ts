import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { workStyle } from './opportunities';

export const profileVisibility = pgEnum('profile_visibility', [
  'private', // only the talent
  'applied_hosts', // hosts (and programme coordinators) of opportunities applied to
  'open_to_scouting', // any host member may find and scout
]);
export const regionTieKind = pgEnum('region_tie_kind', [
  'hometown',
  'lived',
  'studied',
  'family',
  'visited',
  'wants_to_move',
]);

/** A talent's profile (one per account). */
export const talentProfiles = pgTable(
  'talent_profiles',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    familyName: text('family_name').notNull().default(''),
    givenName: text('given_name').notNull().default(''),
    familyNameKana: text('family_name_kana').notNull().default(''),
    givenNameKana: text('given_name_kana').notNull().default(''),
    phone: text('phone'),
    birthYear: smallint('birth_year'),
    gender: text('gender'),
    prefectureCode: text('prefecture_code'),
    headline: text('headline').notNull().default(''),
    currentWork: text('current_work').notNull().default(''),
    bio: text('bio').notNull().default(''),
    fieldsOfInterest: text('fields_of_interest')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    hoursPerWeek: integer('hours_per_week'),
    availableWeekdays: boolean('available_weekdays').notNull().default(false),
    availableWeekends: boolean('available_weekends').notNull().default(false),
    availableFrom: date('available_from'),
    preferredWorkStyle: workStyle('preferred_work_style'),
    compensationExpectation: integer('compensation_expectation'),
    compensationExpectationUnit: text('compensation_expectation_unit'),
    /** Expected (calendar) year of graduation, for students. */
    graduationYear: smallint('graduation_year'),
    visibility: profileVisibility('visibility').notNull().default('applied_hosts'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('talent_profiles_visibility_idx').on(table.visibility)],
);

/** Skills from the shared taxonomy (src/domain/taxonomy/skills.ts) with a self-assessed level 1–5. */
export const talentSkills = pgTable(
  'talent_skills',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    level: smallint('level').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.skill] }),
    index('talent_skills_skill_idx').on(table.skill),
  ],
);

export const talentExperiences = pgTable(
  'talent_experiences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    organisation: text('organisation').notNull(),
    role: text('role').notNull(),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    description: text('description').notNull().default(''),
  },
  (table) => [index('talent_experiences_account_idx').on(table.accountId)],
);

/** Ties to regions: the basis of 関係人口 (related population) reporting. */
export const talentRegionTies = pgTable(
  'talent_region_ties',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** Prefecture (2 digits) or municipality (6 digits) code. */
    regionCode: text('region_code').notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    kind: regionTieKind('kind').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.regionCode, table.kind] }),
    index('talent_region_ties_prefecture_idx').on(table.prefectureCode),
  ],
);

/** Résumé / portfolio PDFs, stored outside the web root (UPLOAD_DIR) and served only to those allowed. */
export const talentDocuments = pgTable(
  'talent_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().default('resume'),
    originalName: text('original_name').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('talent_documents_account_idx').on(table.accountId)],
);

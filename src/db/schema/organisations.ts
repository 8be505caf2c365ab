import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

export const organisationKind = pgEnum('organisation_kind', [
  'municipality',
  'company',
  'npo',
  'training_provider',
  'intermediary',
]);
export const membershipRole = pgEnum('membership_role', ['owner', 'admin', 'member']);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    nameEn: text('name_en'),
    kind: organisationKind('kind').notNull(),
    /** JIS X 0401 prefecture code, two digits ("15" = 新潟県). */
    prefectureCode: text('prefecture_code').notNull(),
    /** 全国地方公共団体コード (6 digits with check digit), when the organisation sits in one municipality. */
    municipalityCode: text('municipality_code'),
    description: text('description').notNull().default(''),
    websiteUrl: text('website_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('organisations_prefecture_idx').on(table.prefectureCode),
    index('organisations_municipality_idx').on(table.municipalityCode),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull().default('member'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.accountId] }),
    index('memberships_account_idx').on(table.accountId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: membershipRole('role').notNull().default('member'),
    tokenHash: text('token_hash').notNull().unique(),
    invitedById: uuid('invited_by_id').references(() => accounts.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('invitations_org_idx').on(table.organisationId),
    uniqueIndex('invitations_open_unique')
      .on(table.organisationId, sql`lower(${table.email})`)
      .where(sql`accepted_at is null and revoked_at is null`),
  ],
);

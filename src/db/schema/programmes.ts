import { date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

export const programmeStatus = pgEnum('programme_status', ['draft', 'active', 'ended']);
export const programmeMemberRole = pgEnum('programme_member_role', ['host', 'partner', 'endorser']);

/**
 * A programme a coordinator runs for a region (長岡ワークモデル, the Shiojiri pilot, Okayama's
 * strategy-manager recruitment…). Opportunities may belong to one; its coordinators then see
 * their applicants.
 */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    coordinatorOrganisationId: uuid('coordinator_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    prefectureCode: text('prefecture_code'),
    municipalityCode: text('municipality_code'),
    status: programmeStatus('status').notNull().default('active'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    websiteUrl: text('website_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('programmes_coordinator_idx').on(table.coordinatorOrganisationId)],
);

/** Organisations taking part in a programme: hosts, partners, endorsing companies (賛同企業). */
export const programmeMembers = pgTable(
  'programme_members',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: programmeMemberRole('role').notNull().default('host'),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
  },
  (table) => [
    primaryKey({ columns: [table.programmeId, table.organisationId] }),
    index('programme_members_org_idx').on(table.organisationId),
  ],
);

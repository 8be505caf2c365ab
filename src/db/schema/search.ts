import { sql } from 'drizzle-orm';
import { customType, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { opportunities, opportunityKind, opportunityStatus, workStyle } from './opportunities';
import { organisations } from './organisations';

/** PostgreSQL tsvector; written only through SQL (array_to_tsvector), never read into JavaScript. */
const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/**
 * One search document per published or closed opportunity (src/domain/search): the tokens of its text
 * (NFKC, Japanese character bigrams and trigrams, Latin words; built in TypeScript so PGlite and PostgreSQL agree) plus
 * denormalised facet and sort columns, so that a search is one indexed query on one narrow table.
 */
export const opportunitySearch = pgTable(
  'opportunity_search',
  {
    opportunityId: uuid('opportunity_id')
      .primaryKey()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: opportunityStatus('status').notNull(),
    kind: opportunityKind('kind').notNull(),
    workStyle: workStyle('work_style').notNull(),
    prefectureCodes: text('prefecture_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    municipalityCodes: text('municipality_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** See src/domain/search/facets.ts for the bands. */
    compensationBand: text('compensation_band').notNull(),
    hoursBand: text('hours_band').notNull(),
    periodBand: text('period_band').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /**
     * Every token of the document (title, summary, description, skills, fields, organisation, places) and one
     * token per facet value ('p:15', 'k:side_job', …), so that text and facet filters meet in the GIN index.
     */
    tsv: tsvector('tsv').notNull(),
    /** The title, normalised as queries are (NFKC, lower case): a query word found in it ranks first. */
    titleNorm: text('title_norm').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('opportunity_search_tsv_gin').using('gin', table.tsv),
    index('opportunity_search_published_idx').on(table.publishedAt.desc(), table.opportunityId.desc()),
    index('opportunity_search_closes_idx').on(table.closesAt, table.opportunityId),
    index('opportunity_search_organisation_idx').on(table.organisationId),
  ],
);

export interface SavedSearchParams {
  q?: string;
  prefecture?: string[];
  kind?: string[];
  field?: string[];
  style?: string[];
  pay?: string[];
  hours?: string[];
  period?: string[];
  open?: boolean;
  sort?: 'relevance' | 'newest' | 'deadline';
}

/** A talent's saved search; a daily digest e-mails new matches since last_digest_at. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    params: jsonb('params').$type<SavedSearchParams>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('saved_searches_account_idx').on(table.accountId, table.createdAt)],
);

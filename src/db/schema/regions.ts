import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

export interface CoworkingBase {
  name: string;
  url?: string;
  note?: string;
}

/**
 * Editable facts about a prefecture (2-digit code) or municipality (6-digit code). Names and the
 * hierarchy come from the shipped dataset (src/domain/regions/data); this table holds what
 * coordinators maintain.
 */
export const regionFacts = pgTable('region_facts', {
  code: text('code').primaryKey(),
  population: integer('population'),
  households: integer('households'),
  /** The date the population / household figures refer to, e.g. "2020-10-31". */
  statisticsAsOf: text('statistics_as_of'),
  travelMinutesToTokyo: integer('travel_minutes_to_tokyo'),
  travelMinutesToOsaka: integer('travel_minutes_to_osaka'),
  accessNote: text('access_note'),
  accessNoteEn: text('access_note_en'),
  introduction: text('introduction'),
  introductionEn: text('introduction_en'),
  coworkingBases: jsonb('coworking_bases').$type<CoworkingBase[]>().notNull().default([]),
  updatedById: uuid('updated_by_id').references(() => accounts.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { getPrefecture } from '#src/domain/regions/data';
import { WORK_FIELD_IDS } from '#src/domain/taxonomy/fields';
import { SKILL_SLUGS } from '#src/domain/taxonomy/skills';
import { AppError } from '#src/lib/errors';
import { isAdmin, type Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { parseInput } from '../accounts/schema';
import { canScout } from './can-view-talent-profile';
import type { RegionTieKind } from './types';

export const DIRECTORY_PAGE_SIZE = 20;

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** The directory's filters, from a GET form or the API's query string. */
export const TalentDirectoryFiltersSchema = z.object({
  skill: z.preprocess(blankToUndefined, z.enum(SKILL_SLUGS, 'talent.validation.skill').optional()),
  field: z.preprocess(blankToUndefined, z.enum(WORK_FIELD_IDS, 'validation.invalid').optional()),
  prefecture: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine(
        (code) => /^\d{2}$/.test(code) && getPrefecture(code) !== undefined,
        'talent.validation.prefecture',
      )
      .optional(),
  ),
  minHours: z.preprocess(
    blankToUndefined,
    z.coerce
      .number('talent.validation.hoursPerWeek')
      .int('talent.validation.hoursPerWeek')
      .min(1, 'talent.validation.hoursPerWeek')
      .max(80, 'talent.validation.hoursPerWeek')
      .optional(),
  ),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type TalentDirectoryFilters = z.input<typeof TalentDirectoryFiltersSchema>;

export interface TalentDirectoryEntry {
  id: string;
  displayName: string;
  headline: string;
  currentWork: string;
  prefectureCode: string | null;
  hoursPerWeek: number | null;
  availableWeekdays: boolean;
  availableWeekends: boolean;
  preferredWorkStyle: string | null;
  fieldsOfInterest: string[];
  skills: Array<{ skill: string; level: number }>;
  regionTies: Array<{ regionCode: string; prefectureCode: string; kind: RegionTieKind }>;
}

interface Row {
  id: string;
  display_name: string;
  family_name: string;
  given_name: string;
  headline: string;
  current_work: string;
  prefecture_code: string | null;
  hours_per_week: number | null;
  available_weekdays: boolean;
  available_weekends: boolean;
  preferred_work_style: string | null;
  fields_of_interest: string[];
  skills: Array<{ skill: string; level: number }> | string;
  region_ties: Array<{ regionCode: string; prefectureCode: string; kind: RegionTieKind }> | string;
  total: number | string;
}

const parseJson = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * Talent who chose to be open to scouting, for host and coordinator members (and admins): filter
 * by skill, field of interest, prefecture they have a tie to, and minimum weekly hours. No contact
 * details: a host reaches them by scouting, and sees contact details once they apply.
 */
export async function listScoutingTalent(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  filters: unknown;
}): Promise<{
  items: TalentDirectoryEntry[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}> {
  requireActor(options.actor);
  if (!isAdmin(options.actor) && !canScout(options.actor)) {
    throw new AppError('FORBIDDEN', 'talent.errors.directoryForHosts');
  }
  const filters = parseInput(TalentDirectoryFiltersSchema, options.filters ?? {});
  const conditions: SQL[] = [
    sql`tp.visibility = 'open_to_scouting'`,
    sql`a.status = 'active'`,
    sql`a.role = 'talent'`,
  ];
  if (filters.skill) {
    conditions.push(
      sql`exists (select 1 from talent_skills s where s.account_id = tp.account_id and s.skill = ${filters.skill})`,
    );
  }
  if (filters.field) conditions.push(sql`${filters.field} = any(tp.fields_of_interest)`);
  if (filters.prefecture) {
    conditions.push(
      sql`exists (select 1 from talent_region_ties r where r.account_id = tp.account_id and r.prefecture_code = ${filters.prefecture})`,
    );
  }
  if (filters.minHours) conditions.push(sql`tp.hours_per_week >= ${filters.minHours}`);
  const offset = (filters.page - 1) * DIRECTORY_PAGE_SIZE;

  const rows = await queryRows<Row>(
    options.db,
    sql`select a.id, a.display_name, tp.family_name, tp.given_name, tp.headline, tp.current_work,
          tp.prefecture_code, tp.hours_per_week, tp.available_weekdays, tp.available_weekends,
          tp.preferred_work_style, tp.fields_of_interest,
          coalesce((select json_agg(json_build_object('skill', s.skill, 'level', s.level) order by s.level desc, s.skill)
                    from talent_skills s where s.account_id = tp.account_id), '[]'::json) as skills,
          coalesce((select json_agg(json_build_object('regionCode', r.region_code, 'prefectureCode', r.prefecture_code, 'kind', r.kind)
                      order by r.kind, r.region_code)
                    from talent_region_ties r where r.account_id = tp.account_id), '[]'::json) as region_ties,
          count(*) over () as total
        from talent_profiles tp
        join accounts a on a.id = tp.account_id
        where ${sql.join(conditions, sql` and `)}
        order by tp.updated_at desc, a.id
        limit ${DIRECTORY_PAGE_SIZE} offset ${offset}`,
  );
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && offset > 0) {
    // Past the last page: still report how many there are, so the page can link back.
    const [counted] = await queryRows<{ total: number }>(
      options.db,
      sql`select count(*)::int as total from talent_profiles tp join accounts a on a.id = tp.account_id
          where ${sql.join(conditions, sql` and `)}`,
    );
    total = counted?.total ?? 0;
  }
  return {
    items: rows.map((row) => ({
      id: row.id,
      displayName:
        row.family_name && row.given_name ? `${row.family_name} ${row.given_name}` : row.display_name,
      headline: row.headline,
      currentWork: row.current_work,
      prefectureCode: row.prefecture_code,
      hoursPerWeek: row.hours_per_week,
      availableWeekdays: row.available_weekdays,
      availableWeekends: row.available_weekends,
      preferredWorkStyle: row.preferred_work_style,
      fieldsOfInterest: row.fields_of_interest,
      skills: parseJson(row.skills),
      regionTies: parseJson(row.region_ties),
    })),
    total,
    page: filters.page,
    pageSize: DIRECTORY_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
  };
}

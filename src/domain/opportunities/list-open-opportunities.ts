import { and, arrayContains, arrayOverlaps, desc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { opportunities, organisations } from '#src/db/schema';
import type { OpportunityKind } from './types';

/** The SQL meaning of "open": published and the application deadline (if any) still ahead. */
export function openOpportunityCondition(now: Date = new Date()): SQL {
  return and(
    eq(opportunities.status, 'published'),
    or(isNull(opportunities.applicationsCloseAt), gt(opportunities.applicationsCloseAt, now)),
  )!;
}

export const opportunityListColumns = {
  id: opportunities.id,
  slug: opportunities.slug,
  title: opportunities.title,
  summary: opportunities.summary,
  kind: opportunities.kind,
  status: opportunities.status,
  workStyle: opportunities.workStyle,
  visitsPerMonth: opportunities.visitsPerMonth,
  prefectureCodes: opportunities.prefectureCodes,
  municipalityCodes: opportunities.municipalityCodes,
  compensationUnit: opportunities.compensationUnit,
  compensationMin: opportunities.compensationMin,
  compensationMax: opportunities.compensationMax,
  hoursPerWeekMin: opportunities.hoursPerWeekMin,
  hoursPerWeekMax: opportunities.hoursPerWeekMax,
  applicationsOpenAt: opportunities.applicationsOpenAt,
  applicationsCloseAt: opportunities.applicationsCloseAt,
  featuredAt: opportunities.featuredAt,
  publishedAt: opportunities.publishedAt,
  programmeId: opportunities.programmeId,
  organisationId: opportunities.organisationId,
  organisationSlug: organisations.slug,
  organisationName: organisations.name,
};

export interface OpportunityListFilters {
  organisationId?: string;
  kind?: OpportunityKind;
  prefectureCode?: string;
  /** Opportunities in any of these municipalities (a designated city and its wards, say). */
  municipalityCodes?: readonly string[];
  programmeId?: string;
}

function filterConditions(filters: OpportunityListFilters, now: Date): SQL[] {
  const conditions: SQL[] = [openOpportunityCondition(now)];
  if (filters.organisationId) conditions.push(eq(opportunities.organisationId, filters.organisationId));
  if (filters.kind) conditions.push(eq(opportunities.kind, filters.kind));
  if (filters.prefectureCode)
    conditions.push(arrayContains(opportunities.prefectureCodes, [filters.prefectureCode]));
  if (filters.municipalityCodes?.length) {
    conditions.push(arrayOverlaps(opportunities.municipalityCodes, [...filters.municipalityCodes]));
  }
  if (filters.programmeId) conditions.push(eq(opportunities.programmeId, filters.programmeId));
  return conditions;
}

/**
 * Open opportunities, newest first (featured first when asked), for region, programme and
 * organisation pages and the REST API. Public data only.
 */
export async function listOpenOpportunities(
  options: OpportunityListFilters & {
    db: DbOrTx;
    featuredFirst?: boolean;
    limit?: number;
    offset?: number;
    now?: Date;
  },
) {
  const { db } = options;
  const now = options.now ?? new Date();
  const where = and(...filterConditions(options, now));
  const order = options.featuredFirst
    ? [
        sql`${opportunities.featuredAt} desc nulls last`,
        desc(opportunities.publishedAt),
        desc(opportunities.id),
      ]
    : [desc(opportunities.publishedAt), desc(opportunities.id)];
  const [items, [count]] = await Promise.all([
    db
      .select(opportunityListColumns)
      .from(opportunities)
      .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
      .where(where)
      .orderBy(...order)
      .limit(Math.min(options.limit ?? 20, 100))
      .offset(options.offset ?? 0),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(opportunities)
      .where(where),
  ]);
  return { items, total: count?.total ?? 0 };
}

/** The home page's "注目の案件": open opportunities a programme coordinator has featured. */
export async function listFeaturedOpportunities(options: { db: DbOrTx; limit?: number; now?: Date }) {
  const now = options.now ?? new Date();
  return options.db
    .select(opportunityListColumns)
    .from(opportunities)
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .where(and(openOpportunityCondition(now), sql`${opportunities.featuredAt} is not null`))
    .orderBy(desc(opportunities.featuredAt), desc(opportunities.id))
    .limit(options.limit ?? 6);
}

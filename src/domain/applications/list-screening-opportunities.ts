import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { applications, opportunities, organisations } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { opportunityStaffCondition } from './access';

export interface ScreeningOpportunity {
  id: string;
  slug: string;
  title: string;
  status: string;
  organisationName: string;
  blindScreening: boolean;
  applications: number;
  /** At 応募 or 書類選考: waiting for a decision. */
  toScreen: number;
  interviewing: number;
  /** 内定, 契約, 稼働中 or 完了. */
  selected: number;
  lastSubmittedAt: string | null;
}

/**
 * The opportunities whose applicants the actor screens (as a member of the host organisation or of
 * the programme's coordinating organisation), with where their applications stand; the ones with
 * applications waiting come first. Archived opportunities are left out.
 */
export async function listScreeningOpportunities(options: {
  db: DbOrTx;
  actor: Actor | null;
}): Promise<ScreeningOpportunity[]> {
  requireActor(options.actor);
  const count = (categories: string[]) =>
    sql<number>`count(${applications.id}) filter (where ${applications.stageCategory}::text = any(${`{${categories.join(',')}}`}::text[]))`.mapWith(
      Number,
    );
  const rows = await options.db
    .select({
      id: opportunities.id,
      slug: opportunities.slug,
      title: opportunities.title,
      status: opportunities.status,
      organisationName: organisations.name,
      blindScreening: opportunities.blindScreening,
      applications: sql<number>`count(${applications.id})`.mapWith(Number),
      toScreen: count(['applied', 'screening']),
      interviewing: count(['interview']),
      selected: count(['offer', 'contract', 'active', 'completed']),
      lastSubmittedAt: sql<Date | null>`max(${applications.submittedAt})`,
    })
    .from(opportunities)
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .leftJoin(applications, eq(applications.opportunityId, opportunities.id))
    .where(and(opportunityStaffCondition(options.actor), ne(opportunities.status, 'archived')))
    .groupBy(opportunities.id, organisations.name)
    .orderBy(
      sql`count(${applications.id}) filter (where ${applications.stageCategory} in ('applied', 'screening')) > 0 desc`,
      sql`max(${applications.submittedAt}) desc nulls last`,
      desc(opportunities.createdAt),
    )
    .limit(200);
  return rows.map((row) => ({
    ...row,
    lastSubmittedAt: row.lastSubmittedAt ? new Date(row.lastSubmittedAt).toISOString() : null,
  }));
}

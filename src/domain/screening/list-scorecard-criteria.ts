import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { scorecardCriteria } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { requireStaffOpportunity } from './access';

export type ScorecardCriterion = typeof scorecardCriteria.$inferSelect;

/** The opportunity's scorecard criteria in order, for its staff. */
export async function listScorecardCriteria(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<ScorecardCriterion[]> {
  const opportunity = await requireStaffOpportunity(options);
  return loadScorecardCriteria(options.db, opportunity.id);
}

/** The criteria without a permission check, for callers that already made one. */
export function loadScorecardCriteria(db: DbOrTx, opportunityId: string): Promise<ScorecardCriterion[]> {
  return db
    .select()
    .from(scorecardCriteria)
    .where(eq(scorecardCriteria.opportunityId, opportunityId))
    .orderBy(asc(scorecardCriteria.position), asc(scorecardCriteria.id));
}

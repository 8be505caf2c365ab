import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { screeningQuestions } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { requireStaffOpportunity } from './access';

export type ScreeningQuestion = typeof screeningQuestions.$inferSelect;

/** The opportunity's screening questions in order, for its staff (hosts edit them, coordinators read them). */
export async function listScreeningQuestions(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<ScreeningQuestion[]> {
  const opportunity = await requireStaffOpportunity(options);
  return loadScreeningQuestions(options.db, opportunity.id);
}

/** The questions without a permission check, for callers that already made one. */
export function loadScreeningQuestions(db: DbOrTx, opportunityId: string): Promise<ScreeningQuestion[]> {
  return db
    .select()
    .from(screeningQuestions)
    .where(eq(screeningQuestions.opportunityId, opportunityId))
    .orderBy(asc(screeningQuestions.position), asc(screeningQuestions.id));
}

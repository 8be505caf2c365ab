import type { DbOrTx } from '#src/db/client';
import type { Actor } from '../accounts/actor';
import { requireOpportunityStaff } from './access';
import { computeFitScores } from './compute-fit-scores';
import { requireUuid } from './require-application-participant';

/**
 * The "再計算" button: scores every application of the opportunity again against its current
 * requirements and the applicants' current profiles. Staff of the opportunity only.
 */
export async function recomputeFitScores(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<{ updated: number }> {
  requireUuid(options.opportunityId);
  const opportunity = await requireOpportunityStaff(options);
  return computeFitScores({ db: options.db, opportunityId: opportunity.id });
}

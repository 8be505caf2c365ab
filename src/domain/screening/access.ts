import type { DbOrTx } from '#src/db/client';
import { requireOpportunityStaff, type StaffOpportunity } from '#src/domain/applications/access';
import { requireUuid } from '#src/domain/applications/require-application-participant';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';

/**
 * The opportunity when the actor may change how it is screened (questions, scorecard criteria,
 * stage names): members of the host organisation and platform admins. The programme's coordinators
 * see the setup read-only (FORBIDDEN to change it); anyone else gets NOT_FOUND.
 */
export async function requireOpportunityHost(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<StaffOpportunity> {
  requireUuid(options.opportunityId);
  const opportunity = await requireOpportunityStaff(options);
  if (opportunity.accessAs !== 'host') throw new AppError('FORBIDDEN', 'screening.hostOnly');
  return opportunity;
}

/** requireOpportunityStaff, with a malformed id treated as not found. */
export async function requireStaffOpportunity(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<StaffOpportunity> {
  requireUuid(options.opportunityId);
  return requireOpportunityStaff(options);
}

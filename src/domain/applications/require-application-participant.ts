import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { applications, opportunities, organisations } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { requireApplicationStaff } from './access';

/** Which side of an application someone is on: the applicant, or the host's staff. */
export type ApplicationSide = 'applicant' | 'host';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names nothing: NOT_FOUND, before it reaches the database as a uuid. */
export function requireUuid(id: string): void {
  if (!UUID.test(id)) throw new AppError('NOT_FOUND');
}

/**
 * The application when the actor takes part in it: as its applicant, or as staff (host organisation
 * members, the programme's coordinators, platform admins). Anyone else gets NOT_FOUND, so the
 * existence of other people's applications is never revealed.
 */
export async function requireApplicationParticipant(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
}) {
  requireActor(options.actor);
  requireUuid(options.applicationId);
  const [own] = await options.db
    .select({ application: applications, opportunity: opportunities })
    .from(applications)
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .where(
      and(eq(applications.id, options.applicationId), eq(applications.applicantId, options.actor.accountId)),
    )
    .limit(1);
  const row = own ?? (await requireApplicationStaff(options));
  const side: ApplicationSide = own ? 'applicant' : 'host';
  const [organisation] = await options.db
    .select({ id: organisations.id, name: organisations.name, nameEn: organisations.nameEn })
    .from(organisations)
    .where(eq(organisations.id, row.opportunity.organisationId))
    .limit(1);
  return { ...row, organisation: organisation!, side };
}

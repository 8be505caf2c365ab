import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { applications, opportunities, programmes } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import { isAdmin, organisationIdsOf, type Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';

/**
 * Who may see applicants' personal data for an opportunity ("staff"): members of the host
 * organisation and of the coordinating organisation of the opportunity's programme; platform admins.
 * Returns a condition over `opportunities` to put in the same query as the data (never filter after).
 */
export function opportunityStaffCondition(actor: Actor): SQL {
  if (isAdmin(actor)) return sql`true`;
  const organisationIds = organisationIdsOf(actor);
  if (organisationIds.length === 0) return sql`false`;
  return or(
    inArray(opportunities.organisationId, organisationIds),
    sql`${opportunities.programmeId} in (select ${programmes.id} from ${programmes} where ${inArray(
      programmes.coordinatorOrganisationId,
      organisationIds,
    )})`,
  )!;
}

export interface StaffOpportunity {
  id: string;
  slug: string;
  title: string;
  organisationId: string;
  programmeId: string | null;
  status: string;
  blindScreening: boolean;
  /** 'host' when the actor belongs to the owning organisation (or is admin), else 'coordinator'. */
  accessAs: 'host' | 'coordinator';
}

/** The opportunity, when the actor is staff for it; NOT_FOUND otherwise (existence is not revealed). */
export async function requireOpportunityStaff(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<StaffOpportunity> {
  requireActor(options.actor);
  const actor = options.actor;
  const [row] = await options.db
    .select({
      id: opportunities.id,
      slug: opportunities.slug,
      title: opportunities.title,
      organisationId: opportunities.organisationId,
      programmeId: opportunities.programmeId,
      status: opportunities.status,
      blindScreening: opportunities.blindScreening,
    })
    .from(opportunities)
    .where(and(eq(opportunities.id, options.opportunityId), opportunityStaffCondition(actor)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  const accessAs =
    isAdmin(actor) || organisationIdsOf(actor).includes(row.organisationId) ? 'host' : 'coordinator';
  return { ...row, accessAs };
}

/** An application the actor may handle as staff, with its opportunity; NOT_FOUND otherwise. */
export async function requireApplicationStaff(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
}) {
  requireActor(options.actor);
  const [row] = await options.db
    .select({ application: applications, opportunity: opportunities })
    .from(applications)
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .where(and(eq(applications.id, options.applicationId), opportunityStaffCondition(options.actor)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** An application of the actor's own (as applicant); NOT_FOUND otherwise. */
export async function requireOwnApplication(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
}) {
  requireActor(options.actor);
  const [row] = await options.db
    .select({ application: applications, opportunity: opportunities })
    .from(applications)
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .where(
      and(eq(applications.id, options.applicationId), eq(applications.applicantId, options.actor.accountId)),
    )
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

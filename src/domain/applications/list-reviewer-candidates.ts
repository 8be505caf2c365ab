import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';

export interface ReviewerCandidate {
  id: string;
  displayName: string;
  organisationName: string;
}

/**
 * Who may review an opportunity's applicants: active members of the host organisation and of the
 * coordinating organisation of its programme. The caller has checked that the actor is staff.
 */
export async function listReviewerCandidates(options: {
  db: DbOrTx;
  opportunity: { organisationId: string; programmeId: string | null };
}): Promise<ReviewerCandidate[]> {
  const rows = await queryRows<{ id: string; display_name: string; organisation_name: string }>(
    options.db,
    sql`select distinct on (ac.id) ac.id, ac.display_name, o.name as organisation_name
        from memberships m
        join accounts ac on ac.id = m.account_id and ac.status = 'active'
        join organisations o on o.id = m.organisation_id
        where m.organisation_id = ${options.opportunity.organisationId}
           or m.organisation_id = (select coordinator_organisation_id from programmes
                                   where id = ${options.opportunity.programmeId})
        order by ac.id, (m.organisation_id = ${options.opportunity.organisationId}) desc`,
  );
  return rows
    .map((row) => ({ id: row.id, displayName: row.display_name, organisationName: row.organisation_name }))
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName, 'ja') ||
        a.displayName.localeCompare(b.displayName, 'ja'),
    );
}

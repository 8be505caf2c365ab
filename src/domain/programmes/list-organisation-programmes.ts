import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { programmeMembers, programmes } from '#src/db/schema';

/**
 * The public programmes an organisation coordinates or belongs to, with its part in each
 * ('coordinator', 'host', 'partner' or 'endorser'), for its public profile.
 */
export async function listOrganisationProgrammes(options: { db: DbOrTx; organisationId: string }) {
  const { db, organisationId } = options;
  const columns = {
    slug: programmes.slug,
    name: programmes.name,
    nameEn: programmes.nameEn,
    status: programmes.status,
  };
  const [coordinated, memberOf] = await Promise.all([
    db
      .select(columns)
      .from(programmes)
      .where(
        sql`${programmes.coordinatorOrganisationId} = ${organisationId} and ${programmes.status} <> 'draft'`,
      )
      .orderBy(asc(programmes.name)),
    db
      .select({ ...columns, role: programmeMembers.role, joinedOn: programmeMembers.joinedOn })
      .from(programmeMembers)
      .innerJoin(programmes, eq(programmes.id, programmeMembers.programmeId))
      .where(sql`${programmeMembers.organisationId} = ${organisationId} and ${programmes.status} <> 'draft'`)
      .orderBy(asc(programmes.name)),
  ]);
  return [
    ...coordinated.map((row) => ({ ...row, role: 'coordinator' as const, joinedOn: null })),
    ...memberOf,
  ];
}

import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { programmeMembers, programmes } from '#src/db/schema';

/**
 * The programmes an organisation takes part in: as coordinator or as a member (host, partner,
 * endorsing company). These are the programmes its opportunities may be attached to.
 */
export async function listProgrammesOfOrganisation(options: { db: DbOrTx; organisationId: string }) {
  const { db, organisationId } = options;
  return db
    .selectDistinct({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      nameEn: programmes.nameEn,
    })
    .from(programmes)
    .leftJoin(
      programmeMembers,
      and(
        eq(programmeMembers.programmeId, programmes.id),
        eq(programmeMembers.organisationId, organisationId),
      ),
    )
    .where(
      or(
        eq(programmes.coordinatorOrganisationId, organisationId),
        sql`${programmeMembers.organisationId} is not null`,
      ),
    )
    .orderBy(asc(programmes.name));
}

export async function organisationTakesPartIn(options: {
  db: DbOrTx;
  organisationId: string;
  programmeId: string;
}): Promise<boolean> {
  const list = await listProgrammesOfOrganisation(options);
  return list.some((programme) => programme.id === options.programmeId);
}

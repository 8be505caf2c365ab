import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { organisations, type programmeMemberRole, programmeMembers, programmes } from '#src/db/schema';
import { listOpenOpportunities } from '#src/domain/opportunities/list-open-opportunities';
import { AppError } from '#src/lib/errors';

export type ProgrammeMemberRole = (typeof programmeMemberRole.enumValues)[number];

async function loadProgramme(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({
      programme: programmes,
      coordinator: {
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        nameEn: organisations.nameEn,
        kind: organisations.kind,
      },
    })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.coordinatorOrganisationId))
    .where(eq(programmes.slug, slug))
    .limit(1);
  return row;
}

/** The members of a programme, current ones first within each role, oldest member first. */
export async function listProgrammeMembers(options: { db: DbOrTx; programmeId: string }) {
  return options.db
    .select({
      role: programmeMembers.role,
      joinedOn: programmeMembers.joinedOn,
      leftOn: programmeMembers.leftOn,
      organisationId: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      nameEn: organisations.nameEn,
      kind: organisations.kind,
    })
    .from(programmeMembers)
    .innerJoin(organisations, eq(organisations.id, programmeMembers.organisationId))
    .where(eq(programmeMembers.programmeId, options.programmeId))
    .orderBy(
      sql`${programmeMembers.leftOn} is not null`,
      sql`${programmeMembers.joinedOn} nulls last`,
      asc(organisations.name),
    );
}

/**
 * A programme's public page: its coordinator, members by role (hosts, partners, endorsing
 * companies 賛同企業) and open opportunities, the coordinator's featured ones first.
 */
export async function getProgrammeBySlug(options: { db: DbOrTx; slug: string; now?: Date }) {
  const { db, slug } = options;
  const row = await loadProgramme(db, slug);
  if (!row || row.programme.status === 'draft') throw new AppError('NOT_FOUND');
  const [members, open] = await Promise.all([
    listProgrammeMembers({ db, programmeId: row.programme.id }),
    listOpenOpportunities({
      db,
      programmeId: row.programme.id,
      featuredFirst: true,
      limit: 100,
      now: options.now,
    }),
  ]);
  return { ...row, members, openOpportunities: open.items, openOpportunityCount: open.total };
}

export async function getProgrammeRowBySlug(options: { db: DbOrTx; slug: string }) {
  const row = await loadProgramme(options.db, options.slug);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { opportunities, organisations, programmes } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireOrganisationRole } from '#src/domain/accounts/permissions';
import { getProgrammeRowBySlug, listProgrammeMembers } from './get-programme';

/**
 * What a programme's coordinators (members of its coordinating organisation, or platform admins)
 * see: every opportunity attached to it, in any status, with who posted it.
 */
export async function getProgrammeForCoordinator(options: { db: DbOrTx; actor: Actor | null; slug: string }) {
  const { db, actor } = options;
  const row = await getProgrammeRowBySlug({ db, slug: options.slug });
  requireOrganisationRole(actor, row.programme.coordinatorOrganisationId);
  const [members, programmeOpportunities] = await Promise.all([
    listProgrammeMembers({ db, programmeId: row.programme.id }),
    db
      .select({
        id: opportunities.id,
        slug: opportunities.slug,
        title: opportunities.title,
        kind: opportunities.kind,
        status: opportunities.status,
        applicationsCloseAt: opportunities.applicationsCloseAt,
        publishedAt: opportunities.publishedAt,
        featuredAt: opportunities.featuredAt,
        organisationName: organisations.name,
        organisationSlug: organisations.slug,
      })
      .from(opportunities)
      .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
      .where(eq(opportunities.programmeId, row.programme.id))
      .orderBy(sql`${opportunities.featuredAt} desc nulls last`, desc(opportunities.updatedAt)),
  ]);
  return { ...row, members, opportunities: programmeOpportunities };
}

/** The programmes whose coordinating organisation the actor belongs to (for the host's menu). */
export async function listCoordinatedProgrammes(options: { db: DbOrTx; actor: Actor | null }) {
  const organisationIds = options.actor?.memberships.map((membership) => membership.organisationId) ?? [];
  if (organisationIds.length === 0) return [];
  return options.db
    .select({
      slug: programmes.slug,
      name: programmes.name,
      nameEn: programmes.nameEn,
      status: programmes.status,
    })
    .from(programmes)
    .where(inArray(programmes.coordinatorOrganisationId, organisationIds))
    .orderBy(asc(programmes.name));
}

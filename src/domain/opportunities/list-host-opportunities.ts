import { and, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { opportunities, organisations, programmes } from '#src/db/schema';
import { organisationIdsOf, type Actor } from '#src/domain/accounts/actor';
import { requireActor } from '#src/domain/accounts/permissions';
import type { OpportunityStatus } from './types';

/**
 * The opportunities of the actor's own organisations, every status (archived only when asked),
 * for the host's management list. Scoped to the actor's memberships in the query itself.
 */
export async function listHostOpportunities(options: {
  db: DbOrTx;
  actor: Actor | null;
  status?: OpportunityStatus;
}) {
  const { db, actor } = options;
  requireActor(actor);
  const organisationIds = organisationIdsOf(actor);
  if (organisationIds.length === 0) return [];
  const conditions: SQL[] = [inArray(opportunities.organisationId, organisationIds)];
  conditions.push(
    options.status ? eq(opportunities.status, options.status) : ne(opportunities.status, 'archived'),
  );
  return db
    .select({
      id: opportunities.id,
      slug: opportunities.slug,
      title: opportunities.title,
      kind: opportunities.kind,
      status: opportunities.status,
      applicationsCloseAt: opportunities.applicationsCloseAt,
      publishedAt: opportunities.publishedAt,
      featuredAt: opportunities.featuredAt,
      updatedAt: opportunities.updatedAt,
      organisationId: organisations.id,
      organisationName: organisations.name,
      programmeName: programmes.name,
    })
    .from(opportunities)
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .leftJoin(programmes, eq(programmes.id, opportunities.programmeId))
    .where(and(...conditions))
    .orderBy(desc(opportunities.updatedAt), desc(opportunities.id))
    .limit(500);
}

import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { organisations, programmes } from '#src/db/schema';

/**
 * Public list of programmes (draft ones are the coordinator's business), with their coordinator,
 * how many organisations take part and how many opportunities are open now.
 */
export async function listProgrammes(options: {
  db: DbOrTx;
  prefectureCode?: string;
  municipalityCode?: string;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const conditions = [sql`${programmes.status} <> 'draft'`];
  if (options.prefectureCode) conditions.push(sql`${programmes.prefectureCode} = ${options.prefectureCode}`);
  if (options.municipalityCode)
    conditions.push(sql`${programmes.municipalityCode} = ${options.municipalityCode}`);
  return options.db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      nameEn: programmes.nameEn,
      summary: programmes.summary,
      status: programmes.status,
      prefectureCode: programmes.prefectureCode,
      municipalityCode: programmes.municipalityCode,
      startsOn: programmes.startsOn,
      endsOn: programmes.endsOn,
      coordinatorName: organisations.name,
      coordinatorSlug: organisations.slug,
      memberCount: sql<number>`(select count(*)::int from programme_members pm where pm.programme_id = ${programmes.id})`,
      openOpportunityCount: sql<number>`(
        select count(*)::int from opportunities o
        where o.programme_id = ${programmes.id} and o.status = 'published'
          and (o.applications_close_at is null or o.applications_close_at > ${now})
      )`,
    })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.coordinatorOrganisationId))
    .where(sql.join(conditions, sql` and `))
    .orderBy(sql`${programmes.status} = 'ended'`, asc(programmes.name));
}

import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { listBlocks, listPrefectures, type Prefecture, type RegionBlock } from './data';

export interface PrefectureSummary {
  prefecture: Prefecture;
  openOpportunities: number;
  organisations: number;
}

/** Region blocks (北海道, 東北, …) with their prefectures and how many open opportunities each has. */
export async function listRegionSummaries(options: {
  db: DbOrTx;
  now?: Date;
}): Promise<Array<{ block: RegionBlock; prefectures: PrefectureSummary[] }>> {
  const now = options.now ?? new Date();
  const [opportunityCounts, organisationCounts] = await Promise.all([
    queryRows<{ code: string; count: number }>(
      options.db,
      sql`select code, count(*)::int as count
          from opportunities o, unnest(o.prefecture_codes) as code
          where o.status = 'published' and (o.applications_close_at is null or o.applications_close_at > ${now})
          group by code`,
    ),
    queryRows<{ code: string; count: number }>(
      options.db,
      sql`select prefecture_code as code, count(*)::int as count from organisations group by prefecture_code`,
    ),
  ]);
  const openByCode = new Map(opportunityCounts.map((row) => [row.code, row.count]));
  const organisationsByCode = new Map(organisationCounts.map((row) => [row.code, row.count]));
  return listBlocks().map((block) => ({
    block,
    prefectures: listPrefectures(block.id).map((prefecture) => ({
      prefecture,
      openOpportunities: openByCode.get(prefecture.code) ?? 0,
      organisations: organisationsByCode.get(prefecture.code) ?? 0,
    })),
  }));
}

/** Open opportunities per prefecture (for the REST API's prefecture list). */
export async function countOpenOpportunitiesByPrefecture(options: { db: DbOrTx; now?: Date }) {
  const summaries = await listRegionSummaries(options);
  return new Map(
    summaries.flatMap((group) =>
      group.prefectures.map((row) => [row.prefecture.code, row.openOpportunities] as const),
    ),
  );
}

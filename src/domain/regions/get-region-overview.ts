import { asc, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { organisations } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { listOpenOpportunities } from '#src/domain/opportunities/list-open-opportunities';
import { listProgrammes } from '#src/domain/programmes/list-programmes';
import { AppError } from '#src/lib/errors';
import { getMunicipality, listBlocks, listMunicipalities, listWards, type Municipality } from './data';
import { getRegionFacts } from './get-region-facts';
import { resolveRegionCode } from './region-code';

const OPPORTUNITY_LIMIT = 24;

async function organisationsIn(db: DbOrTx, where: ReturnType<typeof sql>) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      nameEn: organisations.nameEn,
      kind: organisations.kind,
      municipalityCode: organisations.municipalityCode,
    })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name))
    .limit(200);
}

/**
 * A prefecture's page: its facts, the municipalities where something is happening (open
 * opportunities or organisations), open opportunities, programmes and organisations.
 */
export async function getPrefectureOverview(options: { db: DbOrTx; code: string; now?: Date }) {
  const { db } = options;
  const now = options.now ?? new Date();
  const region = resolveRegionCode(options.code);
  if (region.type !== 'prefecture') throw new AppError('NOT_FOUND');
  const { prefecture } = region;
  const [facts, open, programmes, orgs, activity] = await Promise.all([
    getRegionFacts({ db, code: prefecture.code }),
    listOpenOpportunities({
      db,
      prefectureCode: prefecture.code,
      limit: OPPORTUNITY_LIMIT,
      featuredFirst: true,
      now,
    }),
    listProgrammes({ db, prefectureCode: prefecture.code, now }),
    organisationsIn(db, sql`${organisations.prefectureCode} = ${prefecture.code}`),
    queryRows<{ code: string; opportunities: number; organisations: number }>(
      db,
      sql`select code, sum(opportunities)::int as opportunities, sum(organisations)::int as organisations from (
            select code, 1 as opportunities, 0 as organisations
            from opportunities o, unnest(o.municipality_codes) as code
            where o.status = 'published' and (o.applications_close_at is null or o.applications_close_at > ${now})
              and ${prefecture.code} = any(o.prefecture_codes)
            union all
            select municipality_code as code, 0, 1 from organisations
            where prefecture_code = ${prefecture.code} and municipality_code is not null
          ) activity group by code`,
    ),
  ]);
  const activityByCode = new Map(activity.map((row) => [row.code, row]));
  const municipalities = listMunicipalities(prefecture.code)
    .filter((municipality) => activityByCode.has(municipality.code))
    .map((municipality) => ({
      municipality,
      openOpportunities: activityByCode.get(municipality.code)!.opportunities,
      organisations: activityByCode.get(municipality.code)!.organisations,
    }));
  return {
    prefecture,
    block: listBlocks().find((block) => block.id === prefecture.block)!,
    facts,
    municipalities,
    allMunicipalities: listMunicipalities(prefecture.code).filter(
      (municipality) => municipality.kind !== 'ward',
    ),
    openOpportunities: open.items,
    openOpportunityCount: open.total,
    programmes,
    organisations: orgs,
  };
}

/** A municipality's page; a designated city includes its wards. */
export async function getMunicipalityOverview(options: {
  db: DbOrTx;
  prefectureCode: string;
  code: string;
  now?: Date;
}) {
  const { db } = options;
  const now = options.now ?? new Date();
  const region = resolveRegionCode(options.code);
  if (region.type !== 'municipality' || region.prefecture.code !== options.prefectureCode) {
    throw new AppError('NOT_FOUND');
  }
  const { municipality, prefecture } = region;
  const wards: readonly Municipality[] = listWards(municipality.code);
  const codes = [municipality.code, ...wards.map((ward) => ward.code)];
  const [facts, open, programmes, orgs] = await Promise.all([
    getRegionFacts({ db, code: municipality.code }),
    listOpenOpportunities({
      db,
      municipalityCodes: codes,
      limit: OPPORTUNITY_LIMIT,
      featuredFirst: true,
      now,
    }),
    listProgrammes({ db, municipalityCode: municipality.code, now }),
    organisationsIn(db, inArray(organisations.municipalityCode, codes)),
  ]);
  return {
    municipality,
    parent: municipality.parentCode ? (getMunicipality(municipality.parentCode) ?? null) : null,
    wards,
    prefecture,
    facts,
    openOpportunities: open.items,
    openOpportunityCount: open.total,
    programmes,
    organisations: orgs,
  };
}

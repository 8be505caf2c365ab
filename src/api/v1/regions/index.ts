import { z } from 'zod';
import { getMunicipalityOverview, getPrefectureOverview } from '#src/domain/regions/get-region-overview';
import { listRegionSummaries } from '#src/domain/regions/list-region-summaries';
import { resolveRegionCode } from '#src/domain/regions/region-code';
import type { RegionFacts } from '#src/domain/regions/get-region-facts';
import { updateRegionFacts } from '#src/domain/regions/update-region-facts';
import { defineRoute } from '../framework';

const nullableInt = z.number().int().nullable();

const RegionFactsSchema = z
  .object({
    population: nullableInt,
    households: nullableInt,
    statisticsAsOf: z.string().nullable().meta({ description: 'The date the population figures refer to' }),
    travelMinutesToTokyo: nullableInt,
    travelMinutesToOsaka: nullableInt,
    accessNote: z.string().nullable(),
    accessNoteEn: z.string().nullable(),
    introduction: z.string().nullable(),
    introductionEn: z.string().nullable(),
    coworkingBases: z.array(
      z.object({ name: z.string(), url: z.string().optional(), note: z.string().optional() }),
    ),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'RegionFacts' });

const RegionFactsBodySchema = z
  .object({
    population: nullableInt,
    households: nullableInt,
    statisticsAsOf: z.string().nullable(),
    travelMinutesToTokyo: nullableInt,
    travelMinutesToOsaka: nullableInt,
    accessNote: z.string(),
    accessNoteEn: z.string(),
    introduction: z.string(),
    introductionEn: z.string(),
    coworkingBases: z.array(
      z.object({ name: z.string(), url: z.string().optional(), note: z.string().optional() }),
    ),
  })
  .partial()
  .meta({ id: 'RegionFactsInput', description: 'Replaces every fact; a field left out is cleared' });

const PrefectureSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    kana: z.string(),
    block: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }),
    openOpportunities: z.number().int(),
    organisations: z.number().int(),
  })
  .meta({ id: 'Prefecture' });

const RegionSchema = z
  .object({
    code: z.string(),
    type: z.enum(['prefecture', 'municipality']),
    name: z.string(),
    nameEn: z.string().nullable(),
    prefectureCode: z.string(),
    facts: RegionFactsSchema.nullable(),
    openOpportunities: z.number().int(),
    organisations: z.number().int(),
    programmes: z.number().int(),
  })
  .meta({ id: 'Region' });

function factsResource(facts: RegionFacts | null) {
  if (!facts) return null;
  return {
    population: facts.population,
    households: facts.households,
    statisticsAsOf: facts.statisticsAsOf,
    travelMinutesToTokyo: facts.travelMinutesToTokyo,
    travelMinutesToOsaka: facts.travelMinutesToOsaka,
    accessNote: facts.accessNote,
    accessNoteEn: facts.accessNoteEn,
    introduction: facts.introduction,
    introductionEn: facts.introductionEn,
    coworkingBases: facts.coworkingBases,
    updatedAt: facts.updatedAt.toISOString(),
  };
}

const CodeParams = z.object({
  code: z
    .string()
    .regex(/^\d{2}$|^\d{6}$/)
    .meta({ description: 'Prefecture (2 digits) or municipality (6 digits) code' }),
});

export const regionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/regions/prefectures',
    operationId: 'listPrefectures',
    summary: 'All 47 prefectures by region block, with counts of open opportunities and organisations',
    tags: ['regions'],
    auth: 'public',
    response: z.object({ items: z.array(PrefectureSchema) }),
    async handler({ ctx }) {
      const groups = await listRegionSummaries({ db: ctx.db });
      return {
        items: groups.flatMap(({ block, prefectures }) =>
          prefectures.map((row) => ({
            code: row.prefecture.code,
            name: row.prefecture.name,
            nameEn: row.prefecture.nameEn,
            kana: row.prefecture.kana,
            block: { id: block.id, name: block.name, nameEn: block.nameEn },
            openOpportunities: row.openOpportunities,
            organisations: row.organisations,
          })),
        ),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/regions/{code}',
    operationId: 'getRegion',
    summary: 'A prefecture or municipality: its facts and counts',
    tags: ['regions'],
    auth: 'public',
    params: CodeParams,
    response: RegionSchema,
    async handler({ ctx, params }) {
      const region = resolveRegionCode(params.code);
      if (region.type === 'prefecture') {
        const overview = await getPrefectureOverview({ db: ctx.db, code: region.code });
        return {
          code: region.code,
          type: region.type,
          name: region.prefecture.name,
          nameEn: region.prefecture.nameEn,
          prefectureCode: region.code,
          facts: factsResource(overview.facts),
          openOpportunities: overview.openOpportunityCount,
          organisations: overview.organisations.length,
          programmes: overview.programmes.length,
        };
      }
      const overview = await getMunicipalityOverview({
        db: ctx.db,
        prefectureCode: region.prefecture.code,
        code: region.code,
      });
      return {
        code: region.code,
        type: region.type,
        name: region.municipality.name,
        nameEn: region.municipality.nameEn ?? null,
        prefectureCode: region.prefecture.code,
        facts: factsResource(overview.facts),
        openOpportunities: overview.openOpportunityCount,
        organisations: overview.organisations.length,
        programmes: overview.programmes.length,
      };
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/regions/{code}/facts',
    operationId: 'updateRegionFacts',
    summary: 'Replace a region’s facts (coordinators of an organisation in that region, or admins)',
    tags: ['regions'],
    auth: 'required',
    params: CodeParams,
    body: RegionFactsBodySchema,
    response: RegionFactsSchema,
    async handler({ ctx, params, body }) {
      const facts = await updateRegionFacts({ db: ctx.db, actor: ctx.actor, code: params.code, input: body });
      return factsResource(facts)!;
    },
  }),
];

import { z } from 'zod';
import { resolveOpportunityId } from '#src/domain/opportunities/access';
import { featureOpportunity } from '#src/domain/programmes/feature-opportunity';
import { getProgrammeBySlug } from '#src/domain/programmes/get-programme';
import { listProgrammes } from '#src/domain/programmes/list-programmes';
import { defineRoute } from '../framework';
import { OpportunitySummarySchema, toOpportunitySummary } from '../opportunities/schemas';

const ProgrammeStatusSchema = z.enum(['draft', 'active', 'ended']);

const ProgrammeSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    summary: z.string(),
    status: ProgrammeStatusSchema,
    prefectureCode: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    coordinator: z.object({ slug: z.string(), name: z.string() }),
    memberCount: z.number().int(),
    openOpportunities: z.number().int(),
  })
  .meta({ id: 'ProgrammeSummary' });

const ProgrammeMemberSchema = z.object({
  role: z.enum(['host', 'partner', 'endorser']),
  organisation: z.object({ slug: z.string(), name: z.string() }),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
});

const ProgrammeSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    summary: z.string(),
    description: z.string(),
    status: ProgrammeStatusSchema,
    prefectureCode: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    websiteUrl: z.string().nullable(),
    coordinator: z.object({ slug: z.string(), name: z.string() }),
    members: z.array(ProgrammeMemberSchema),
    openOpportunities: z.array(OpportunitySummarySchema),
  })
  .meta({ id: 'Programme' });

export const programmeRoutes = [
  defineRoute({
    method: 'GET',
    path: '/programmes',
    operationId: 'listProgrammes',
    summary: 'Programmes run by coordinators (active and ended)',
    tags: ['programmes'],
    auth: 'public',
    response: z.object({ items: z.array(ProgrammeSummarySchema) }),
    async handler({ ctx }) {
      const rows = await listProgrammes({ db: ctx.db });
      return {
        items: rows.map((row) => ({
          ...row,
          coordinator: { slug: row.coordinatorSlug, name: row.coordinatorName },
          openOpportunities: row.openOpportunityCount,
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/programmes/{slug}',
    operationId: 'getProgramme',
    summary: 'A programme with its members by role and its open opportunities (featured first)',
    tags: ['programmes'],
    auth: 'public',
    params: z.object({ slug: z.string().min(1).max(100) }),
    response: ProgrammeSchema,
    async handler({ ctx, params }) {
      const { programme, coordinator, members, openOpportunities } = await getProgrammeBySlug({
        db: ctx.db,
        slug: params.slug,
      });
      return {
        ...programme,
        coordinator: { slug: coordinator.slug, name: coordinator.name },
        members: members.map((member) => ({
          role: member.role,
          organisation: { slug: member.slug, name: member.name },
          joinedOn: member.joinedOn,
          leftOn: member.leftOn,
        })),
        openOpportunities: openOpportunities.map((row) => toOpportunitySummary(row)),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/programmes/{slug}/opportunities/{opportunity}/feature',
    operationId: 'featureProgrammeOpportunity',
    summary: 'Feature (or, with featured: false, stop featuring) an open opportunity of your programme',
    tags: ['programmes'],
    auth: 'required',
    params: z.object({ slug: z.string().min(1).max(100), opportunity: z.string().min(1).max(100) }),
    body: z.object({ featured: z.boolean().default(true) }),
    response: z.object({
      id: z.uuid(),
      slug: z.string(),
      featured: z.boolean(),
      featuredAt: z.iso.datetime().nullable(),
    }),
    async handler({ ctx, params, body }) {
      const opportunityId = await resolveOpportunityId({ db: ctx.db, key: params.opportunity });
      const updated = await featureOpportunity({
        db: ctx.db,
        actor: ctx.actor,
        programmeSlug: params.slug,
        opportunityId,
        featured: body.featured,
      });
      return {
        id: updated.id,
        slug: updated.slug,
        featured: updated.featuredAt !== null,
        featuredAt: updated.featuredAt?.toISOString() ?? null,
      };
    },
  }),
];

import { z } from 'zod';
import { getOrganisationBySlug } from '#src/domain/organisations/get-organisation';
import { listOrganisations } from '#src/domain/organisations/list-organisations';
import { defineRoute } from '../framework';
import { OrganisationKindSchema, OrganisationSchema } from './schemas';

export const organisationRoutes = [
  defineRoute({
    method: 'GET',
    path: '/organisations',
    operationId: 'listOrganisations',
    summary: 'List organisations (public profiles)',
    tags: ['organisations'],
    auth: 'public',
    query: z.object({
      kind: OrganisationKindSchema.optional(),
      prefecture: z
        .string()
        .regex(/^\d{2}$/)
        .optional(),
    }),
    response: z.object({ items: z.array(OrganisationSchema) }),
    async handler({ ctx, query }) {
      return {
        items: await listOrganisations({ db: ctx.db, kind: query.kind, prefectureCode: query.prefecture }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/organisations/{slug}',
    operationId: 'getOrganisation',
    summary: 'One organisation’s public profile',
    tags: ['organisations'],
    auth: 'public',
    params: z.object({ slug: z.string().min(1).max(100) }),
    response: OrganisationSchema,
    async handler({ ctx, params }) {
      return getOrganisationBySlug({ db: ctx.db, slug: params.slug });
    },
  }),
];

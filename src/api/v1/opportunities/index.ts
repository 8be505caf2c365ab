import { z } from 'zod';
import { getOrganisationBySlug } from '#src/domain/organisations/get-organisation';
import { resolveOpportunityId } from '#src/domain/opportunities/access';
import { archiveOpportunity } from '#src/domain/opportunities/archive-opportunity';
import { closeOpportunity } from '#src/domain/opportunities/close-opportunity';
import { createOpportunity } from '#src/domain/opportunities/create-opportunity';
import { duplicateOpportunity } from '#src/domain/opportunities/duplicate-opportunity';
import { getOpportunityForHost, getPublicOpportunity } from '#src/domain/opportunities/get-opportunity';
import { listOpenOpportunities } from '#src/domain/opportunities/list-open-opportunities';
import { publishOpportunity } from '#src/domain/opportunities/publish-opportunity';
import { updateOpportunity } from '#src/domain/opportunities/update-opportunity';
import { getPrefecture } from '#src/domain/regions/data';
import { defineRoute, type ApiContext } from '../framework';
import {
  OpportunityBodySchema,
  OpportunityCreateSchema,
  OpportunityKindSchema,
  OpportunitySchema,
  OpportunitySummarySchema,
  toOpportunityResource,
  toOpportunitySummary,
} from './schemas';

const OpportunityKeyParams = z.object({
  opportunity: z.string().min(1).max(100).meta({ description: 'The opportunity’s id or slug' }),
});

/** The full opportunity as its organisation's members see it after a change. */
async function hostView(ctx: ApiContext, opportunityId: string) {
  return toOpportunityResource(await getOpportunityForHost({ db: ctx.db, actor: ctx.actor, opportunityId }));
}

type Transition = (options: {
  db: ApiContext['db'];
  actor: ApiContext['actor'];
  opportunityId: string;
  locale: ApiContext['locale'];
}) => Promise<{ id: string }>;
const transitions: Array<{ name: string; summary: string; run: Transition; status?: number }> = [
  {
    name: 'publish',
    summary: 'Publish a draft (or reopen a closed opportunity); answers 422 naming the fields still missing',
    run: publishOpportunity,
  },
  { name: 'close', summary: 'Close a published opportunity to applications', run: closeOpportunity },
  {
    name: 'archive',
    summary: 'Archive an opportunity: hidden from every public page and list',
    run: archiveOpportunity,
  },
  {
    name: 'duplicate',
    summary: 'Copy an opportunity into a new draft titled “…(コピー)”',
    run: duplicateOpportunity,
    status: 201,
  },
];

export const opportunityRoutes = [
  defineRoute({
    method: 'GET',
    path: '/opportunities',
    operationId: 'listOpportunities',
    summary: 'Open opportunities (published, deadline not passed), newest first',
    tags: ['opportunities'],
    auth: 'public',
    query: z.object({
      organisation: z.string().max(100).optional().meta({ description: 'Organisation slug' }),
      kind: OpportunityKindSchema.optional(),
      prefecture: z
        .string()
        .regex(/^\d{2}$/)
        .refine((code) => getPrefecture(code) !== undefined)
        .optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      perPage: z.coerce.number().int().min(1).max(100).default(20),
    }),
    response: z.object({
      items: z.array(OpportunitySummarySchema),
      total: z.number().int(),
      page: z.number().int(),
      perPage: z.number().int(),
    }),
    async handler({ ctx, query }) {
      const organisation = query.organisation
        ? await getOrganisationBySlug({ db: ctx.db, slug: query.organisation })
        : undefined;
      const result = await listOpenOpportunities({
        db: ctx.db,
        organisationId: organisation?.id,
        kind: query.kind as never,
        prefectureCode: query.prefecture,
        limit: query.perPage,
        offset: (query.page - 1) * query.perPage,
      });
      return {
        items: result.items.map((row) => toOpportunitySummary(row)),
        total: result.total,
        page: query.page,
        perPage: query.perPage,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/opportunities/{opportunity}',
    operationId: 'getOpportunity',
    summary: 'One published or closed opportunity',
    tags: ['opportunities'],
    auth: 'public',
    params: OpportunityKeyParams,
    response: OpportunitySchema,
    async handler({ ctx, params }) {
      const details = await getPublicOpportunity({ db: ctx.db, key: params.opportunity });
      return toOpportunityResource(details);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/organisations/{slug}/opportunities',
    operationId: 'createOpportunity',
    summary: 'Start a draft opportunity for an organisation you belong to',
    tags: ['opportunities'],
    auth: 'required',
    params: z.object({ slug: z.string().min(1).max(100) }),
    body: OpportunityCreateSchema,
    response: OpportunitySchema,
    status: 201,
    async handler({ ctx, params, body }) {
      const organisation = await getOrganisationBySlug({ db: ctx.db, slug: params.slug });
      const created = await createOpportunity({
        db: ctx.db,
        actor: ctx.actor,
        organisationId: organisation.id,
        input: body,
      });
      return hostView(ctx, created.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/opportunities/{opportunity}',
    operationId: 'updateOpportunity',
    summary: 'Change some fields of your organisation’s opportunity (a published one must stay complete)',
    tags: ['opportunities'],
    auth: 'required',
    params: OpportunityKeyParams,
    body: OpportunityBodySchema,
    response: OpportunitySchema,
    async handler({ ctx, params, body }) {
      const opportunityId = await resolveOpportunityId({ db: ctx.db, key: params.opportunity });
      await updateOpportunity({ db: ctx.db, actor: ctx.actor, opportunityId, input: body, mode: 'merge' });
      return hostView(ctx, opportunityId);
    },
  }),
  ...transitions.map((transition) =>
    defineRoute({
      method: 'POST',
      path: `/opportunities/{opportunity}/${transition.name}`,
      operationId: `${transition.name}Opportunity`,
      summary: transition.summary,
      tags: ['opportunities'],
      auth: 'required',
      params: OpportunityKeyParams,
      response: OpportunitySchema,
      status: transition.status,
      async handler({ ctx, params }) {
        const opportunityId = await resolveOpportunityId({ db: ctx.db, key: params.opportunity });
        const result = await transition.run({
          db: ctx.db,
          actor: ctx.actor,
          opportunityId,
          locale: ctx.locale,
        });
        return hostView(ctx, result.id);
      },
    }),
  ),
];

import { z } from 'zod';
import { defineRoute } from '../framework';

const MeSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    displayName: z.string(),
    role: z.enum(['talent', 'host', 'coordinator', 'admin']),
    organisations: z.array(
      z.object({
        id: z.uuid(),
        slug: z.string(),
        name: z.string(),
        role: z.enum(['owner', 'admin', 'member']),
      }),
    ),
  })
  .meta({ id: 'Me' });

export const metaRoutes = [
  defineRoute({
    method: 'GET',
    path: '/me',
    operationId: 'getMe',
    summary: 'The account the request is authenticated as, with its organisations',
    tags: ['accounts'],
    auth: 'required',
    response: MeSchema,
    async handler({ ctx }) {
      const actor = ctx.actor!;
      return {
        id: actor.accountId,
        email: actor.email,
        displayName: actor.displayName,
        role: actor.role,
        organisations: actor.memberships.map((m) => ({
          id: m.organisationId,
          slug: m.organisationSlug,
          name: m.organisationName,
          role: m.role,
        })),
      };
    },
  }),
];

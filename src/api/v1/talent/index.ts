import { z } from 'zod';
import { getOwnTalentProfile } from '#src/domain/talent/get-own-talent-profile';
import { getTalentProfile } from '#src/domain/talent/get-talent-profile';
import { listScoutingTalent } from '#src/domain/talent/list-scouting-talent';
import { replaceTalentProfile } from '#src/domain/talent/replace-talent-profile';
import { SKILL_SLUGS } from '#src/domain/taxonomy/skills';
import { WORK_FIELD_IDS } from '#src/domain/taxonomy/fields';
import type { Actor } from '#src/domain/accounts/actor';
import type { Db } from '#src/db/client';
import { defineRoute } from '../framework';
import { TalentDirectoryEntrySchema, TalentProfileInputSchema, TalentProfileSchema } from './schemas';

async function ownProfile(db: Db, actor: Actor | null) {
  const own = await getOwnTalentProfile({ db, actor });
  return getTalentProfile({ db, actor, talentId: own.account.id });
}

export const talentRoutes = [
  defineRoute({
    method: 'GET',
    path: '/me/profile',
    operationId: 'getMyTalentProfile',
    summary: 'Your own talent profile, with its completeness (talent accounts)',
    tags: ['talent'],
    auth: 'required',
    response: TalentProfileSchema,
    async handler({ ctx }) {
      return ownProfile(ctx.db, ctx.actor);
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/me/profile',
    operationId: 'putMyTalentProfile',
    summary: 'Save your whole talent profile (same validation as the profile page)',
    tags: ['talent'],
    auth: 'required',
    body: TalentProfileInputSchema,
    response: TalentProfileSchema,
    async handler({ ctx, body }) {
      await replaceTalentProfile({ db: ctx.db, actor: ctx.actor, input: body });
      return ownProfile(ctx.db, ctx.actor);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/talent',
    operationId: 'listScoutingTalent',
    summary: 'Talent open to scouting, without contact details (host and coordinator members)',
    tags: ['talent'],
    auth: 'required',
    query: z.object({
      skill: z.enum(SKILL_SLUGS).optional(),
      field: z.enum(WORK_FIELD_IDS).optional(),
      prefecture: z
        .string()
        .regex(/^\d{2}$/)
        .optional()
        .meta({ description: 'A prefecture the talent has a tie to' }),
      minHours: z.coerce.number().int().min(1).max(80).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
    response: z.object({
      items: z.array(TalentDirectoryEntrySchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int(),
    }),
    async handler({ ctx, query }) {
      return listScoutingTalent({ db: ctx.db, actor: ctx.actor, filters: query });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/talent/{id}',
    operationId: 'getTalentProfile',
    summary: 'One talent’s profile, as far as the access rule allows (404 when not allowed)',
    tags: ['talent'],
    auth: 'required',
    params: z.object({ id: z.uuid() }),
    response: TalentProfileSchema,
    async handler({ ctx, params }) {
      return getTalentProfile({ db: ctx.db, actor: ctx.actor, talentId: params.id });
    },
  }),
];

import { z } from 'zod';
import { publicBaseUrl } from '#src/domain/accounts/emails';
import { changeMemberRole } from '#src/domain/organisations/change-member-role';
import { getOrganisationBySlug } from '#src/domain/organisations/get-organisation';
import { inviteMember } from '#src/domain/organisations/invite-member';
import { listOrganisationInvitations } from '#src/domain/organisations/list-organisation-invitations';
import { listOrganisationMembers } from '#src/domain/organisations/list-organisation-members';
import { listOrganisations } from '#src/domain/organisations/list-organisations';
import { removeMember } from '#src/domain/organisations/remove-member';
import { revokeInvitation } from '#src/domain/organisations/revoke-invitation';
import { updateOrganisationProfile } from '#src/domain/organisations/update-organisation-profile';
import { defineRoute } from '../framework';
import {
  InvitationSchema,
  MemberSchema,
  MembershipRoleSchema,
  OrganisationKindSchema,
  OrganisationProfileBodySchema,
  OrganisationSchema,
} from './schemas';

const SlugParams = z.object({ slug: z.string().min(1).max(100) });

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
    params: SlugParams,
    response: OrganisationSchema,
    async handler({ ctx, params }) {
      return getOrganisationBySlug({ db: ctx.db, slug: params.slug });
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/organisations/{slug}',
    operationId: 'updateOrganisationProfile',
    summary:
      'Change an organisation’s name, place, introduction and website (owners and admins); its opportunities are found by the new name at once',
    tags: ['organisations'],
    auth: 'required',
    params: SlugParams,
    body: OrganisationProfileBodySchema,
    response: OrganisationSchema,
    async handler({ ctx, params, body }) {
      return updateOrganisationProfile({ db: ctx.db, actor: ctx.actor, slug: params.slug, input: body });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/organisations/{slug}/members',
    operationId: 'listOrganisationMembers',
    summary: 'Members of an organisation (its own members and platform admins only)',
    tags: ['organisations'],
    auth: 'required',
    params: SlugParams,
    response: z.object({ items: z.array(MemberSchema) }),
    async handler({ ctx, params }) {
      const members = await listOrganisationMembers({ db: ctx.db, actor: ctx.actor, slug: params.slug });
      return { items: members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() })) };
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/organisations/{slug}/members/{accountId}',
    operationId: 'changeOrganisationMemberRole',
    summary: 'Change a member’s role (owners only; the last owner cannot step down)',
    tags: ['organisations'],
    auth: 'required',
    params: SlugParams.extend({ accountId: z.uuid() }),
    body: z.object({ role: MembershipRoleSchema }),
    response: z.object({ accountId: z.uuid(), role: MembershipRoleSchema }),
    async handler({ ctx, params, body }) {
      return changeMemberRole({
        db: ctx.db,
        actor: ctx.actor,
        slug: params.slug,
        accountId: params.accountId,
        input: body,
      });
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/organisations/{slug}/members/{accountId}',
    operationId: 'removeOrganisationMember',
    summary: 'Remove a member (owners and admins; admins cannot remove owners; never the last owner)',
    tags: ['organisations'],
    auth: 'required',
    params: SlugParams.extend({ accountId: z.uuid() }),
    status: 204,
    response: z.null(),
    async handler({ ctx, params }) {
      await removeMember({ db: ctx.db, actor: ctx.actor, slug: params.slug, accountId: params.accountId });
      return null;
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/organisations/{slug}/invitations',
    operationId: 'listOrganisationInvitations',
    summary: 'Pending invitations of an organisation (owners and admins)',
    tags: ['organisations'],
    auth: 'required',
    params: SlugParams,
    response: z.object({ items: z.array(InvitationSchema) }),
    async handler({ ctx, params }) {
      const invitations = await listOrganisationInvitations({
        db: ctx.db,
        actor: ctx.actor,
        slug: params.slug,
      });
      return {
        items: invitations.map((invitation) => ({
          ...invitation,
          expiresAt: invitation.expiresAt.toISOString(),
        })),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/organisations/{slug}/invitations',
    operationId: 'inviteOrganisationMember',
    summary: 'Invite someone by e-mail (owners and admins; only owners invite admins and owners)',
    tags: ['organisations'],
    auth: 'required',
    params: SlugParams,
    body: z.object({ email: z.email(), role: MembershipRoleSchema.default('member') }),
    status: 201,
    response: InvitationSchema,
    async handler({ ctx, params, body }) {
      const invitation = await inviteMember({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        slug: params.slug,
        input: body,
        baseUrl: publicBaseUrl(ctx.runtime.config.PUBLIC_URL, ctx.request.url),
        locale: ctx.locale,
      });
      return { ...invitation, expiresAt: invitation.expiresAt.toISOString() };
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/organisations/{slug}/invitations/{invitationId}',
    operationId: 'revokeOrganisationInvitation',
    summary: 'Withdraw a pending invitation (owners and admins)',
    tags: ['organisations'],
    auth: 'required',
    params: SlugParams.extend({ invitationId: z.uuid() }),
    status: 204,
    response: z.null(),
    async handler({ ctx, params }) {
      await revokeInvitation({
        db: ctx.db,
        actor: ctx.actor,
        slug: params.slug,
        invitationId: params.invitationId,
      });
      return null;
    },
  }),
];

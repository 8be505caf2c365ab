import { z } from 'zod';
import { listAccounts } from '#src/domain/admin/list-accounts';
import { reinstateAccount } from '#src/domain/admin/reinstate-account';
import { suspendAccount } from '#src/domain/admin/suspend-account';
import { defineRoute } from '../framework';
import { AccountRoleSchema, AccountStatusSchema, AdminAccountSchema } from './schemas';

const AccountIdParams = z.object({ id: z.uuid() });
const StatusChangeSchema = z.object({ id: z.uuid(), email: z.email(), status: AccountStatusSchema });

export const accountRoutes = [
  defineRoute({
    method: 'GET',
    path: '/admin/accounts',
    operationId: 'adminListAccounts',
    summary: 'All accounts, newest first, with search and filters (platform admins only)',
    tags: ['admin'],
    auth: 'required',
    query: z.object({
      q: z.string().max(200).optional().meta({ description: 'Part of the e-mail address or name' }),
      role: AccountRoleSchema.optional(),
      status: AccountStatusSchema.optional(),
      page: z.coerce.number().int().min(1).max(100000).default(1),
    }),
    response: z.object({
      items: z.array(AdminAccountSchema),
      total: z.number().int(),
      page: z.number().int(),
      pageCount: z.number().int(),
    }),
    async handler({ ctx, query }) {
      const result = await listAccounts({ db: ctx.db, actor: ctx.actor, filters: query });
      return {
        items: result.items.map((account) => ({
          id: account.id,
          email: account.email,
          displayName: account.displayName,
          role: account.role,
          status: account.status,
          emailVerified: account.emailVerifiedAt !== null,
          createdAt: account.createdAt.toISOString(),
          suspendedAt: account.suspendedAt?.toISOString() ?? null,
        })),
        total: result.total,
        page: result.page,
        pageCount: result.pageCount,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/admin/accounts/{id}/suspend',
    operationId: 'adminSuspendAccount',
    summary: 'Suspend an account and end all its sessions (platform admins only)',
    tags: ['admin'],
    auth: 'required',
    params: AccountIdParams,
    response: StatusChangeSchema,
    async handler({ ctx, params }) {
      return suspendAccount({ db: ctx.db, actor: ctx.actor, accountId: params.id });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/admin/accounts/{id}/reinstate',
    operationId: 'adminReinstateAccount',
    summary: 'Lift an account’s suspension (platform admins only)',
    tags: ['admin'],
    auth: 'required',
    params: AccountIdParams,
    response: StatusChangeSchema,
    async handler({ ctx, params }) {
      return reinstateAccount({ db: ctx.db, actor: ctx.actor, accountId: params.id });
    },
  }),
];

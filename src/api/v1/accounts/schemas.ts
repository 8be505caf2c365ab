import { z } from 'zod';

export const AccountRoleSchema = z.enum(['talent', 'host', 'coordinator', 'admin']);
export const AccountStatusSchema = z.enum(['active', 'suspended']);

/** An account as platform admins see it; never a password hash or token. */
export const AdminAccountSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    displayName: z.string(),
    role: AccountRoleSchema,
    status: AccountStatusSchema,
    emailVerified: z.boolean(),
    createdAt: z.iso.datetime(),
    suspendedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'AdminAccount' });

import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { accountRole, accountStatus, accounts } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requirePlatformAdmin } from '#src/domain/accounts/permissions';
import { parseInput } from '#src/domain/accounts/schema';

export const ADMIN_PAGE_SIZE = 25;

export const ListAccountsSchema = z.object({
  q: z.string().trim().max(200, 'validation.invalid').optional(),
  role: z.enum(accountRole.enumValues, 'validation.invalid').optional(),
  status: z.enum(accountStatus.enumValues, 'validation.invalid').optional(),
  page: z.coerce
    .number('validation.invalid')
    .int('validation.invalid')
    .min(1, 'validation.invalid')
    .max(100000, 'validation.invalid')
    .default(1),
});

/** Escapes LIKE wildcards so a search for "50%" finds "50%" and nothing else. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every account, newest first, searchable by e-mail or name and filterable by role and status (platform admins). */
export async function listAccounts(options: { db: Db; actor: Actor | null; filters?: unknown }) {
  const { db } = options;
  requirePlatformAdmin(options.actor);
  const filters = parseInput(ListAccountsSchema, options.filters ?? {});
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = likeContains(filters.q);
    conditions.push(or(ilike(accounts.email, pattern), ilike(accounts.displayName, pattern))!);
  }
  if (filters.role) conditions.push(eq(accounts.role, filters.role));
  if (filters.status) conditions.push(eq(accounts.status, filters.status));
  const where = conditions.length ? and(...conditions) : undefined;
  const [total] = await db.select({ value: count() }).from(accounts).where(where);
  const items = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      role: accounts.role,
      status: accounts.status,
      emailVerifiedAt: accounts.emailVerifiedAt,
      suspendedAt: accounts.suspendedAt,
      createdAt: accounts.createdAt,
    })
    .from(accounts)
    .where(where)
    .orderBy(desc(accounts.createdAt), accounts.email)
    .limit(ADMIN_PAGE_SIZE)
    .offset((filters.page - 1) * ADMIN_PAGE_SIZE);
  const totalCount = total?.value ?? 0;
  return {
    items,
    total: totalCount,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(totalCount / ADMIN_PAGE_SIZE)),
    filters,
  };
}

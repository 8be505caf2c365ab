import { count, desc, ilike } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { emailOutbox } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requirePlatformAdmin } from '#src/domain/accounts/permissions';
import { parseInput } from '#src/domain/accounts/schema';
import { ADMIN_PAGE_SIZE, likeContains } from './list-accounts';

export const ListOutboxSchema = z.object({
  to: z.string().trim().max(254, 'validation.invalid').optional(),
  page: z.coerce
    .number('validation.invalid')
    .int('validation.invalid')
    .min(1, 'validation.invalid')
    .max(100000, 'validation.invalid')
    .default(1),
});

/** The e-mail outbox, newest first, optionally filtered by recipient (platform admins). */
export async function listOutbox(options: { db: Db; actor: Actor | null; filters?: unknown }) {
  const { db } = options;
  requirePlatformAdmin(options.actor);
  const filters = parseInput(ListOutboxSchema, options.filters ?? {});
  const where = filters.to ? ilike(emailOutbox.toAddress, likeContains(filters.to)) : undefined;
  const [total] = await db.select({ value: count() }).from(emailOutbox).where(where);
  const items = await db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      transport: emailOutbox.transport,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(where)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
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

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import type { Actor } from './actor';
import { requireActor } from './permissions';
import { DisplayNameSchema, LocaleSchema, parseInput } from './schema';

export const AccountSettingsSchema = z.object({
  displayName: DisplayNameSchema,
  /** The language of the pages after sign-in and of every e-mail the platform sends this account. */
  locale: LocaleSchema,
});

export async function updateAccountSettings(options: { db: Db; actor: Actor | null; input: unknown }) {
  const { db, actor } = options;
  requireActor(actor);
  const input = parseInput(AccountSettingsSchema, options.input);
  await db
    .update(accounts)
    .set({ displayName: input.displayName, locale: input.locale, updatedAt: new Date() })
    .where(eq(accounts.id, actor.accountId));
  return input;
}

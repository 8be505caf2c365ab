import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { accounts, apiTokens } from '#src/db/schema';
import { randomToken, sha256 } from '#src/lib/crypto';
import { AppError } from '#src/lib/errors';
import type { Actor } from './actor';
import { requireActor } from './permissions';
import { loadActor } from './sessions';

const TOKEN_PREFIX = 'tsg_';

export const CreateApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
});

/** Creates a token for the actor; the secret is returned once and only its hash is stored. */
export async function createApiToken(options: { db: Db; actor: Actor | null; input: unknown }) {
  requireActor(options.actor);
  const parsed = CreateApiTokenSchema.safeParse(options.input);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'errors.INVALID_INPUT', { name: 'validation.required' });
  const secret = `${TOKEN_PREFIX}${randomToken()}`;
  const [row] = await options.db
    .insert(apiTokens)
    .values({
      accountId: options.actor.accountId,
      name: parsed.data.name,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, 10),
    })
    .returning({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
    });
  return { ...row!, secret };
}

export async function listApiTokens(options: { db: Db; actor: Actor | null }) {
  requireActor(options.actor);
  return options.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      lastUsedAt: apiTokens.lastUsedAt,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.accountId, options.actor.accountId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(options: { db: Db; actor: Actor | null; tokenId: string }) {
  requireActor(options.actor);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.tokenId)) {
    throw new AppError('NOT_FOUND');
  }
  const revoked = await options.db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, options.tokenId), eq(apiTokens.accountId, options.actor.accountId)))
    .returning({ id: apiTokens.id });
  if (revoked.length === 0) throw new AppError('NOT_FOUND');
}

/** Resolves `Authorization: Bearer tsg_…` to an actor; unknown, revoked or suspended gives null. */
export async function resolveApiTokenActor(options: { db: Db; secret: string }): Promise<Actor | null> {
  if (!options.secret.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await options.db
    .select({
      tokenId: apiTokens.id,
      accountId: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      role: accounts.role,
      status: accounts.status,
      emailVerifiedAt: accounts.emailVerifiedAt,
    })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(and(eq(apiTokens.tokenHash, sha256(options.secret)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row || row.status !== 'active') return null;
  await options.db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return loadActor({ db: options.db, account: row });
}

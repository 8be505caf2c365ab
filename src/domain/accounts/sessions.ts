import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, memberships, organisations, sessions } from '#src/db/schema';
import { randomToken, sha256 } from '#src/lib/crypto';
import type { Actor } from './actor';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export async function createSession(options: { db: Db; accountId: string; userAgent?: string | null }) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await options.db.insert(sessions).values({
    id: sha256(token),
    accountId: options.accountId,
    expiresAt,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

export async function deleteSession(options: { db: Db; token: string }) {
  await options.db.delete(sessions).where(eq(sessions.id, sha256(options.token)));
}

export async function deleteSessionsForAccount(options: { db: Db; accountId: string }) {
  await options.db.delete(sessions).where(eq(sessions.accountId, options.accountId));
}

export async function deleteExpiredSessions(options: { db: Db }) {
  await options.db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** Resolves a session cookie to the acting account with its memberships; suspended accounts get none. */
export async function resolveSessionActor(options: { db: Db; token: string }): Promise<Actor | null> {
  const { db, token } = options;
  const [row] = await db
    .select({
      accountId: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      role: accounts.role,
      status: accounts.status,
      emailVerifiedAt: accounts.emailVerifiedAt,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.id, sha256(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row || row.status !== 'active') return null;
  return loadActor({ db, account: row });
}

export async function loadActor(options: {
  db: Db;
  account: Pick<Actor, 'accountId' | 'email' | 'displayName' | 'role'> & { emailVerifiedAt: Date | null };
}): Promise<Actor> {
  const { db, account } = options;
  const rows = await db
    .select({
      organisationId: organisations.id,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.accountId, account.accountId))
    .orderBy(organisations.name);
  return {
    accountId: account.accountId,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    emailVerified: account.emailVerifiedAt !== null,
    memberships: rows,
  };
}

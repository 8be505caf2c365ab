import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, invitations } from '#src/db/schema';
import type { AccountRole, Actor, MembershipRole, OrganisationKind } from '#src/domain/accounts/actor';
import { loadActor } from '#src/domain/accounts/sessions';
import { randomToken, sha256 } from '#src/lib/crypto';
import { addMember, buildAccount, buildOrganisation } from './accounts';

/** The acting account as the domain sees it (memberships freshly loaded). */
export async function actorFor(db: Db, accountId: string): Promise<Actor> {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  if (!account) throw new Error(`no account ${accountId}`);
  return loadActor({ db, account: { ...account, accountId: account.id } });
}

/** An organisation with one account in it at the given role; returns both and the account's actor. */
export async function buildOrganisationWithMember(options: {
  db: Db;
  kind?: OrganisationKind;
  role?: MembershipRole;
  accountRole?: AccountRole;
  email?: string;
}) {
  const organisation = await buildOrganisation({ db: options.db, kind: options.kind });
  const account = await buildAccount({
    db: options.db,
    role: options.accountRole ?? 'host',
    email: options.email,
  });
  await addMember({
    db: options.db,
    organisationId: organisation.id,
    accountId: account.id,
    role: options.role ?? 'owner',
  });
  return { organisation, account, actor: await actorFor(options.db, account.id) };
}

/**
 * An invitation with a known token (the database keeps only its hash). `expiresInMs` may be negative
 * for an expired one.
 */
export async function buildInvitation(options: {
  db: Db;
  organisationId: string;
  email?: string;
  role?: MembershipRole;
  invitedById?: string | null;
  expiresInMs?: number;
  revoked?: boolean;
}) {
  const token = randomToken();
  const [invitation] = await options.db
    .insert(invitations)
    .values({
      organisationId: options.organisationId,
      email: options.email ?? `invitee-${randomUUID().slice(0, 8)}@example.test`,
      role: options.role ?? 'member',
      tokenHash: sha256(token),
      invitedById: options.invitedById ?? null,
      expiresAt: new Date(Date.now() + (options.expiresInMs ?? 7 * 24 * 3600 * 1000)),
      revokedAt: options.revoked ? new Date() : null,
    })
    .returning();
  return { ...invitation!, token };
}

/** Pulls the one-time token out of a link in an e-mail body (`?token=…` or `/invitations/…`). */
export function tokenFromEmail(
  text: string,
  path: 'confirm-email' | 'reset-password' | 'invitations',
): string {
  const pattern =
    path === 'invitations' ? /\/invitations\/([\w-]+)/ : new RegExp(`/${path}\\?token=([\\w%-]+)`);
  const match = pattern.exec(text);
  if (!match) throw new Error(`no ${path} link in e-mail:\n${text}`);
  return decodeURIComponent(match[1]!);
}

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { accounts, emailOutbox, invitations, memberships } from '#src/db/schema';
import { signUp } from '#src/domain/accounts/sign-up';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sha256 } from '#src/lib/crypto';
import { buildAccount } from '../../../tests/factories/accounts';
import {
  actorFor,
  buildInvitation,
  buildOrganisationWithMember,
  tokenFromEmail,
} from '../../../tests/factories/organisations';
import { createTestDatabase } from '../../../tests/support/db';
import { createTestRuntime } from '../../../tests/support/runtime';
import { acceptInvitation } from './accept-invitation';
import { getInvitation } from './get-invitation';
import { inviteMember } from './invite-member';
import { listOrganisationInvitations } from './list-organisation-invitations';
import { revokeInvitation } from './revoke-invitation';

let handle: DatabaseHandle;
let db: Db;
let mailer: Mailer;
const baseUrl = 'https://tsunagu.test';
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  mailer = createTestRuntime(handle).mailer;
});
afterAll(() => handle.close());

const unique = () => Math.random().toString(36).slice(2, 10);

async function membershipOf(organisationId: string, accountId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.accountId, accountId)));
  return row;
}

describe('inviteMember', () => {
  it('stores only the token hash and e-mails the invitee a 7-day link', async () => {
    const { organisation, actor } = await buildOrganisationWithMember({ db, kind: 'municipality' });
    const email = `invitee-${unique()}@example.test`;
    const invitation = await inviteMember({
      db,
      mailer,
      actor,
      slug: organisation.slug,
      input: { email: email.toUpperCase(), role: 'member' },
      baseUrl,
      locale: 'ja',
    });
    expect(invitation).toMatchObject({ email, role: 'member' });
    const [message] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(message!.subject).toBe(`【Tsunagu】${organisation.name} への招待`);
    expect(message!.textBody).toContain(actor.displayName);
    const token = tokenFromEmail(message!.textBody, 'invitations');
    const [stored] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(stored!.tokenHash).toBe(sha256(token));
    expect(stored!.invitedById).toBe(actor.accountId);
    const days = (stored!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const pending = await listOrganisationInvitations({ db, actor, slug: organisation.slug });
    expect(pending.map((row) => row.email)).toEqual([email]);
  });

  it('writes to an existing account in its own language', async () => {
    const { organisation, actor } = await buildOrganisationWithMember({ db });
    const invitee = await buildAccount({ db });
    await db.update(accounts).set({ locale: 'en' }).where(eq(accounts.id, invitee.id));
    await inviteMember({
      db,
      mailer,
      actor,
      slug: organisation.slug,
      input: { email: invitee.email, role: 'member' },
      baseUrl,
      locale: 'ja',
    });
    const [message] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, invitee.email));
    expect(message!.subject).toBe(`[Tsunagu] Invitation to ${organisation.name}`);
  });

  it('refuses duplicates: an existing member or an open invitation to the same address', async () => {
    const { organisation, account, actor } = await buildOrganisationWithMember({ db });
    const invite = (email: string) =>
      inviteMember({
        db,
        mailer,
        actor,
        slug: organisation.slug,
        input: { email, role: 'member' },
        baseUrl,
        locale: 'ja',
      });
    await expect(invite(account.email)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'accounts.org.invite.alreadyMember',
    });
    const email = `twice-${unique()}@example.test`;
    await invite(email);
    await expect(invite(email)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'accounts.org.invite.alreadyInvited',
    });
  });

  it('lets an expired invitation be replaced by a new one', async () => {
    const { organisation, actor } = await buildOrganisationWithMember({ db });
    const old = await buildInvitation({ db, organisationId: organisation.id, expiresInMs: -1000 });
    await inviteMember({
      db,
      mailer,
      actor,
      slug: organisation.slug,
      input: { email: old.email, role: 'member' },
      baseUrl,
      locale: 'ja',
    });
    const rows = await db.select().from(invitations).where(eq(invitations.email, old.email));
    expect(rows).toHaveLength(2);
  });

  it('lets owners invite admins, admins invite only members, and members invite nobody', async () => {
    const { organisation, actor: owner } = await buildOrganisationWithMember({ db, role: 'owner' });
    const admin = await buildAccount({ db, role: 'host' });
    const member = await buildAccount({ db, role: 'host' });
    await db.insert(memberships).values([
      { organisationId: organisation.id, accountId: admin.id, role: 'admin' },
      { organisationId: organisation.id, accountId: member.id, role: 'member' },
    ]);
    const invite = async (accountId: string, role: string) =>
      inviteMember({
        db,
        mailer,
        actor: await actorFor(db, accountId),
        slug: organisation.slug,
        input: { email: `r-${unique()}@example.test`, role },
        baseUrl,
        locale: 'ja',
      });
    await expect(invite(owner.accountId, 'admin')).resolves.toMatchObject({ role: 'admin' });
    await expect(invite(admin.id, 'member')).resolves.toMatchObject({ role: 'member' });
    await expect(invite(admin.id, 'admin')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(invite(admin.id, 'owner')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(invite(member.id, 'member')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps organisations apart: an owner of A cannot invite into, list or revoke in B', async () => {
    const a = await buildOrganisationWithMember({ db });
    const b = await buildOrganisationWithMember({ db });
    const invitationInB = await buildInvitation({ db, organisationId: b.organisation.id });
    await expect(
      inviteMember({
        db,
        mailer,
        actor: a.actor,
        slug: b.organisation.slug,
        input: { email: `x-${unique()}@example.test`, role: 'member' },
        baseUrl,
        locale: 'ja',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      listOrganisationInvitations({ db, actor: a.actor, slug: b.organisation.slug }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      revokeInvitation({ db, actor: a.actor, slug: b.organisation.slug, invitationId: invitationInB.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Naming B's invitation under A's own slug finds nothing either.
    await expect(
      revokeInvitation({ db, actor: a.actor, slug: a.organisation.slug, invitationId: invitationInB.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('acceptInvitation', () => {
  it('adds the invited account with the invited role; a talent account becomes coordinator or host by organisation kind', async () => {
    const city = await buildOrganisationWithMember({ db, kind: 'municipality' });
    const company = await buildOrganisationWithMember({ db, kind: 'company' });
    const talent = await buildAccount({ db, role: 'talent', verified: false });
    const toCity = await buildInvitation({
      db,
      organisationId: city.organisation.id,
      email: talent.email,
      role: 'admin',
    });
    const joined = await acceptInvitation({ db, actor: await actorFor(db, talent.id), token: toCity.token });
    expect(joined).toEqual({ organisationSlug: city.organisation.slug, role: 'coordinator' });
    expect(await membershipOf(city.organisation.id, talent.id)).toMatchObject({ role: 'admin' });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, talent.id));
    expect(account!.role).toBe('coordinator');
    expect(account!.emailVerifiedAt).toBeInstanceOf(Date);

    const otherTalent = await buildAccount({ db, role: 'talent' });
    const toCompany = await buildInvitation({
      db,
      organisationId: company.organisation.id,
      email: otherTalent.email,
    });
    await acceptInvitation({ db, actor: await actorFor(db, otherTalent.id), token: toCompany.token });
    const [host] = await db.select().from(accounts).where(eq(accounts.id, otherTalent.id));
    expect(host!.role).toBe('host');

    const [row] = await db.select().from(invitations).where(eq(invitations.id, toCompany.id));
    expect(row!.acceptedAt).toBeInstanceOf(Date);
    await expect(
      acceptInvitation({ db, actor: await actorFor(db, otherTalent.id), token: toCompany.token }),
    ).rejects.toMatchObject({ code: 'GONE', messageKey: 'accounts.invitation.accepted' });
  });

  it('refuses an account signed in with another e-mail address', async () => {
    const { organisation } = await buildOrganisationWithMember({ db });
    const invitation = await buildInvitation({ db, organisationId: organisation.id });
    const stranger = await buildAccount({ db });
    await expect(
      acceptInvitation({ db, actor: await actorFor(db, stranger.id), token: invitation.token }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'accounts.invitation.wrongAccount' });
    expect(await membershipOf(organisation.id, stranger.id)).toBeUndefined();
  });

  it('refuses expired and revoked invitations with a message saying which', async () => {
    const { organisation, actor: owner } = await buildOrganisationWithMember({ db });
    const invitee = await buildAccount({ db });
    const actor = await actorFor(db, invitee.id);
    const expired = await buildInvitation({
      db,
      organisationId: organisation.id,
      email: invitee.email,
      expiresInMs: -60_000,
    });
    await expect(acceptInvitation({ db, actor, token: expired.token })).rejects.toMatchObject({
      code: 'GONE',
      messageKey: 'accounts.invitation.expired',
    });
    expect((await getInvitation({ db, token: expired.token })).status).toBe('expired');

    const toRevoke = await buildInvitation({
      db,
      organisationId: organisation.id,
      email: `r-${invitee.email}`,
    });
    await revokeInvitation({ db, actor: owner, slug: organisation.slug, invitationId: toRevoke.id });
    await expect(
      revokeInvitation({ db, actor: owner, slug: organisation.slug, invitationId: toRevoke.id }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await getInvitation({ db, token: toRevoke.token })).status).toBe('revoked');
    await expect(getInvitation({ db, token: 'not-a-token' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('signing up through an invitation joins the organisation, verified, with no confirmation e-mail', async () => {
    const { organisation } = await buildOrganisationWithMember({ db, kind: 'intermediary' });
    const email = `newcomer-${unique()}@example.test`;
    const invitation = await buildInvitation({ db, organisationId: organisation.id, email, role: 'member' });
    const input = { displayName: '新しい 仲間', email, password: 'a-long-passphrase', accountType: 'talent' };
    await expect(
      signUp({
        db,
        mailer,
        baseUrl,
        locale: 'ja',
        input: { ...input, email: `other-${email}` },
        invitationToken: invitation.token,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { email: 'accounts.invitation.emailMustMatch' },
    });
    const result = await signUp({
      db,
      mailer,
      baseUrl,
      locale: 'ja',
      input,
      invitationToken: invitation.token,
    });
    expect(result).toMatchObject({ emailVerified: true, organisationSlug: organisation.slug });
    expect(await membershipOf(organisation.id, result.accountId)).toMatchObject({ role: 'member' });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, result.accountId));
    expect(account!.role).toBe('coordinator');
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).toHaveLength(0);

    const revoked = await buildInvitation({ db, organisationId: organisation.id, revoked: true });
    await expect(
      signUp({
        db,
        mailer,
        baseUrl,
        locale: 'ja',
        input: { ...input, email: revoked.email },
        invitationToken: revoked.token,
      }),
    ).rejects.toMatchObject({ code: 'GONE', messageKey: 'accounts.invitation.revoked' });
  });
});

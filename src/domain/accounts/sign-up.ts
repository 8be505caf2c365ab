import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { accounts } from '#src/db/schema';
import type { Locale } from '#src/i18n';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sendEmail } from '#src/domain/notifications/send-email';
import {
  acceptInvitationInTransaction,
  findInvitationByToken,
  requireOpenInvitation,
} from '#src/domain/organisations/invitation-records';
import { insertOrganisationWithOwner } from '#src/domain/organisations/organisation-records';
import { validateOrganisationInput, type OrganisationInput } from '#src/domain/organisations/schema';
import { AppError } from '#src/lib/errors';
import { CONFIRM_EMAIL_TTL_MS, issueEmailToken } from './email-tokens';
import { appLink, confirmationEmail } from './emails';
import { hashPassword } from './password';
import { DisplayNameSchema, EmailSchema, fieldErrorsOf, isUniqueViolation, PasswordSchema } from './schema';

export const SignUpSchema = z.object({
  displayName: DisplayNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  /** 人材 (talent), or an organisation (受け入れ側 / 運営); ignored when signing up through an invitation. */
  accountType: z.enum(['talent', 'organisation'], 'accounts.validation.accountType'),
});

const emailTakenError = () =>
  new AppError('CONFLICT', 'accounts.signUp.emailUnavailable', {
    email: 'accounts.signUp.emailUnavailableField',
  });

export interface SignUpResult {
  accountId: string;
  emailVerified: boolean;
  /** The organisation created at sign-up, or joined through the invitation. */
  organisationSlug: string | null;
}

/**
 * Creates an account (and, for hosts and coordinators, their organisation with them as owner) in one
 * transaction, then e-mails a confirmation link in the account's language. Signing up through an
 * invitation joins its organisation instead and needs no confirmation: the invitation reached the mailbox.
 */
export async function signUp(options: {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
  locale: Locale;
  input: unknown;
  invitationToken?: string | null;
}): Promise<SignUpResult> {
  const { db } = options;
  const raw = (options.input ?? {}) as Record<string, unknown>;
  const invitation = options.invitationToken
    ? await findInvitationByToken(db, options.invitationToken)
    : null;
  if (invitation) requireOpenInvitation(invitation);

  const base = SignUpSchema.safeParse(invitation ? { ...raw, accountType: 'talent' } : raw);
  const fieldErrors: Record<string, string> = base.success ? {} : fieldErrorsOf(base.error);
  let organisation: OrganisationInput | null = null;
  if (!invitation && raw.accountType === 'organisation') {
    const validated = validateOrganisationInput(raw);
    if (validated.ok) organisation = validated.data;
    else Object.assign(fieldErrors, validated.fieldErrors);
  }
  if (invitation && base.success && base.data.email !== invitation.email.toLowerCase()) {
    fieldErrors.email = 'accounts.invitation.emailMustMatch';
  }
  if (!base.success || Object.keys(fieldErrors).length > 0) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrors);
  }
  const input = base.data;

  const existing = await queryRows(
    db,
    sql`select 1 from accounts where lower(email) = ${input.email} limit 1`,
  );
  if (existing.length > 0) throw emailTakenError();
  const passwordHash = await hashPassword(input.password);

  let result: SignUpResult & { token: string | null };
  try {
    result = await db.transaction(async (tx) => {
      const [account] = await tx
        .insert(accounts)
        .values({
          email: input.email,
          passwordHash,
          displayName: input.displayName,
          role: 'talent',
          locale: options.locale,
          emailVerifiedAt: invitation ? new Date() : null,
        })
        .returning({ id: accounts.id });
      const accountId = account!.id;
      if (invitation) {
        const joined = await acceptInvitationInTransaction(tx, {
          invitation,
          accountId,
          accountRole: 'talent',
        });
        return { accountId, emailVerified: true, organisationSlug: joined.organisationSlug, token: null };
      }
      let organisationSlug: string | null = null;
      if (organisation) {
        const created = await insertOrganisationWithOwner(tx, {
          accountId,
          accountRole: 'talent',
          input: organisation,
        });
        organisationSlug = created.slug;
      }
      const token = await issueEmailToken({
        db: tx,
        accountId,
        purpose: 'confirm_email',
        ttlMs: CONFIRM_EMAIL_TTL_MS,
      });
      return { accountId, emailVerified: false, organisationSlug, token };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTakenError();
    throw error;
  }

  if (result.token) {
    await sendEmail({
      db,
      mailer: options.mailer,
      message: confirmationEmail({
        to: input.email,
        locale: options.locale,
        displayName: input.displayName,
        link: appLink(options.baseUrl, `/confirm-email?token=${encodeURIComponent(result.token)}`),
      }),
    });
  }
  const { token: _token, ...signedUp } = result;
  return signedUp;
}

import { sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sendEmail } from '#src/domain/notifications/send-email';
import {
  countRecentEmailTokens,
  EMAIL_TOKENS_PER_HOUR,
  issueEmailToken,
  RESET_PASSWORD_TTL_MS,
} from './email-tokens';
import { appLink, localeOf, passwordResetEmail } from './emails';
import { EmailSchema, parseInput } from './schema';
import { z } from 'zod';

export const RequestPasswordResetSchema = z.object({ email: EmailSchema });

/**
 * E-mails a one-hour, single-use reset link when an active account has this address. The caller always
 * answers the same way, so the form does not reveal which addresses have accounts.
 */
export async function requestPasswordReset(options: {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
  input: unknown;
}): Promise<void> {
  const { db } = options;
  const { email } = parseInput(RequestPasswordResetSchema, options.input);
  const [account] = await queryRows<{ id: string; email: string; displayName: string; locale: string }>(
    db,
    sql`select id, email, display_name as "displayName", locale
        from accounts where lower(email) = ${email} and status = 'active' limit 1`,
  );
  if (!account) return;
  const recent = await countRecentEmailTokens({ db, accountId: account.id, purpose: 'reset_password' });
  if (recent >= EMAIL_TOKENS_PER_HOUR) return;
  const token = await issueEmailToken({
    db,
    accountId: account.id,
    purpose: 'reset_password',
    ttlMs: RESET_PASSWORD_TTL_MS,
  });
  await sendEmail({
    db,
    mailer: options.mailer,
    message: passwordResetEmail({
      to: account.email,
      locale: localeOf(account.locale),
      displayName: account.displayName,
      link: appLink(options.baseUrl, `/reset-password?token=${encodeURIComponent(token)}`),
    }),
  });
}

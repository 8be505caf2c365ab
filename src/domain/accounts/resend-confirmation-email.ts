import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sendEmail } from '#src/domain/notifications/send-email';
import { AppError } from '#src/lib/errors';
import type { Actor } from './actor';
import {
  CONFIRM_EMAIL_TTL_MS,
  countRecentEmailTokens,
  EMAIL_TOKENS_PER_HOUR,
  issueEmailToken,
} from './email-tokens';
import { appLink, confirmationEmail, localeOf } from './emails';
import { requireActor } from './permissions';

/** Sends the signed-in account a fresh confirmation link (at most five an hour). */
export async function resendConfirmationEmail(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  baseUrl: string;
}): Promise<void> {
  const { db, actor } = options;
  requireActor(actor);
  const [account] = await db
    .select({
      email: accounts.email,
      displayName: accounts.displayName,
      locale: accounts.locale,
      emailVerifiedAt: accounts.emailVerifiedAt,
    })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId))
    .limit(1);
  if (!account) throw new AppError('NOT_FOUND');
  if (account.emailVerifiedAt) throw new AppError('CONFLICT', 'accounts.confirm.alreadyConfirmed');
  const recent = await countRecentEmailTokens({ db, accountId: actor.accountId, purpose: 'confirm_email' });
  if (recent >= EMAIL_TOKENS_PER_HOUR) throw new AppError('RATE_LIMITED', 'accounts.confirm.resendLimited');
  const token = await issueEmailToken({
    db,
    accountId: actor.accountId,
    purpose: 'confirm_email',
    ttlMs: CONFIRM_EMAIL_TTL_MS,
  });
  await sendEmail({
    db,
    mailer: options.mailer,
    message: confirmationEmail({
      to: account.email,
      locale: localeOf(account.locale),
      displayName: account.displayName,
      link: appLink(options.baseUrl, `/confirm-email?token=${encodeURIComponent(token)}`),
    }),
  });
}

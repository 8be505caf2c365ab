import { eq } from 'drizzle-orm';
import type { DbOrTx, Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import { isLocale, translate, type Locale, type TranslateParams } from '#src/i18n';
import type { Mailer, OutgoingEmail } from './mailer';
import { sendEmail } from './send-email';

/**
 * E-mails one account in its own language: subject and body are i18n keys. `path` (e.g.
 * "/account/applications/…") is appended as an absolute link when given.
 */
export async function notifyAccount(options: {
  db: DbOrTx;
  mailer: Mailer;
  accountId: string;
  subjectKey: string;
  bodyKey: string;
  params?: TranslateParams;
  /** Parameters that differ by language (e.g. a stage name), merged over `params`. */
  paramsByLocale?: Partial<Record<Locale, TranslateParams>>;
  path?: string;
  publicUrl?: string;
  attachment?: OutgoingEmail['attachment'];
}): Promise<void> {
  const [account] = await options.db
    .select({
      email: accounts.email,
      locale: accounts.locale,
      displayName: accounts.displayName,
      status: accounts.status,
    })
    .from(accounts)
    .where(eq(accounts.id, options.accountId))
    .limit(1);
  if (!account || account.status !== 'active') return;
  const locale = isLocale(account.locale) ? account.locale : 'ja';
  const params = { name: account.displayName, ...options.params, ...options.paramsByLocale?.[locale] };
  const base = (options.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  const link = options.path ? `\n\n${base}${options.path}` : '';
  await sendEmail({
    db: options.db as Db,
    mailer: options.mailer,
    message: {
      to: account.email,
      subject: translate(locale, options.subjectKey, params),
      text: `${translate(locale, options.bodyKey, params)}${link}\n\n— ${translate(locale, 'site.name')}`,
      attachment: options.attachment,
    },
  });
}

import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, savedSearches } from '#src/db/schema';
import { appLink, localeOf } from '#src/domain/accounts/emails';
import type { Mailer } from '#src/domain/notifications/mailer';
import { sendEmail } from '#src/domain/notifications/send-email';
import { createTranslator } from '#src/i18n';
import { fromSavedParams, searchHref, type SearchFilters } from './params';
import { searchOpportunities } from './search-opportunities';

/** Opportunities listed per saved search in one e-mail; the rest are behind a link. */
const LISTED_PER_SEARCH = 5;
const JST_OFFSET_MS = 9 * 3600_000;
const DAY_MS = 86_400_000;

/** Midnight in Japan (UTC+9, no daylight saving) at the start of `now`'s day. */
export function startOfJapaneseDay(now: Date): Date {
  return new Date(Math.floor((now.getTime() + JST_OFFSET_MS) / DAY_MS) * DAY_MS - JST_OFFSET_MS);
}

interface DigestSection {
  name: string;
  filters: SearchFilters;
  total: number;
  items: { title: string; organisationName: string; slug: string }[];
}

/**
 * The daily digest: for every saved search not yet handled today (Japan time), finds the open
 * opportunities published since its last digest, sends each account one e-mail listing them (with links),
 * and moves the searches' `last_digest_at` to `now`. Running it again the same day sends nothing, and
 * searches are claimed before sending, so two schedulers never send the same digest twice. Accounts that
 * are suspended get nothing (their searches wait). Returns how many e-mails were sent.
 */
export async function sendSavedSearchDigests(options: {
  db: Db;
  mailer: Mailer;
  now?: Date;
  /** Origin for links in the e-mails (PUBLIC_URL). */
  publicUrl?: string;
}): Promise<number> {
  const { db, mailer } = options;
  const now = options.now ?? new Date();
  const today = startOfJapaneseDay(now);
  const base = options.publicUrl ?? 'http://localhost:3000';
  const due = await db
    .selectDistinct({ accountId: savedSearches.accountId })
    .from(savedSearches)
    .innerJoin(accounts, eq(accounts.id, savedSearches.accountId))
    .where(and(lt(savedSearches.lastDigestAt, today), eq(accounts.status, 'active')))
    .orderBy(asc(savedSearches.accountId));

  let sent = 0;
  for (const { accountId } of due) {
    // Claim this account's due searches (remembering where each left off) before doing anything else.
    const claimed = await db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(savedSearches)
        .where(and(eq(savedSearches.accountId, accountId), lt(savedSearches.lastDigestAt, today)))
        .orderBy(asc(savedSearches.createdAt))
        .for('update');
      if (rows.length === 0) return [];
      await tx
        .update(savedSearches)
        .set({ lastDigestAt: now })
        .where(
          inArray(
            savedSearches.id,
            rows.map((row) => row.id),
          ),
        );
      return rows;
    });
    if (claimed.length === 0) continue;

    const sections: DigestSection[] = [];
    for (const search of claimed) {
      const filters = { ...fromSavedParams(search.params), open: true, sort: 'newest' as const };
      const result = await searchOpportunities({
        db,
        filters,
        limit: LISTED_PER_SEARCH,
        withFacets: false,
        withTotal: true,
        publishedBetween: { after: search.lastDigestAt, until: now },
        now,
      });
      if (result.items.length === 0) continue;
      const total = result.total ?? result.items.length;
      sections.push({
        name: search.name,
        filters: { ...fromSavedParams(search.params), sort: 'newest' },
        total,
        items: result.items.map((item) => ({
          title: item.title,
          organisationName: item.organisationName,
          slug: item.slug,
        })),
      });
    }
    if (sections.length === 0) continue;

    const [account] = await db
      .select({ email: accounts.email, displayName: accounts.displayName, locale: accounts.locale })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .limit(1);
    if (!account) continue;
    const t = createTranslator(localeOf(account.locale));
    const total = sections.reduce((sum, section) => sum + section.total, 0);
    const body = [
      t('search.digest.greeting', { name: account.displayName }),
      '',
      t('search.digest.intro'),
      ...sections.flatMap((section) => [
        '',
        t('search.digest.searchHeading', { name: section.name, count: section.total }),
        ...section.items.map(
          (item) =>
            `・${item.title}(${item.organisationName})\n  ${appLink(base, `/opportunities/${encodeURIComponent(item.slug)}`)}`,
        ),
        ...(section.total > section.items.length
          ? [
              t('search.digest.more', {
                count: section.total - section.items.length,
                link: appLink(base, searchHref('/search', section.filters)),
              }),
            ]
          : []),
      ]),
      '',
      t('search.digest.manage', { link: appLink(base, '/account/saved-searches') }),
      '',
      `— ${t('site.name')}`,
    ].join('\n');
    await sendEmail({
      db,
      mailer,
      message: { to: account.email, subject: t('search.digest.subject', { count: total }), text: body },
    });
    sent += 1;
  }
  return sent;
}

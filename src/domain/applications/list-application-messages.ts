import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts, applicationMessages } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { requireApplicationParticipant, type ApplicationSide } from './require-application-participant';
import { IDENTITY_REVEALED_CATEGORIES } from './stages';

export interface ApplicationMessageView {
  id: string;
  side: ApplicationSide;
  body: string;
  /**
   * The author's display name; null when their account has been deleted, or for the applicant's own
   * messages while blind screening hides their identity from the staff.
   */
  authorName: string | null;
  isMine: boolean;
  createdAt: string;
}

/** A stored message as `viewer` sees it; `authorName` already hidden where blind screening requires. */
export function toMessageView(
  row: { id: string; side: string; body: string; authorId: string | null; createdAt: Date },
  authorName: string | null,
  viewer: Actor,
): ApplicationMessageView {
  return {
    id: row.id,
    side: row.side === 'host' ? 'host' : 'applicant',
    body: row.body,
    authorName,
    isMine: row.authorId === viewer.accountId,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The thread of an application, oldest first, for its applicant or its staff (NOT_FOUND for others). */
export async function listApplicationMessages(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
}): Promise<{
  side: ApplicationSide;
  opportunity: { slug: string; title: string };
  messages: ApplicationMessageView[];
}> {
  const { application, opportunity, side } = await requireApplicationParticipant(options);
  const hideApplicant =
    side === 'host' &&
    opportunity.blindScreening &&
    !IDENTITY_REVEALED_CATEGORIES.includes(application.stageCategory);
  const rows = await options.db
    .select({
      id: applicationMessages.id,
      side: applicationMessages.side,
      body: applicationMessages.body,
      authorId: applicationMessages.authorId,
      authorName: accounts.displayName,
      createdAt: applicationMessages.createdAt,
    })
    .from(applicationMessages)
    .leftJoin(accounts, eq(accounts.id, applicationMessages.authorId))
    .where(eq(applicationMessages.applicationId, application.id))
    .orderBy(asc(applicationMessages.createdAt), asc(applicationMessages.id));
  return {
    side,
    opportunity: { slug: opportunity.slug, title: opportunity.title },
    messages: rows.map((row) =>
      toMessageView(row, hideApplicant && row.side === 'applicant' ? null : row.authorName, options.actor!),
    ),
  };
}

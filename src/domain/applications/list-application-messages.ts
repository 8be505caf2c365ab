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
    messages: rows.map((row) => ({
      id: row.id,
      side: row.side === 'host' ? 'host' : 'applicant',
      body: row.body,
      authorName: hideApplicant && row.side === 'applicant' ? null : row.authorName,
      isMine: row.authorId === options.actor!.accountId,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

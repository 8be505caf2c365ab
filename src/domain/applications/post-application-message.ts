import type { Db } from '#src/db/client';
import { applicationMessages } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { toMessageView, type ApplicationMessageView } from './list-application-messages';
import type { Mailer } from '../notifications/mailer';
import { notifyAccount } from '../notifications/notify-account';
import { hostRecipientIds } from './host-recipients';
import { PostApplicationMessageInputSchema } from './post-application-message.schema';
import { requireApplicationParticipant } from './require-application-participant';

export type ApplicationMessageRow = typeof applicationMessages.$inferSelect;

/** A message as its author sees it right after writing it (as in `listApplicationMessages`). */
export function ownMessageView(message: ApplicationMessageRow, author: Actor): ApplicationMessageView {
  return toMessageView(message, author.displayName, author);
}

/**
 * The applicant or the host's staff write on an application; the other side is e-mailed: the
 * applicant, or every member of the host organisation except the author. Anyone else: NOT_FOUND.
 */
export async function postApplicationMessage(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  applicationId: string;
  body: string;
  publicUrl?: string;
}): Promise<ApplicationMessageRow> {
  const { application, opportunity, side } = await requireApplicationParticipant(options);
  const parsed = PostApplicationMessageInputSchema.safeParse({ body: options.body });
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', { body: parsed.error.issues[0]!.message });
  }
  const [message] = await options.db
    .insert(applicationMessages)
    .values({
      applicationId: application.id,
      authorId: options.actor!.accountId,
      side,
      body: parsed.data.body,
    })
    .returning();
  const params = { title: opportunity.title, body: parsed.data.body };
  if (side === 'host') {
    await notifyAccount({
      db: options.db,
      mailer: options.mailer,
      accountId: application.applicantId,
      subjectKey: 'apply.messages.email.fromHostSubject',
      bodyKey: 'apply.messages.email.fromHostBody',
      params,
      path: `/account/applications/${application.id}#messages`,
      publicUrl: options.publicUrl,
    });
  } else {
    const recipients = await hostRecipientIds({
      db: options.db,
      organisationId: opportunity.organisationId,
      exclude: [options.actor!.accountId],
    });
    for (const accountId of recipients) {
      await notifyAccount({
        db: options.db,
        mailer: options.mailer,
        accountId,
        subjectKey: 'apply.messages.email.fromApplicantSubject',
        bodyKey: 'apply.messages.email.fromApplicantBody',
        params,
        path: `/manage/applications/${application.id}#messages`,
        publicUrl: options.publicUrl,
      });
    }
  }
  return message!;
}

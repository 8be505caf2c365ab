import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { emailOutbox } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requirePlatformAdmin } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One stored e-mail with its full text (platform admins). */
export async function getOutboxMessage(options: { db: Db; actor: Actor | null; id: string }) {
  requirePlatformAdmin(options.actor);
  if (!UUID.test(options.id)) throw new AppError('NOT_FOUND');
  const [message] = await options.db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      textBody: emailOutbox.textBody,
      attachmentName: emailOutbox.attachmentName,
      attachmentContentType: emailOutbox.attachmentContentType,
      transport: emailOutbox.transport,
      status: emailOutbox.status,
      error: emailOutbox.error,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, options.id))
    .limit(1);
  if (!message) throw new AppError('NOT_FOUND');
  return message;
}

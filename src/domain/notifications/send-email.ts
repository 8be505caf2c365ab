import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { emailOutbox } from '#src/db/schema';
import type { Mailer, OutgoingEmail } from './mailer';

/**
 * Records the message in the outbox first (so nothing is lost if SMTP fails), then delivers it
 * when an SMTP transport is configured.
 */
export async function sendEmail(options: {
  db: Db;
  mailer: Mailer;
  message: OutgoingEmail;
}): Promise<string> {
  const { db, mailer, message } = options;
  const [row] = await db
    .insert(emailOutbox)
    .values({
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      attachmentName: message.attachment?.filename ?? null,
      attachmentContentType: message.attachment?.contentType ?? null,
      attachmentContent: message.attachment?.content ?? null,
      transport: mailer.transport,
      status: mailer.transport === 'outbox' ? 'stored' : 'queued',
    })
    .returning({ id: emailOutbox.id });
  const id = row!.id;
  if (mailer.transport === 'smtp') {
    try {
      await mailer.deliver(message);
      await db.update(emailOutbox).set({ status: 'sent', sentAt: new Date() }).where(eq(emailOutbox.id, id));
    } catch (error) {
      await db
        .update(emailOutbox)
        .set({ status: 'failed', error: String((error as Error).message).slice(0, 500) })
        .where(eq(emailOutbox.id, id));
    }
  }
  return id;
}

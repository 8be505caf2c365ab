import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every e-mail the platform sends; with no SMTP_URL this is the only place it goes (viewable by admins). */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** Optional attachment, e.g. an iCalendar invite. */
    attachmentName: text('attachment_name'),
    attachmentContentType: text('attachment_content_type'),
    attachmentContent: text('attachment_content'),
    transport: text('transport').notNull(),
    status: text('status').notNull().default('queued'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [index('email_outbox_to_idx').on(table.toAddress, table.createdAt)],
);

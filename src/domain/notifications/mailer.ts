import type { Transporter } from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  attachment?: { filename: string; contentType: string; content: string };
}

export interface Mailer {
  /** 'smtp' delivers through SMTP_URL; 'outbox' only stores the message (viewable at /admin/outbox). */
  readonly transport: 'smtp' | 'outbox';
  readonly from: string;
  deliver(message: OutgoingEmail): Promise<void>;
  close(): void;
}

export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  if (!options.smtpUrl) {
    return { transport: 'outbox', from: options.from, async deliver() {}, close() {} };
  }
  const smtpUrl = options.smtpUrl;
  // nodemailer is loaded on first use, so starts without SMTP do not pay for it.
  let transporter: Transporter | undefined;
  const getTransporter = async () => {
    if (!transporter) {
      const { default: nodemailer } = await import('nodemailer');
      transporter = nodemailer.createTransport(smtpUrl);
    }
    return transporter;
  };
  return {
    transport: 'smtp',
    from: options.from,
    async deliver(message) {
      await (
        await getTransporter()
      ).sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachment
          ? [
              {
                filename: message.attachment.filename,
                contentType: message.attachment.contentType,
                content: message.attachment.content,
              },
            ]
          : undefined,
        ...(message.attachment?.contentType.startsWith('text/calendar')
          ? { icalEvent: { filename: message.attachment.filename, content: message.attachment.content } }
          : {}),
      });
    },
    close() {
      transporter?.close();
    },
  };
}

import { translate, type Locale } from '#src/i18n';
import type { OutgoingEmail } from '#src/domain/notifications/mailer';

export function invitationEmail(options: {
  to: string;
  locale: Locale;
  organisationName: string;
  inviterName: string;
  role: string;
  link: string;
}): OutgoingEmail {
  const { locale } = options;
  return {
    to: options.to,
    subject: translate(locale, 'accounts.email.invitation.subject', {
      organisation: options.organisationName,
    }),
    text: translate(locale, 'accounts.email.invitation.body', {
      organisation: options.organisationName,
      inviter: options.inviterName,
      role: translate(locale, `accounts.membershipRole.${options.role}`),
      link: options.link,
      days: 7,
    }),
  };
}

import { isLocale, translate, type Locale } from '#src/i18n';
import type { OutgoingEmail } from '#src/domain/notifications/mailer';

/** An absolute link into the app: `baseUrl` is PUBLIC_URL or the origin the request came to. */
export function appLink(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

export function localeOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : 'ja';
}

export function confirmationEmail(options: {
  to: string;
  locale: Locale;
  displayName: string;
  link: string;
}): OutgoingEmail {
  const { locale } = options;
  return {
    to: options.to,
    subject: translate(locale, 'accounts.email.confirm.subject'),
    text: translate(locale, 'accounts.email.confirm.body', {
      name: options.displayName,
      link: options.link,
      hours: 48,
    }),
  };
}

export function passwordResetEmail(options: {
  to: string;
  locale: Locale;
  displayName: string;
  link: string;
}): OutgoingEmail {
  const { locale } = options;
  return {
    to: options.to,
    subject: translate(locale, 'accounts.email.reset.subject'),
    text: translate(locale, 'accounts.email.reset.body', {
      name: options.displayName,
      link: options.link,
      minutes: 60,
    }),
  };
}

/** Where links in e-mails point: PUBLIC_URL when configured, else the origin the request came to. */
export function publicBaseUrl(publicUrl: string | undefined, requestUrl: string): string {
  return publicUrl ?? new URL(requestUrl).origin;
}

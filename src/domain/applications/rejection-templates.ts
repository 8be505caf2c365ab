import { translate, type Locale } from '#src/i18n';

/** Built-in, polite rejection messages; the host picks one and may edit it before sending. */
export const REJECTION_TEMPLATES = ['standard', 'manyApplicants', 'keepInTouch'] as const;
export type RejectionTemplate = (typeof REJECTION_TEMPLATES)[number];

export function isRejectionTemplate(value: unknown): value is RejectionTemplate {
  return typeof value === 'string' && (REJECTION_TEMPLATES as readonly string[]).includes(value);
}

/** The template's text in the host's language, with the opportunity's title filled in. */
export function rejectionTemplateText(
  locale: Locale,
  template: RejectionTemplate,
  params: { title: string },
): string {
  return translate(locale, `pipeline.rejectTemplate.${template}.body`, params);
}

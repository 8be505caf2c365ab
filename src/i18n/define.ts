/**
 * Declares one domain's messages. The English table must have exactly the Japanese keys, so a
 * missing translation is a type error rather than a blank on the page.
 * Placeholders are written {name} and filled by `translate`.
 */
export function defineMessages<const T extends Record<string, string>>(
  ja: T,
  en: { [K in keyof T]: string },
): { ja: T; en: { [K in keyof T]: string } } {
  return { ja, en };
}

// The browser-safe half of i18n: no dictionaries here (they reach the browser only as the current
// page's loader data), so components can import this without growing the client bundle.
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Messages = Record<string, string>;
export type TranslateParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

/** Looks a key up and fills {placeholders}; an unknown key shows itself, never a blank. */
export function formatMessage(messages: Messages, key: string, params?: TranslateParams): string {
  const template = messages[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name]),
  );
}

const parsed = new Map<string, Messages>();
/** Parses a dictionary string once (the same string instance arrives on every request). */
export function parseMessages(json: string): Messages {
  let messages = parsed.get(json);
  if (!messages) {
    messages = JSON.parse(json) as Messages;
    if (parsed.size >= 4) parsed.clear();
    parsed.set(json, messages);
  }
  return messages;
}

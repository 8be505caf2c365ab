import { messageModules } from './messages';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';
export type Messages = Record<string, string>;

function merge(locale: Locale): Messages {
  const merged: Messages = {};
  for (const module of messageModules) Object.assign(merged, module[locale]);
  return merged;
}

const dictionaries: Record<Locale, Messages> = { ja: merge('ja'), en: merge('en') };

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

export type TranslateParams = Record<string, string | number>;

/** Looks a key up in a dictionary and fills {placeholders}; an unknown key shows itself, never a blank. */
export function formatMessage(messages: Messages, key: string, params?: TranslateParams): string {
  const template = messages[key] ?? dictionaries.ja[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name]),
  );
}

export function translate(locale: Locale, key: string, params?: TranslateParams): string {
  return formatMessage(dictionaries[locale], key, params);
}

export type Translator = (key: string, params?: TranslateParams) => string;

export function createTranslator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}

export {
  formatDate,
  formatDateTime,
  formatFiscalYear,
  fiscalYearOf,
  formatNumber,
  formatYen,
} from './format';

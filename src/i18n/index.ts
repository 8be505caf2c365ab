import { formatMessage as format, type Locale, type Messages, type TranslateParams } from './message-format';
import { messageModules } from './messages';

export { locales, isLocale, type Locale, type Messages, type TranslateParams } from './message-format';
export const defaultLocale: Locale = 'ja';

function merge(locale: Locale): Messages {
  const merged: Messages = {};
  for (const module of messageModules) Object.assign(merged, module[locale]);
  return merged;
}

const dictionaries: Record<Locale, Messages> = { ja: merge('ja'), en: merge('en') };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

const serialized: Partial<Record<Locale, string>> = {};
/**
 * The dictionary as one JSON string, built once per process. Pages receive it this way: a single
 * string costs next to nothing to pass through the loader-data encoding, where an object of ~1,500
 * keys would be walked on every request.
 */
export function getMessagesJson(locale: Locale): string {
  return (serialized[locale] ??= JSON.stringify(dictionaries[locale]));
}

/** Looks a key up (falling back to Japanese, then to the key itself) and fills {placeholders}. */
export function formatMessage(messages: Messages, key: string, params?: TranslateParams): string {
  return format(key in messages ? messages : dictionaries.ja, key, params);
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

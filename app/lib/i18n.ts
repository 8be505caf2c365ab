import { useRouteLoaderData } from 'react-router';
import { formatMessage, parseMessages, type Locale, type TranslateParams } from '#src/i18n/message-format';
import type { RootLoaderData } from '~/root';

function useRootData(): RootLoaderData {
  const data = useRouteLoaderData('root') as RootLoaderData | undefined;
  if (!data) throw new Error('Root loader data is missing');
  return data;
}

export function useLocale(): Locale {
  return useRootData().locale;
}

/** `t('nav.search')` in the current language; the dictionary arrives once, with the root loader. */
export function useT(): (key: string, params?: TranslateParams) => string {
  const messages = parseMessages(useRootData().messagesJson);
  return (key, params) => formatMessage(messages, key, params);
}

export function useCsrfToken(): string {
  return useRootData().csrfToken;
}

export function useActor() {
  return useRootData().actor;
}

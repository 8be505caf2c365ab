import { formatMessage, parseMessages, type Messages } from '#src/i18n/message-format';
import type { RootLoaderData } from '~/root';

interface MetaMatch {
  id: string;
  data?: unknown;
  loaderData?: unknown;
}

function rootMessages(matches: ReadonlyArray<MetaMatch | undefined>): { messages: Messages; locale: string } {
  const root = matches.find((match) => match?.id === 'root');
  const data = (root?.loaderData ?? root?.data) as RootLoaderData | undefined;
  // Without root data (the root loader failed) the keys fall back to the site name below.
  return {
    messages: data ? parseMessages(data.messagesJson) : { 'site.name': 'つなぐ Tsunagu' },
    locale: data?.locale ?? 'ja',
  };
}

/** <title> and description in the page's language: "Page | Tsunagu". */
export function pageMeta(
  matches: ReadonlyArray<MetaMatch | undefined>,
  options: { title?: string; titleKey?: string; description?: string; descriptionKey?: string },
) {
  const { messages } = rootMessages(matches);
  const siteName = formatMessage(messages, 'site.name');
  const title = options.title ?? (options.titleKey ? formatMessage(messages, options.titleKey) : siteName);
  const description =
    options.description ?? formatMessage(messages, options.descriptionKey ?? 'site.description');
  return [
    { title: title === siteName ? siteName : `${title} | ${siteName}` },
    { name: 'description', content: description },
  ];
}

import { formatMessage, getMessages, type Messages } from '#src/i18n';
import type { RootLoaderData } from '~/root';

interface MetaMatch {
  id: string;
  data?: unknown;
  loaderData?: unknown;
}

function rootMessages(matches: ReadonlyArray<MetaMatch | undefined>): { messages: Messages; locale: string } {
  const root = matches.find((match) => match?.id === 'root');
  const data = (root?.loaderData ?? root?.data) as RootLoaderData | undefined;
  return { messages: data?.messages ?? getMessages('ja'), locale: data?.locale ?? 'ja' };
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

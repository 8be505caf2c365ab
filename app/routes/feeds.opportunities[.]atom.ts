import { publicBaseUrl } from '#src/domain/accounts/emails';
import { buildOpportunityAtomFeed } from '#src/domain/search/atom-feed';
import { parseSearchFilters, searchHref } from '#src/domain/search/params';
import { searchOpportunitiesCached } from '#src/domain/search/search-cache';
import { createTranslator } from '#src/i18n';
import type { Route } from './+types/feeds.opportunities[.]atom';

const FEED_SIZE = 50;

/** /feeds/opportunities.atom: the newest published opportunities, with the same parameters as /search. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const filters = { ...parseSearchFilters(url.searchParams), sort: 'newest' as const };
  const now = new Date();
  const result = await searchOpportunitiesCached({
    db: context.runtime.db,
    filters,
    limit: FEED_SIZE,
    withFacets: false,
  });
  const t = createTranslator(context.locale);
  const xml = buildOpportunityAtomFeed({
    items: result.items,
    baseUrl: publicBaseUrl(context.runtime.config.PUBLIC_URL, request.url),
    selfPath: searchHref('/feeds/opportunities.atom', { ...filters, sort: null }),
    alternatePath: searchHref('/search', { ...filters, sort: 'newest' }),
    title: filters.q ? t('search.feed.titleWithQuery', { q: filters.q }) : t('search.feed.title'),
    locale: context.locale,
    t,
    now,
  });
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  });
}

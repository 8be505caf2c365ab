import { appLink } from '#src/domain/accounts/emails';
import type { Translator } from '#src/i18n';
import type { SearchHit } from './search-opportunities';
import { escapeXml } from './xml';

/**
 * An Atom 1.0 feed (RFC 4287) of opportunities, newest first: feed id, title, updated, self and alternate
 * links, author; per entry id, title, link, published, updated, summary, author and kind as category.
 */
export function buildOpportunityAtomFeed(options: {
  items: readonly SearchHit[];
  baseUrl: string;
  /** Path and query of this feed, e.g. /feeds/opportunities.atom?q=副業 */
  selfPath: string;
  /** The HTML page showing the same search. */
  alternatePath: string;
  title: string;
  locale: 'ja' | 'en';
  t: Translator;
  now: Date;
}): string {
  const { baseUrl, t } = options;
  const selfUrl = appLink(baseUrl, options.selfPath);
  const updated = options.items.reduce<Date | null>(
    (latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest),
    null,
  );
  const entries = options.items.map((item) => {
    const url = appLink(baseUrl, `/opportunities/${encodeURIComponent(item.slug)}`);
    const published = item.publishedAt ?? item.updatedAt;
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${published.toISOString()}</published>`,
      `    <updated>${item.updatedAt.toISOString()}</updated>`,
      `    <summary type="text">${escapeXml(item.summary || item.title)}</summary>`,
      '    <author>',
      `      <name>${escapeXml(item.organisationName)}</name>`,
      `      <uri>${escapeXml(appLink(baseUrl, `/organisations/${encodeURIComponent(item.organisationSlug)}`))}</uri>`,
      '    </author>',
      `    <category term="${escapeXml(item.kind)}" label="${escapeXml(t(`opportunities.kind.${item.kind}`))}"/>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.locale}">`,
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${(updated ?? options.now).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(appLink(baseUrl, options.alternatePath))}"/>`,
    '  <author>',
    `    <name>${escapeXml(t('site.name'))}</name>`,
    `    <uri>${escapeXml(appLink(baseUrl, '/'))}</uri>`,
    '  </author>',
    `  <generator>${escapeXml(t('site.name'))}</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

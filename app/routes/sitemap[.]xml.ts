import { publicBaseUrl } from '#src/domain/accounts/emails';
import { buildSitemap } from '#src/domain/search/sitemap';
import type { Route } from './+types/sitemap[.]xml';

/** /sitemap.xml: the public pages; an index of parts (?part=N) once there are more than a file may hold. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const partParam = url.searchParams.get('part');
  const part = partParam === null ? undefined : /^[1-9]\d{0,4}$/.test(partParam) ? Number(partParam) : -1;
  const sitemap =
    part === -1
      ? ({ kind: 'missing' } as const)
      : await buildSitemap({
          db: context.runtime.db,
          baseUrl: publicBaseUrl(context.runtime.config.PUBLIC_URL, request.url),
          part,
        });
  if (sitemap.kind === 'missing') {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(sitemap.xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}

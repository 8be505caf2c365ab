import { appLink, publicBaseUrl } from '#src/domain/accounts/emails';
import type { Route } from './+types/robots[.]txt';

/** /robots.txt: public pages may be crawled; accounts, management and the API may not. Points to the sitemap. */
export function loader({ request, context }: Route.LoaderArgs) {
  const base = publicBaseUrl(context.runtime.config.PUBLIC_URL, request.url);
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /account',
    'Disallow: /manage',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /applications',
    'Disallow: /interviews',
    'Disallow: /talent',
    'Disallow: /sign-in',
    'Disallow: /sign-up',
    '',
    `Sitemap: ${appLink(base, '/sitemap.xml')}`,
    '',
  ].join('\n');
  return new Response(body, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}

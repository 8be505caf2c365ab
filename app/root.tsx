import type { ReactNode } from 'react';
import {
  data,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from 'react-router';
import { getMessagesJson } from '#src/i18n';
import { parseMessages, type Locale, type Messages } from '#src/i18n/message-format';
import { CsrfInput } from '~/components/form';
import { getActor } from '~/lib/auth.server';
import { useNonce } from '~/lib/nonce';
import { useT } from '~/lib/i18n';
import type { Route } from './+types/root';
import './styles/app.css';

/** What a route module may declare in `export const handle`. */
export interface RouteHandle {
  hydrate?: boolean;
}

export interface RootLoaderData {
  locale: Locale;
  /** The dictionary of `locale` as JSON (see getMessagesJson); read it with useT(). */
  messagesJson: string;
  csrfToken: string;
  requestId: string;
  actor: { displayName: string; role: string; hasOrganisations: boolean } | null;
}

export async function loader({ context }: Route.LoaderArgs) {
  const actor = await getActor(context);
  return data<RootLoaderData>({
    locale: context.locale,
    messagesJson: getMessagesJson(context.locale),
    csrfToken: context.csrfToken,
    requestId: context.requestId,
    actor: actor
      ? { displayName: actor.displayName, role: actor.role, hasOrganisations: actor.memberships.length > 0 }
      : null,
  });
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData('root') as RootLoaderData | undefined;
  const nonce = useNonce();
  // Pages work without JavaScript; a route opts into hydration with `handle = { hydrate: true }`
  // when a client enhancement is worth its bytes (see docs/decisions/0004-client-javascript.md).
  const hydrate = useMatches().some((match) => (match.handle as RouteHandle | undefined)?.hydrate === true);
  return (
    <html lang={root?.locale ?? 'ja'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        {root ? <SiteChrome data={root}>{children}</SiteChrome> : children}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

function SiteChrome({ data, children }: { data: RootLoaderData; children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              つ
            </span>
            <span>{t('site.name')}</span>
          </Link>
          <nav aria-label={t('nav.main')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/search">{t('nav.search')}</NavLink>
              </li>
              <li>
                <NavLink to="/regions">{t('nav.regions')}</NavLink>
              </li>
              <li>
                <NavLink to="/programmes">{t('nav.programmes')}</NavLink>
              </li>
              {data.actor?.hasOrganisations ? (
                <li>
                  <NavLink to="/manage/opportunities">{t('opportunities.nav.manage')}</NavLink>
                </li>
              ) : null}
              {data.actor?.hasOrganisations ? (
                <li>
                  <NavLink to="/manage/screening">{t('pipeline.nav.screening')}</NavLink>
                </li>
              ) : null}
              {data.actor?.role === 'talent' ? (
                <li>
                  <NavLink to="/account/profile">{t('talent.nav.profile')}</NavLink>
                </li>
              ) : null}
              {data.actor?.role === 'talent' ? (
                <li>
                  <NavLink to="/account/applications">{t('apply.nav.applications')}</NavLink>
                </li>
              ) : null}
              {(data.actor?.role === 'host' || data.actor?.role === 'coordinator') &&
              data.actor.hasOrganisations ? (
                <li>
                  <NavLink to="/talent">{t('talent.nav.directory')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="header-actions">
            <form method="post" action="/language" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="locale" value={data.locale === 'ja' ? 'en' : 'ja'} />
              <input type="hidden" name="redirectTo" value={here} />
              <button
                type="submit"
                className="button-link"
                lang={data.locale === 'ja' ? 'en' : 'ja'}
                aria-label={t('nav.switchLanguageLabel')}
              >
                {t('nav.switchLanguage')}
              </button>
            </form>
            {data.actor ? (
              <>
                <Link to="/account">{t('nav.account')}</Link>
                {data.actor.role === 'admin' ? <Link to="/admin">{t('nav.admin')}</Link> : null}
                <form method="post" action="/sign-out" className="inline-form">
                  <CsrfInput />
                  <button type="submit" className="button-link">
                    {t('nav.signOut')}
                  </button>
                </form>
              </>
            ) : (
              <>
                <Link to="/sign-in">{t('nav.signIn')}</Link>
                <Link to="/sign-up" className="button button-small">
                  {t('nav.signUp')}
                </Link>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.about')}</p>
          <p>
            <Link to="/about">{t('about.footerLink')}</Link>
          </p>
          <p>
            <a href="/api/v1/openapi.json">{t('footer.api')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}

export default function App() {
  return <Outlet />;
}

const FALLBACK_ERROR_MESSAGES: Messages = {
  'errors.title': 'エラー / Error',
  'errors.unexpected': '予期しないエラーが発生しました。/ Something went wrong. Please try again later.',
  'errors.NOT_FOUND': 'ページが見つかりません。/ Page not found.',
  'notFound.title': 'ページが見つかりません / Page not found',
  'errors.backHome': 'ホームに戻る / Home',
};

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData('root') as RootLoaderData | undefined;
  // Without root data (the root loader itself failed) we can only say it in both languages.
  const messages = root ? parseMessages(root.messagesJson) : FALLBACK_ERROR_MESSAGES;
  const tr = (key: string, params?: Record<string, string>) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => params?.[name] ?? '');
  let title = tr('errors.title');
  let message = tr('errors.unexpected');
  if (isRouteErrorResponse(error)) {
    const payload = error.data as { messageKey?: string } | undefined;
    if (error.status === 404) title = tr('notFound.title');
    message = payload?.messageKey
      ? tr(payload.messageKey)
      : error.status === 404
        ? tr('errors.NOT_FOUND')
        : message;
  }
  return (
    <div className="container page">
      <h1>{title}</h1>
      <p>{message}</p>
      {root?.requestId ? <p className="muted">{tr('errors.requestId', { id: root.requestId })}</p> : null}
      <p>
        <a href="/">{tr('errors.backHome')}</a>
      </p>
    </div>
  );
}

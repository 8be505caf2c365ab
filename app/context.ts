import type { Locale } from '#src/i18n';
import type { Runtime } from '#src/runtime';

/** Built per request by the server entry (server/app.ts) and handed to every loader and action. */
export interface RequestContext {
  runtime: Runtime;
  requestId: string;
  nonce: string;
  csrfToken: string;
  locale: Locale;
  clientIp: string;
  isSecure: boolean;
  sessionToken: string | null;
}

declare module 'react-router' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends RequestContext {}
}

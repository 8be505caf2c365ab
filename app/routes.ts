import type { RouteConfig } from '@react-router/dev/routes';
import { flatRoutes } from '@react-router/fs-routes';

// Pages by URL: one file per route under app/routes (see React Router's flat-routes convention).
export default flatRoutes({
  ignoredRouteFiles: ['**/*.test.ts', '**/*.test.tsx', '**/*.server.ts', '**/components/**'],
}) satisfies RouteConfig;

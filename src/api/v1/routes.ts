// Every REST operation under /api/v1; each resource folder exports its routes.
import type { ApiRoute } from './framework';
import { metaRoutes } from './meta';
import { organisationRoutes } from './organisations';

export const apiRoutes: ApiRoute[] = [...metaRoutes, ...organisationRoutes];

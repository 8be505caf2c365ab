// Every REST operation under /api/v1; each resource folder exports its routes.
import { accountRoutes } from './accounts';
import { applicationRoutes } from './applications';
import type { ApiRoute } from './framework';
import { metaRoutes } from './meta';
import { opportunityRoutes } from './opportunities';
import { organisationRoutes } from './organisations';
import { pipelineRoutes } from './pipeline';
import { programmeRoutes } from './programmes';
import { regionRoutes } from './regions';
import { searchRoutes } from './search';
import { talentRoutes } from './talent';

export const apiRoutes: ApiRoute[] = [
  ...metaRoutes,
  ...organisationRoutes,
  ...accountRoutes,
  ...opportunityRoutes,
  ...programmeRoutes,
  ...regionRoutes,
  ...talentRoutes,
  ...applicationRoutes,
  ...pipelineRoutes,
  ...searchRoutes,
];

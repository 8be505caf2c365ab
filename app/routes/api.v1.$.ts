import { handleApiRequest } from '#src/api/v1/router';
import { getActor } from '~/lib/auth.server';
import type { Route } from './+types/api.v1.$';

// The REST API (/api/v1/*) is one resource route that hands over to src/api/v1.
function handle({ request, context }: Route.LoaderArgs | Route.ActionArgs) {
  return handleApiRequest({
    request,
    runtime: context.runtime,
    sessionActor: () => getActor(context),
    locale: context.locale,
    requestId: context.requestId,
  });
}

export const loader = handle;
export const action = handle;

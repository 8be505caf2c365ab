import { documentDownloadResponse, openTalentDocument } from '#src/domain/talent/open-talent-document';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/account.documents.$id';

/** Downloads one of the signed-in talent's own documents (a resource route: no page). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const document = await loadOrThrow(() =>
    openTalentDocument({
      db: context.runtime.db,
      actor,
      uploadDir: context.runtime.config.uploadDir,
      documentId: params.id,
    }),
  );
  return documentDownloadResponse(document);
}

import { documentDownloadResponse, openTalentDocument } from '#src/domain/talent/open-talent-document';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/talent.$id.documents.$docId';

/**
 * Downloads a talent's document for someone the access rule lets see documents: members of the
 * host or coordinating organisation of an opportunity the talent applied to (unless the profile is
 * private), and platform admins. Anyone else gets 404, as if it did not exist.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const document = await loadOrThrow(() =>
    openTalentDocument({
      db: context.runtime.db,
      actor,
      uploadDir: context.runtime.config.uploadDir,
      documentId: params.docId,
      talentId: params.id,
    }),
  );
  return documentDownloadResponse(document);
}

import { getInterviewIcs } from '#src/domain/interviews/get-interview-ics';
import { translate } from '#src/i18n';
import { isAppError } from '#src/lib/errors';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { publicUrlOf } from './application-actions.server';
import type { Route } from './+types/interviews.$id.ics';

/** The interview's current invite (.ics) as a download, for its applicant and its staff only. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  try {
    const ics = await getInterviewIcs({
      db: context.runtime.db,
      actor,
      interviewId: params.id,
      locale: context.locale,
      mailFrom: context.runtime.mailer.from,
      publicUrl: publicUrlOf(context, request),
    });
    return new Response(ics.content, {
      headers: {
        'Content-Type': ics.contentType,
        'Content-Disposition': `attachment; filename="${ics.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return new Response(translate(context.locale, error.messageKey), {
      status: error.httpStatus,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
}

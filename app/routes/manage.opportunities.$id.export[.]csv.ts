import { contentDisposition, exportPipelineCsv } from '#src/domain/applications/export-pipeline-csv';
import { parsePipelineQuery } from '#src/domain/applications/pipeline-filters';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/manage.opportunities.$id.export[.]csv';

/** The pipeline as a CSV file for Excel (UTF-8 with BOM), with the filters and sort in the query string. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const query = parsePipelineQuery(new URL(request.url).searchParams);
  const { filename, content } = await loadOrThrow(() =>
    exportPipelineCsv({
      db: context.runtime.db,
      actor,
      opportunityId: params.id,
      query,
      locale: context.locale,
    }),
  );
  return new Response(content, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(filename),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

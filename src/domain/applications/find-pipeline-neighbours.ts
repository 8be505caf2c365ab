import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import type { Actor } from '../accounts/actor';
import { requireOpportunityStaff } from './access';
import { requireUuid } from './require-application-participant';
import {
  pipelineConditions,
  pipelineFrom,
  pipelineOrder,
  visibleMeanSql,
  type PipelineQuery,
} from './pipeline-filters';

export interface PipelineNeighbours {
  previousId: string | null;
  nextId: string | null;
  /** 1-based place of the application in the filtered, sorted list; null when the filters exclude it. */
  position: number | null;
  total: number;
}

/**
 * The applications before and after one application in the pipeline as the reviewer is viewing it
 * (same filters, stage and sort), for "previous / next applicant" on the detail page.
 */
export async function findPipelineNeighbours(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
  applicationId: string;
  query: PipelineQuery;
}): Promise<PipelineNeighbours> {
  requireUuid(options.opportunityId);
  requireUuid(options.applicationId);
  const opportunity = await requireOpportunityStaff(options);
  const viewerId = options.actor!.accountId;
  const { query } = options;
  const criteria = await queryRows<{ id: string }>(
    options.db,
    sql`select id from scorecard_criteria where opportunity_id = ${opportunity.id}`,
  );
  const mean = visibleMeanSql(
    viewerId,
    criteria.map((row) => row.id),
  );
  const conditions = [
    sql`a.opportunity_id = ${opportunity.id}`,
    ...(query.stage ? [sql`a.stage_id = ${query.stage}`] : []),
    ...pipelineConditions({ query, viewerId, blind: opportunity.blindScreening }),
  ];
  const order = pipelineOrder(query.sort, { blind: opportunity.blindScreening, mean });
  const [row] = await queryRows<{
    previous_id: string | null;
    next_id: string | null;
    pos: string | number;
    total: string | number;
  }>(
    options.db,
    sql`select previous_id, next_id, pos, total from (
        select a.id,
          lag(a.id) over (order by ${order}) as previous_id,
          lead(a.id) over (order by ${order}) as next_id,
          row_number() over (order by ${order}) as pos,
          count(*) over () as total
        ${pipelineFrom(query)} where ${sql.join(conditions, sql` and `)}
      ) ordered where ordered.id = ${options.applicationId}`,
  );
  if (!row) return { previousId: null, nextId: null, position: null, total: 0 };
  return {
    previousId: row.previous_id,
    nextId: row.next_id,
    position: Number(row.pos),
    total: Number(row.total),
  };
}

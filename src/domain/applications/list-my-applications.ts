import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { nextStepFor, type NextStep, type NextStepInterview } from './next-step';
import type { StageLabel } from './list-application-timeline';
import type { StageCategory } from './stages';

export interface MyApplicationSummary {
  id: string;
  opportunity: { slug: string; title: string };
  organisation: { name: string; nameEn: string | null };
  stage: StageLabel;
  submittedAt: string;
  /** The latest stage change, message or interview change. */
  lastActivityAt: string;
  nextStep: NextStep;
}

interface Row {
  id: string;
  stage_category: StageCategory;
  stage_name: string;
  stage_name_en: string;
  slug: string;
  title: string;
  organisation_name: string;
  organisation_name_en: string | null;
  submitted_at: Date | string;
  last_activity_at: Date | string;
  interviews: NextStepInterview[] | string;
}

/** Every application of the signed-in account, newest first, with its stage and next step. */
export async function listMyApplications(options: {
  db: DbOrTx;
  actor: Actor | null;
  now?: Date;
}): Promise<MyApplicationSummary[]> {
  requireActor(options.actor);
  const now = options.now ?? new Date();
  const rows = await queryRows<Row>(
    options.db,
    sql`select a.id, a.stage_category, ps.name as stage_name, ps.name_en as stage_name_en,
               o.slug, o.title, org.name as organisation_name, org.name_en as organisation_name_en,
               a.submitted_at,
               greatest(
                 a.updated_at,
                 (select max(m.created_at) from application_messages m where m.application_id = a.id),
                 (select max(i.updated_at) from interviews i where i.application_id = a.id)
               ) as last_activity_at,
               coalesce(
                 (select json_agg(json_build_object(
                    'status', i.status, 'scheduledStart', i.scheduled_start, 'durationMinutes', i.duration_minutes))
                  from interviews i where i.application_id = a.id),
                 '[]'::json
               ) as interviews
        from applications a
        join opportunities o on o.id = a.opportunity_id
        join organisations org on org.id = o.organisation_id
        join pipeline_stages ps on ps.id = a.stage_id
        where a.applicant_id = ${options.actor.accountId}
        order by a.submitted_at desc, a.id`,
  );
  return rows.map((row) => {
    const interviews =
      typeof row.interviews === 'string'
        ? (JSON.parse(row.interviews) as NextStepInterview[])
        : row.interviews;
    return {
      id: row.id,
      opportunity: { slug: row.slug, title: row.title },
      organisation: { name: row.organisation_name, nameEn: row.organisation_name_en },
      stage: { category: row.stage_category, name: row.stage_name, nameEn: row.stage_name_en },
      submittedAt: new Date(row.submitted_at).toISOString(),
      lastActivityAt: new Date(row.last_activity_at).toISOString(),
      nextStep: nextStepFor(row.stage_category, interviews, now),
    };
  });
}

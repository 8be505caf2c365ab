import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { applicationEvents, applications, opportunities } from '#src/db/schema';
import { ensurePipelineStages, type StageCategory } from '#src/domain/applications/stages';

/** A minimal published opportunity row for tests that do not care about its details. */
export async function buildBareOpportunity(options: {
  db: DbOrTx;
  organisationId: string;
  programmeId?: string | null;
  title?: string;
  blindScreening?: boolean;
}) {
  const [row] = await options.db
    .insert(opportunities)
    .values({
      slug: `t-${randomUUID().slice(0, 12)}`,
      organisationId: options.organisationId,
      programmeId: options.programmeId ?? null,
      kind: 'side_job',
      status: 'published',
      title: options.title ?? `テスト案件 ${randomUUID().slice(0, 6)}`,
      publishedAt: new Date(),
      blindScreening: options.blindScreening ?? false,
    })
    .returning();
  return row!;
}

/** An application at the given stage (default: 応募), with its submitted event. */
export async function buildApplication(options: {
  db: DbOrTx;
  opportunityId: string;
  applicantId: string;
  stage?: StageCategory;
  motivation?: string;
  submittedAt?: Date;
}) {
  const stages = await ensurePipelineStages({ db: options.db, opportunityId: options.opportunityId });
  const stage = stages.find((candidate) => candidate.category === (options.stage ?? 'applied'))!;
  const [application] = await options.db
    .insert(applications)
    .values({
      opportunityId: options.opportunityId,
      applicantId: options.applicantId,
      stageId: stage.id,
      stageCategory: stage.category,
      motivation: options.motivation ?? '地域の課題解決に関わりたいと考え応募しました。',
      submittedAt: options.submittedAt ?? new Date(),
    })
    .returning();
  await options.db.insert(applicationEvents).values({
    applicationId: application!.id,
    actorId: options.applicantId,
    kind: 'submitted',
    toStageId: stage.id,
  });
  return application!;
}

export async function getApplication(db: DbOrTx, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row;
}

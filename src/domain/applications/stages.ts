import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { pipelineStages, type stageCategory } from '#src/db/schema';

export type StageCategory = (typeof stageCategory.enumValues)[number];

/** 応募 → 書類選考 → 面談 → 内定 → 契約 → 稼働中 → 完了; 不採用 and 辞退 from any stage. */
export const DEFAULT_STAGES: Array<{ category: StageCategory; name: string; nameEn: string }> = [
  { category: 'applied', name: '応募', nameEn: 'Applied' },
  { category: 'screening', name: '書類選考', nameEn: 'Document screening' },
  { category: 'interview', name: '面談', nameEn: 'Interview' },
  { category: 'offer', name: '内定', nameEn: 'Offer' },
  { category: 'contract', name: '契約', nameEn: 'Contract' },
  { category: 'active', name: '稼働中', nameEn: 'Working' },
  { category: 'completed', name: '完了', nameEn: 'Completed' },
  { category: 'rejected', name: '不採用', nameEn: 'Not selected' },
  { category: 'withdrawn', name: '辞退', nameEn: 'Withdrawn' },
];

/** Stages that end an application: no further moves except by staff correcting a mistake. */
export const CLOSED_CATEGORIES: StageCategory[] = ['rejected', 'withdrawn', 'completed'];
/** From the interview stage on, blind screening reveals the applicant's identity. */
export const IDENTITY_REVEALED_CATEGORIES: StageCategory[] = [
  'interview',
  'offer',
  'contract',
  'active',
  'completed',
];

export type PipelineStage = typeof pipelineStages.$inferSelect;

/** The opportunity's stages in order, creating the default pipeline the first time. */
export async function ensurePipelineStages(options: {
  db: DbOrTx;
  opportunityId: string;
}): Promise<PipelineStage[]> {
  const existing = await options.db
    .select()
    .from(pipelineStages)
    .where(eq(pipelineStages.opportunityId, options.opportunityId))
    .orderBy(asc(pipelineStages.position));
  if (existing.length > 0) return existing;
  return options.db
    .insert(pipelineStages)
    .values(
      DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, opportunityId: options.opportunityId })),
    )
    .returning();
}

import { and, eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { applicationEvents, scorecards } from '#src/db/schema';
import { requireApplicationStaff } from '#src/domain/applications/access';
import { requireUuid } from '#src/domain/applications/require-application-participant';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { loadScorecardCriteria } from './list-scorecard-criteria';
import { fieldErrorsOf, ScorecardInputSchema, type ScorecardInput } from './schema';

export type Scorecard = typeof scorecards.$inferSelect;

/**
 * Saves the actor's own scorecard for an application, as a draft or (with `submit`) final. A
 * submitted scorecard needs a score for every criterion and cannot be changed afterwards: reviewers
 * see each other's scores only once they have submitted theirs, so a change after seeing them would
 * no longer be independent. Staff of the opportunity only.
 */
export async function submitScorecard(options: {
  db: Db;
  actor: Actor | null;
  applicationId: string;
  input: ScorecardInput;
  now?: Date;
}): Promise<Scorecard> {
  requireUuid(options.applicationId);
  const parsed = ScorecardInputSchema.safeParse(options.input);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const { application, opportunity } = await requireApplicationStaff({
      db: tx,
      actor: options.actor,
      applicationId: options.applicationId,
    });
    const reviewerId = options.actor!.accountId;
    const criteria = await loadScorecardCriteria(tx, opportunity.id);
    if (criteria.length === 0) throw new AppError('CONFLICT', 'screening.scorecard.noCriteria');
    const criterionIds = new Set(criteria.map((criterion) => criterion.id));
    const fieldErrors: Record<string, string> = {};
    for (const id of Object.keys(input.scores)) {
      if (!criterionIds.has(id)) fieldErrors[`scores.${id}`] = 'screening.validation.unknownCriterion';
    }
    if (input.submit) {
      for (const criterion of criteria) {
        if (input.scores[criterion.id] === undefined)
          fieldErrors[`scores.${criterion.id}`] = 'screening.validation.scoreRequired';
      }
    }
    if (Object.keys(fieldErrors).length > 0)
      throw new AppError('INVALID_INPUT', 'screening.scorecard.incomplete', fieldErrors);

    const [existing] = await tx
      .select()
      .from(scorecards)
      .where(and(eq(scorecards.applicationId, application.id), eq(scorecards.reviewerId, reviewerId)))
      .for('update');
    if (existing?.submittedAt) throw new AppError('CONFLICT', 'screening.scorecard.alreadySubmitted');
    const values = {
      scores: input.scores,
      comment: input.comment,
      submittedAt: input.submit ? now : null,
      updatedAt: now,
    };
    const [saved] = existing
      ? await tx.update(scorecards).set(values).where(eq(scorecards.id, existing.id)).returning()
      : await tx
          .insert(scorecards)
          .values({ ...values, applicationId: application.id, reviewerId })
          .returning();
    if (input.submit) {
      await tx.insert(applicationEvents).values({
        applicationId: application.id,
        actorId: reviewerId,
        kind: 'scorecard_submitted',
        payload: {},
        visibleToApplicant: false,
      });
    }
    return saved!;
  });
}

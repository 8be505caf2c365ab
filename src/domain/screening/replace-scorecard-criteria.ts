import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { scorecardCriteria } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireOpportunityHost } from './access';
import { loadScorecardCriteria, type ScorecardCriterion } from './list-scorecard-criteria';
import { fieldErrorsOf, ScorecardCriteriaInputSchema, type ScorecardCriterionInput } from './schema';

/**
 * Sets the opportunity's scorecard criteria to the given list, in its order. Criteria keep their id
 * when edited, so scores already given stay attached; a removed criterion no longer counts in any
 * mean. Host organisation only.
 */
export async function replaceScorecardCriteria(options: {
  db: Db;
  actor: Actor | null;
  opportunityId: string;
  criteria: ScorecardCriterionInput[];
}): Promise<ScorecardCriterion[]> {
  const parsed = ScorecardCriteriaInputSchema.safeParse(options.criteria);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
  const criteria = parsed.data;
  return options.db.transaction(async (tx) => {
    const opportunity = await requireOpportunityHost({
      db: tx,
      actor: options.actor,
      opportunityId: options.opportunityId,
    });
    const keptIds = criteria.flatMap((criterion) => (criterion.id ? [criterion.id] : []));
    if (new Set(keptIds).size !== keptIds.length)
      throw new AppError('INVALID_INPUT', 'screening.validation.duplicateId');
    if (keptIds.length > 0) {
      const owned = await tx
        .select({ id: scorecardCriteria.id })
        .from(scorecardCriteria)
        .where(
          and(eq(scorecardCriteria.opportunityId, opportunity.id), inArray(scorecardCriteria.id, keptIds)),
        );
      if (owned.length !== keptIds.length)
        throw new AppError('INVALID_INPUT', 'screening.validation.unknownCriterion');
    }
    await tx
      .delete(scorecardCriteria)
      .where(
        keptIds.length > 0
          ? and(
              eq(scorecardCriteria.opportunityId, opportunity.id),
              notInArray(scorecardCriteria.id, keptIds),
            )
          : eq(scorecardCriteria.opportunityId, opportunity.id),
      );
    for (const [position, criterion] of criteria.entries()) {
      const anchors = Object.fromEntries(Object.entries(criterion.anchors).filter(([, text]) => text !== ''));
      const values = { label: criterion.label, anchors, position };
      if (criterion.id) {
        await tx.update(scorecardCriteria).set(values).where(eq(scorecardCriteria.id, criterion.id));
      } else {
        await tx.insert(scorecardCriteria).values({ ...values, opportunityId: opportunity.id });
      }
    }
    return loadScorecardCriteria(tx, opportunity.id);
  });
}

import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { screeningQuestions } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireOpportunityHost } from './access';
import { loadScreeningQuestions, type ScreeningQuestion } from './list-screening-questions';
import { fieldErrorsOf, ScreeningQuestionsInputSchema, type ScreeningQuestionInput } from './schema';

/**
 * Sets the opportunity's screening questions to the given list, in its order: questions with an id
 * are updated (answers already given keep pointing at them), new ones are added, missing ones removed.
 * Host organisation only.
 */
export async function replaceScreeningQuestions(options: {
  db: Db;
  actor: Actor | null;
  opportunityId: string;
  questions: ScreeningQuestionInput[];
}): Promise<ScreeningQuestion[]> {
  const parsed = ScreeningQuestionsInputSchema.safeParse(options.questions);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
  const questions = parsed.data;
  return options.db.transaction(async (tx) => {
    const opportunity = await requireOpportunityHost({
      db: tx,
      actor: options.actor,
      opportunityId: options.opportunityId,
    });
    const keptIds = questions.flatMap((question) => (question.id ? [question.id] : []));
    if (new Set(keptIds).size !== keptIds.length)
      throw new AppError('INVALID_INPUT', 'screening.validation.duplicateId');
    if (keptIds.length > 0) {
      const owned = await tx
        .select({ id: screeningQuestions.id })
        .from(screeningQuestions)
        .where(
          and(eq(screeningQuestions.opportunityId, opportunity.id), inArray(screeningQuestions.id, keptIds)),
        );
      if (owned.length !== keptIds.length)
        throw new AppError('INVALID_INPUT', 'screening.validation.unknownQuestion');
    }
    await tx
      .delete(screeningQuestions)
      .where(
        keptIds.length > 0
          ? and(
              eq(screeningQuestions.opportunityId, opportunity.id),
              notInArray(screeningQuestions.id, keptIds),
            )
          : eq(screeningQuestions.opportunityId, opportunity.id),
      );
    for (const [position, question] of questions.entries()) {
      const values = {
        kind: question.kind,
        label: question.label,
        options: question.options,
        required: question.required,
        position,
      };
      if (question.id) {
        await tx.update(screeningQuestions).set(values).where(eq(screeningQuestions.id, question.id));
      } else {
        await tx.insert(screeningQuestions).values({ ...values, opportunityId: opportunity.id });
      }
    }
    return loadScreeningQuestions(tx, opportunity.id);
  });
}

import { z } from 'zod';
import { screeningQuestionKind } from '#src/db/schema';

export const SCREENING_QUESTION_KINDS = screeningQuestionKind.enumValues;
export const CHOICE_KINDS = ['single_choice', 'multiple_choice'] as const;
export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 20;
export const MAX_CRITERIA = 10;
/** The scorecard's anchors: what a 1, a 3 and a 5 mean for a criterion. */
export const ANCHOR_POINTS = ['1', '3', '5'] as const;
export const SCORE_VALUES = [1, 2, 3, 4, 5] as const;

const optionalId = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.uuid().optional(),
);

/** One screening question as the host edits it; the list's order is the order applicants see. */
export const ScreeningQuestionInputSchema = z
  .object({
    id: optionalId,
    kind: z.enum(SCREENING_QUESTION_KINDS, 'validation.invalid'),
    label: z.string().trim().min(1, 'validation.required').max(200, 'screening.validation.labelTooLong'),
    options: z
      .array(z.string().trim().min(1).max(100, 'screening.validation.optionTooLong'))
      .max(MAX_OPTIONS, 'screening.validation.tooManyOptions')
      .default([]),
    required: z.boolean().default(true),
  })
  .transform((question) => ({
    ...question,
    options: (CHOICE_KINDS as readonly string[]).includes(question.kind)
      ? [...new Set(question.options)]
      : [],
  }))
  .refine(
    (question) =>
      !(CHOICE_KINDS as readonly string[]).includes(question.kind) || question.options.length >= 2,
    { message: 'screening.validation.needsOptions', path: ['options'] },
  );
export type ScreeningQuestionInput = z.input<typeof ScreeningQuestionInputSchema>;

export const ScreeningQuestionsInputSchema = z
  .array(ScreeningQuestionInputSchema)
  .max(MAX_QUESTIONS, 'screening.validation.tooManyQuestions');

/** One scorecard criterion with its anchors (texts for 1, 3 and 5; each optional). */
export const ScorecardCriterionInputSchema = z.object({
  id: optionalId,
  label: z.string().trim().min(1, 'validation.required').max(100, 'screening.validation.labelTooLong'),
  anchors: z
    .object({
      '1': z.string().trim().max(200, 'screening.validation.anchorTooLong').default(''),
      '3': z.string().trim().max(200, 'screening.validation.anchorTooLong').default(''),
      '5': z.string().trim().max(200, 'screening.validation.anchorTooLong').default(''),
    })
    .default({ '1': '', '3': '', '5': '' }),
});
export type ScorecardCriterionInput = z.input<typeof ScorecardCriterionInputSchema>;

export const ScorecardCriteriaInputSchema = z
  .array(ScorecardCriterionInputSchema)
  .max(MAX_CRITERIA, 'screening.validation.tooManyCriteria');

/** A reviewer's scores (criterion id → 1–5) and comment; `submit` makes it final and visible. */
export const ScorecardInputSchema = z.object({
  scores: z.record(
    z.uuid(),
    z.number().int().min(1, 'screening.validation.score').max(5, 'screening.validation.score'),
  ),
  comment: z.string().trim().max(4000, 'screening.validation.commentTooLong').default(''),
  submit: z.boolean().default(false),
});
export type ScorecardInput = z.input<typeof ScorecardInputSchema>;

/** Turns zod issues into field errors keyed by path ("0.label", "scores"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    fields[key] ??=
      issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid';
  }
  return fields;
}

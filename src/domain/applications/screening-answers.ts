import type { ApplicationAnswer, screeningQuestionKind } from '#src/db/schema';

export type ScreeningQuestionKind = (typeof screeningQuestionKind.enumValues)[number];

export interface ScreeningQuestionForAnswer {
  id: string;
  kind: ScreeningQuestionKind;
  label: string;
  options: string[];
  required: boolean;
}

/** Raw answers as they arrive from a form or a JSON body: question id → text, choice or choices. */
export type RawAnswers = Record<string, string | string[] | undefined>;

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;

/** The form field (and API error field) of one question's answer. */
export function answerField(questionId: string): string {
  return `answers.${questionId}`;
}

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Checks answers against the host's questions: required ones answered, text within its limit, choices
 * among the offered options, yes/no as 'yes' or 'no'. Answers to questions that no longer exist are
 * dropped (the host may have removed one while the form was open). Errors are i18n keys by field.
 */
export function validateScreeningAnswers(
  questions: readonly ScreeningQuestionForAnswer[],
  raw: RawAnswers,
): { answers: ApplicationAnswer[]; fieldErrors: Record<string, string> } {
  const answers: ApplicationAnswer[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const question of questions) {
    const values = asList(raw[question.id]);
    const field = answerField(question.id);
    if (values.length === 0) {
      if (question.required) fieldErrors[field] = 'validation.required';
      continue;
    }
    switch (question.kind) {
      case 'short_text':
      case 'long_text': {
        const text = values.join('\n');
        const max = question.kind === 'short_text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
        if (values.length > 1) fieldErrors[field] = 'validation.invalid';
        else if (text.length > max)
          fieldErrors[field] =
            `apply.validation.${question.kind === 'short_text' ? 'shortTextTooLong' : 'longTextTooLong'}`;
        else answers.push({ questionId: question.id, value: text });
        break;
      }
      case 'single_choice': {
        if (values.length > 1 || !question.options.includes(values[0]!))
          fieldErrors[field] = 'apply.validation.choiceNotOffered';
        else answers.push({ questionId: question.id, value: values[0]! });
        break;
      }
      case 'multiple_choice': {
        const chosen = [...new Set(values)];
        if (chosen.some((value) => !question.options.includes(value)))
          fieldErrors[field] = 'apply.validation.choiceNotOffered';
        // Keep the host's order, whatever order the boxes were ticked in.
        else
          answers.push({
            questionId: question.id,
            value: question.options.filter((option) => chosen.includes(option)),
          });
        break;
      }
      case 'yes_no': {
        if (values.length > 1 || (values[0] !== 'yes' && values[0] !== 'no'))
          fieldErrors[field] = 'apply.validation.yesNo';
        else answers.push({ questionId: question.id, value: values[0] });
        break;
      }
    }
  }
  return { answers, fieldErrors };
}

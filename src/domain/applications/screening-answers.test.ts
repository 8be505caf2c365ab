import { describe, expect, it } from 'vitest';
import { validateScreeningAnswers, type ScreeningQuestionForAnswer } from './screening-answers';

const questions: ScreeningQuestionForAnswer[] = [
  { id: 'q1', kind: 'short_text', label: '現在のお住まい', options: [], required: true },
  { id: 'q2', kind: 'long_text', label: '経験', options: [], required: false },
  { id: 'q3', kind: 'single_choice', label: '稼働できる曜日', options: ['平日', '週末'], required: true },
  {
    id: 'q4',
    kind: 'multiple_choice',
    label: '使えるツール',
    options: ['Figma', 'Notion', 'kintone'],
    required: false,
  },
  { id: 'q5', kind: 'yes_no', label: '長岡市に来訪できますか', options: [], required: true },
];

describe('validateScreeningAnswers', () => {
  it('keeps valid answers in the host’s order and drops answers to unknown questions', () => {
    const result = validateScreeningAnswers(questions, {
      q1: ' 新潟県長岡市 ',
      q3: '週末',
      q4: ['kintone', 'Figma'],
      q5: 'yes',
      removed: 'x',
    });
    expect(result.fieldErrors).toEqual({});
    expect(result.answers).toEqual([
      { questionId: 'q1', value: '新潟県長岡市' },
      { questionId: 'q3', value: '週末' },
      { questionId: 'q4', value: ['Figma', 'kintone'] },
      { questionId: 'q5', value: 'yes' },
    ]);
  });

  it('requires the required questions and refuses options that were not offered', () => {
    const result = validateScreeningAnswers(questions, { q3: '毎日', q4: ['Figma', 'Excel'], q5: 'maybe' });
    expect(result.fieldErrors).toEqual({
      'answers.q1': 'validation.required',
      'answers.q3': 'apply.validation.choiceNotOffered',
      'answers.q4': 'apply.validation.choiceNotOffered',
      'answers.q5': 'apply.validation.yesNo',
    });
  });

  it('limits text length and accepts one ticked box as a list', () => {
    const result = validateScreeningAnswers(questions, {
      q1: 'あ'.repeat(201),
      q3: '平日',
      q4: 'Notion',
      q5: 'no',
    });
    expect(result.fieldErrors).toEqual({ 'answers.q1': 'apply.validation.shortTextTooLong' });
    expect(result.answers).toContainEqual({ questionId: 'q4', value: ['Notion'] });
  });
});

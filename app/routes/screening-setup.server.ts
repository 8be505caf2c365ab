// Form parsing for the host's screening set-up pages (questions, stages, scorecard criteria):
// each editable list arrives as numbered fields ("q.0.label", "c.2.anchor5") with an order
// number and a remove box, so the pages work as plain HTML forms.
import type { ScorecardCriterionInput, ScreeningQuestionInput } from '#src/domain/screening/schema';
import { SCREENING_QUESTION_KINDS } from '#src/domain/screening/schema';

interface Ordered<T> {
  input: T;
  /** The form row the item came from, to put errors back next to it. */
  row: number;
}

function rowCount(form: FormData): number {
  const count = Number(form.get('count') ?? 0);
  return Number.isInteger(count) && count >= 0 && count <= 100 ? count : 0;
}

function sortByOrder<T>(items: Array<Ordered<T> & { order: number }>): Array<Ordered<T>> {
  return items.sort((a, b) => a.order - b.order || a.row - b.row).map(({ input, row }) => ({ input, row }));
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The questions in their new order; a row without an id and without a label is the unused "add" row. */
export function questionsFromForm(form: FormData): Array<Ordered<ScreeningQuestionInput>> {
  const items: Array<Ordered<ScreeningQuestionInput> & { order: number }> = [];
  for (let row = 0; row < rowCount(form); row++) {
    const prefix = `q.${row}.`;
    const id = text(form, `${prefix}id`);
    const label = text(form, `${prefix}label`);
    if (form.get(`${prefix}remove`) === 'on') continue;
    if (!id && label.trim() === '') continue;
    const kind = text(form, `${prefix}kind`);
    items.push({
      row,
      order: Number(text(form, `${prefix}order`)) || row + 1,
      input: {
        id: id || undefined,
        kind: (SCREENING_QUESTION_KINDS as readonly string[]).includes(kind)
          ? (kind as ScreeningQuestionInput['kind'])
          : 'short_text',
        label,
        options: text(form, `${prefix}options`)
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
        required: form.get(`${prefix}required`) === 'on',
      },
    });
  }
  return sortByOrder(items);
}

/** The scorecard criteria in their new order; the empty "add" row is skipped. */
export function criteriaFromForm(form: FormData): Array<Ordered<ScorecardCriterionInput>> {
  const items: Array<Ordered<ScorecardCriterionInput> & { order: number }> = [];
  for (let row = 0; row < rowCount(form); row++) {
    const prefix = `c.${row}.`;
    const id = text(form, `${prefix}id`);
    const label = text(form, `${prefix}label`);
    if (form.get(`${prefix}remove`) === 'on') continue;
    if (!id && label.trim() === '') continue;
    items.push({
      row,
      order: Number(text(form, `${prefix}order`)) || row + 1,
      input: {
        id: id || undefined,
        label,
        anchors: {
          '1': text(form, `${prefix}anchor1`),
          '3': text(form, `${prefix}anchor3`),
          '5': text(form, `${prefix}anchor5`),
        },
      },
    });
  }
  return sortByOrder(items);
}

/**
 * Field errors from the domain ("2.label", "0.anchors.1") renamed to the form's fields
 * ("q.5.label", "c.0.anchor1") so each shows next to the row it belongs to.
 */
export function rowFieldErrors(
  fieldErrors: Record<string, string>,
  items: Array<{ row: number }>,
  prefix: 'q' | 'c',
): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [key, message] of Object.entries(fieldErrors)) {
    const [index, field, sub] = key.split('.');
    const item = items[Number(index)];
    if (item === undefined || field === undefined) {
      mapped[key] = message;
      continue;
    }
    const name = field === 'anchors' && sub ? `anchor${sub}` : field;
    mapped[`${prefix}.${item.row}.${name}`] = message;
  }
  return mapped;
}

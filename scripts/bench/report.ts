// Turns benchmark rows into a verdict per row and into the printed / Markdown tables.
import type { BenchRow } from './types';

export type Verdict = 'pass' | 'fail' | '';

export interface EvaluatedRow extends BenchRow {
  /** value / baseline.value, when there is a baseline with a non-zero value. */
  ratio?: number;
  verdict: Verdict;
}

const COMPARISON = /^\s*(<=|>=|<|>|=)\s*(-?\d+(?:\.\d+)?)\s*(%|[^\s\d].*)?$/;

/**
 * Reads a target such as "< 2000 ms", "<= 120 KB", ">= 60%" or "yes".
 * A percentage target with a baseline compares the ratio (value / baseline) with it; any other
 * numeric target compares the value. "yes" expects a boolean row (value 1).
 */
export function evaluateTarget(row: BenchRow): Verdict {
  if (!row.target || !Number.isFinite(row.value)) return '';
  const target = row.target.trim();
  if (target === 'yes') return row.value === 1 ? 'pass' : 'fail';
  const match = COMPARISON.exec(target);
  if (!match) return '';
  const [, operator, rawBound, unit] = match;
  const bound = Number(rawBound);
  let actual = row.value;
  if (unit === '%' && row.unit !== '%') {
    const ratio = ratioOf(row);
    if (ratio === undefined) return '';
    actual = ratio * 100;
  }
  const ok =
    operator === '<'
      ? actual < bound
      : operator === '<='
        ? actual <= bound
        : operator === '>'
          ? actual > bound
          : operator === '>='
            ? actual >= bound
            : actual === bound;
  return ok ? 'pass' : 'fail';
}

export function ratioOf(row: BenchRow): number | undefined {
  if (!row.baseline || !row.baseline.value || !Number.isFinite(row.baseline.value)) return undefined;
  return row.value / row.baseline.value;
}

export function evaluateRows(rows: BenchRow[]): EvaluatedRow[] {
  return rows.map((row) => ({ ...row, ratio: ratioOf(row), verdict: evaluateTarget(row) }));
}

/** A number with as many decimals as its size warrants: 1234, 123.4, 12.34, 1.234. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const digits = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatValue(value: number, unit: string): string {
  if (unit === 'bool') return value === 1 ? 'yes' : 'no';
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

export const TABLE_HEADERS = ['group', 'metric', 'value', 'baseline', 'ratio', 'target', 'result'] as const;

export function tableCells(row: EvaluatedRow): string[] {
  return [
    row.group,
    row.name,
    formatValue(row.value, row.unit),
    row.baseline ? `${row.baseline.name}: ${formatValue(row.baseline.value, row.unit)}` : '',
    row.ratio === undefined ? '' : `${(row.ratio * 100).toFixed(0)}%`,
    row.target ?? '',
    row.verdict,
  ];
}

/** A plain-text table for the terminal, with notes listed underneath. */
export function renderTextTable(rows: EvaluatedRow[]): string {
  const body = rows.map(tableCells);
  const widths = TABLE_HEADERS.map((header, column) =>
    Math.max(displayWidth(header), ...body.map((cells) => displayWidth(cells[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => padEnd(cell, widths[column] ?? 0)).join(' | ');
  const lines = [line(TABLE_HEADERS), widths.map((width) => '-'.repeat(width)).join('-|-')];
  for (const cells of body) lines.push(line(cells));
  const notes = rows.filter((row) => row.note).map((row) => `  ${row.group} / ${row.name}: ${row.note}`);
  if (notes.length > 0) lines.push('', 'Notes:', ...notes);
  return lines.join('\n');
}

function escapeMarkdown(cell: string): string {
  return cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdownTable(rows: EvaluatedRow[]): string {
  const lines = [
    `| ${TABLE_HEADERS.join(' | ')} | note |`,
    `|${TABLE_HEADERS.map(() => '---').join('|')}|---|`,
  ];
  for (const row of rows) {
    const cells = [...tableCells(row), row.note ?? ''].map(escapeMarkdown);
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The p-th percentile (0–100) of the values, by the nearest-rank method. */
export function percentile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sortedValues.length);
  return sortedValues[Math.min(sortedValues.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Japanese text takes two terminal columns per character.
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

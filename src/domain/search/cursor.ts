import type { SearchSort } from './params';

/**
 * A keyset cursor: the sort keys of the last row shown (so the next page starts right after it, at the same
 * cost however deep) and how many rows came before, for "41–60 of …". Opaque base64url JSON.
 */
export interface SearchCursor {
  sort: SearchSort;
  /** newest: [publishedMicros, id]; relevance: [score, publishedMicros, id]; deadline: [bucket, closesMicros, id] */
  keys: string[];
  position: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d{1,19}$/;

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.position, ...cursor.keys]), 'utf8').toString(
    'base64url',
  );
}

/** The cursor, or null when it is missing, malformed or for another sort order (the first page is shown). */
export function decodeCursor(text: string | null | undefined, sort: SearchSort): SearchCursor | null {
  if (!text || text.length > 500) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value[0] !== sort || !Number.isSafeInteger(value[1]) || value[1] < 0)
    return null;
  const keys = value.slice(2);
  if (!keys.every((key): key is string => typeof key === 'string')) return null;
  const valid =
    (sort === 'newest' && keys.length === 2 && INTEGER.test(keys[0]!) && UUID.test(keys[1]!)) ||
    (sort === 'relevance' &&
      keys.length === 3 &&
      /^\d{1,3}$/.test(keys[0]!) &&
      INTEGER.test(keys[1]!) &&
      UUID.test(keys[2]!)) ||
    (sort === 'deadline' &&
      keys.length === 3 &&
      /^[0-2]$/.test(keys[0]!) &&
      INTEGER.test(keys[1]!) &&
      UUID.test(keys[2]!));
  return valid ? { sort, keys, position: value[1] as number } : null;
}

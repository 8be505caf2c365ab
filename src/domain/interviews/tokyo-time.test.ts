import { describe, expect, it } from 'vitest';
import { parseTokyoDateTimeLocal, toTokyoDateTimeLocal } from './tokyo-time';

describe('Japan-time datetime-local values', () => {
  it('reads a form value as Japan time', () => {
    expect(parseTokyoDateTimeLocal('2026-03-10T10:00')?.toISOString()).toBe('2026-03-10T01:00:00.000Z');
    expect(parseTokyoDateTimeLocal('2026-01-01T08:30:15')?.toISOString()).toBe('2025-12-31T23:30:15.000Z');
  });

  it('refuses blanks, other formats and dates that do not exist', () => {
    expect(parseTokyoDateTimeLocal('')).toBeNull();
    expect(parseTokyoDateTimeLocal(undefined)).toBeNull();
    expect(parseTokyoDateTimeLocal('2026/03/10 10:00')).toBeNull();
    expect(parseTokyoDateTimeLocal('2026-02-30T10:00')).toBeNull();
    expect(parseTokyoDateTimeLocal('2026-03-10T25:00')).toBeNull();
  });

  it('writes an instant back as the Japan-time form value', () => {
    expect(toTokyoDateTimeLocal(new Date('2026-03-10T01:00:00Z'))).toBe('2026-03-10T10:00');
    expect(toTokyoDateTimeLocal('2025-12-31T23:30:00Z')).toBe('2026-01-01T08:30');
  });
});

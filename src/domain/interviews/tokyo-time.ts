/**
 * Interview times are entered as <input type="datetime-local"> values in Japan time (Asia/Tokyo has
 * no daylight saving time, so the offset is always +09:00) and stored as instants.
 */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-03-10T10:00" (Japan time) → the instant; null when blank or not a real date and time. */
export function parseTokyoDateTimeLocal(value: string | null | undefined): Date | null {
  const match = LOCAL_PATTERN.exec((value ?? '').trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}+09:00`);
  if (Number.isNaN(date.getTime())) return null;
  // Reject dates that do not exist (2月30日), which Date would silently roll over.
  return toTokyoDateTimeLocal(date) === `${year}-${month}-${day}T${hour}:${minute}` ? date : null;
}

/** The instant as a datetime-local value in Japan time, e.g. to prefill a form. */
export function toTokyoDateTimeLocal(date: Date | string): string {
  return new Date(new Date(date).getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 16);
}

import { z } from 'zod';

export const MAX_SLOTS = 5;
export const NOTE_MAX = 1000;
export const PLACE_MAX = 200;
export const MEETING_URL_MAX = 500;
export const CANCEL_REASON_MAX = 500;

/** "" (a blank form field) and null mean "none"; absent means "not given". */
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const MeetingUrlSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(MEETING_URL_MAX, 'interviews.validation.meetingUrlTooLong')
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.hostname.includes('.');
      } catch {
        return false;
      }
    }, 'interviews.validation.meetingUrlHttps')
    .nullable(),
);

export const PlaceSchema = z.preprocess(
  blankToNull,
  z.string().trim().max(PLACE_MAX, 'interviews.validation.placeTooLong').nullable(),
);

const SlotSchema = z.coerce.date({ error: 'interviews.validation.slotInvalid' });

export const SlotsSchema = z
  .array(SlotSchema, { error: 'interviews.validation.slotsRequired' })
  .min(1, 'interviews.validation.slotsRequired')
  .max(MAX_SLOTS, 'interviews.validation.tooManySlots');

const DurationSchema = z.coerce
  .number({ error: 'interviews.validation.duration' })
  .int('interviews.validation.duration')
  .min(15, 'interviews.validation.duration')
  .max(480, 'interviews.validation.duration');

const NoteSchema = z.string().trim().max(NOTE_MAX, 'interviews.validation.noteTooLong');

/** Staff propose an interview: 1–5 start times, a duration, and a web meeting URL and/or a place. */
export const ProposeInterviewInputSchema = z.object({
  slots: SlotsSchema,
  durationMinutes: DurationSchema.default(60),
  meetingUrl: MeetingUrlSchema.optional(),
  place: PlaceSchema.optional(),
  note: NoteSchema.default(''),
});
export type ProposeInterviewInput = z.input<typeof ProposeInterviewInputSchema>;

/**
 * Staff move an interview: either offer new times for the applicant to pick ('propose') or set the
 * time themselves ('fix'). Details left out keep their current value.
 */
export const RescheduleInterviewInputSchema = z.object({
  mode: z.enum(['propose', 'fix'], { error: 'interviews.validation.mode' }),
  slots: SlotsSchema.optional(),
  startAt: SlotSchema.optional(),
  durationMinutes: DurationSchema.optional(),
  meetingUrl: MeetingUrlSchema.optional(),
  place: PlaceSchema.optional(),
  note: NoteSchema.optional(),
});
export type RescheduleInterviewInput = z.input<typeof RescheduleInterviewInputSchema>;

export const CancelReasonSchema = z
  .string()
  .trim()
  .max(CANCEL_REASON_MAX, 'interviews.validation.reasonTooLong')
  .default('');

/** zod issues → field errors (i18n keys), first issue per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    fields[key] ??=
      issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid';
  }
  return fields;
}

/** Start times must lie ahead and be distinct; returned sorted, earliest first. */
export function checkSlots(slots: Date[], now: Date): { slots: Date[]; error: string | null } {
  const sorted = [...slots].sort((a, b) => a.getTime() - b.getTime());
  if (sorted.some((slot) => slot.getTime() <= now.getTime()))
    return { slots: sorted, error: 'interviews.validation.slotInPast' };
  if (new Set(sorted.map((slot) => slot.getTime())).size !== sorted.length) {
    return { slots: sorted, error: 'interviews.validation.slotDuplicate' };
  }
  return { slots: sorted, error: null };
}

import { z } from 'zod';

export const MOTIVATION_MIN = 20;
export const MOTIVATION_MAX = 4000;

/** What an applicant submits, from the apply form or POST /opportunities/{slug}/applications. */
export const SubmitApplicationInputSchema = z.object({
  motivation: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .min(MOTIVATION_MIN, 'apply.validation.motivationTooShort')
    .max(MOTIVATION_MAX, 'apply.validation.motivationTooLong'),
  /** Question id → the answer: text, one option, several options, or 'yes' / 'no'. */
  answers: z
    .record(z.string(), z.union([z.string().max(5000), z.array(z.string().max(1000)).max(100)]))
    .default({}),
  /**
   * A random key the client makes once per form: a retried or double-clicked submit with the same key
   * returns the application already created instead of failing.
   */
  idempotencyKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{8,100}$/, 'apply.validation.idempotencyKey')
    .optional(),
});

export type SubmitApplicationInput = z.input<typeof SubmitApplicationInputSchema>;

import { z } from 'zod';
import { AppError } from '#src/lib/errors';

const blank = (value: unknown) => (value === '' || value === null || value === undefined ? null : value);

function optionalInt(max: number, message: string) {
  return z.preprocess((value) => {
    const present = blank(
      typeof value === 'string' ? value.normalize('NFKC').replace(/[,\s人世帯分]/g, '') : value,
    );
    if (present === null) return null;
    return typeof present === 'string' ? (/^\d+$/.test(present) ? Number(present) : Number.NaN) : present;
  }, z.number(message).int(message).min(0, message).max(max, message).nullable());
}

const text = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : (value ?? '')),
    z.string('validation.invalid').max(max, 'regions.validation.tooLong'),
  );

const optionalUrl = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value) || undefined,
  z
    .url({ protocol: /^https?$/, error: 'regions.validation.url' })
    .max(500, 'regions.validation.url')
    .optional(),
);

export const CoworkingBaseSchema = z.object({
  name: z
    .string('validation.required')
    .trim()
    .min(1, 'validation.required')
    .max(100, 'regions.validation.tooLong'),
  url: optionalUrl,
  note: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value) || undefined,
    z.string().max(200, 'regions.validation.tooLong').optional(),
  ),
});

/** Coordinator-maintained facts about a prefecture or municipality; "" or null clears a figure. */
export const RegionFactsInputSchema = z.object({
  population: optionalInt(40_000_000, 'regions.validation.count'),
  households: optionalInt(20_000_000, 'regions.validation.count'),
  statisticsAsOf: z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'regions.validation.date')
      .nullable(),
  ),
  travelMinutesToTokyo: optionalInt(24 * 60, 'regions.validation.minutes'),
  travelMinutesToOsaka: optionalInt(24 * 60, 'regions.validation.minutes'),
  accessNote: text(300),
  accessNoteEn: text(300),
  introduction: text(3000),
  introductionEn: text(3000),
  coworkingBases: z.preprocess(
    (value) =>
      Array.isArray(value)
        ? value.filter(
            (row) =>
              row &&
              typeof row === 'object' &&
              Object.values(row as Record<string, unknown>).some(
                (field) => typeof field === 'string' && field.trim(),
              ),
          )
        : (value ?? []),
    z.array(CoworkingBaseSchema).max(20, 'regions.validation.tooManyBases'),
  ),
});

export type RegionFactsInput = z.output<typeof RegionFactsInputSchema>;

export function parseRegionFactsInput(raw: unknown): RegionFactsInput {
  const result = RegionFactsInputSchema.safeParse(raw);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    fields[key] ??=
      issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid';
  }
  throw new AppError('INVALID_INPUT', 'common.formHasErrors', fields);
}

import { z } from 'zod';
import { AppError } from '#src/lib/errors';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** E-mail addresses are stored trimmed and in lower case; the unique index is on lower(email). */
export const EmailSchema = z
  .string('validation.required')
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.tooLong')
  .toLowerCase()
  .pipe(z.email('validation.email'));

export const PasswordSchema = z
  .string('validation.required')
  .min(1, 'validation.required')
  .min(PASSWORD_MIN_LENGTH, 'accounts.validation.passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'accounts.validation.passwordTooLong')
  .refine((value) => value.trim().length > 0, 'accounts.validation.passwordBlank');

export const DisplayNameSchema = z
  .string('validation.required')
  .trim()
  .min(1, 'validation.required')
  .max(80, 'accounts.validation.displayNameTooLong');

export const LocaleSchema = z.enum(['ja', 'en'], 'validation.invalid');

/** The field → i18n-key map of a failed zod parse (first issue per field). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    fields[field] ??=
      issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid';
  }
  return fields;
}

/** Validates domain input; a failure becomes INVALID_INPUT with one i18n key per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(result.error));
  }
  return result.data;
}

/** PostgreSQL's unique_violation, seen through either driver (drizzle wraps the driver error in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current === 'object' && (current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

import { data, type AppLoadContext } from 'react-router';
import type { z } from 'zod';
import { isAppError } from '#src/lib/errors';
import { safeEqual } from '#src/lib/crypto';

export const CSRF_FIELD = '_csrf';

export interface FormFailure {
  ok: false;
  /** i18n key of the message shown above the form. */
  formError: string;
  formErrorParams?: Record<string, string | number>;
  /** field name → i18n key */
  fieldErrors: Record<string, string>;
  /** What the user typed, so nothing they submitted is lost when the form comes back. */
  values: Record<string, string>;
}

/** Reads a submitted form and checks its CSRF token; every action that changes state starts here. */
export async function readForm(request: Request, context: AppLoadContext): Promise<FormData> {
  const formData = await request.formData();
  const token = formData.get(CSRF_FIELD);
  if (typeof token !== 'string' || !safeEqual(token, context.csrfToken)) {
    throw data({ ok: false, formError: 'errors.csrf', fieldErrors: {}, values: {} } satisfies FormFailure, {
      status: 403,
    });
  }
  return formData;
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key === CSRF_FIELD || typeof value !== 'string') continue;
    if (/password/i.test(key)) continue; // never echo secrets back into HTML
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

/** Validates form fields with a zod schema whose messages are i18n keys. */
export function parseForm<T extends z.ZodType>(
  formData: FormData,
  schema: T,
): { ok: true; data: z.infer<T> } | { ok: false; failure: FormFailure } {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key === CSRF_FIELD) continue;
    const all = formData.getAll(key);
    raw[key] = all.length > 1 || key.endsWith('[]') ? all : all[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    fieldErrors[field] ??=
      issue.message.startsWith('validation.') || issue.message.includes('.')
        ? issue.message
        : 'validation.invalid';
  }
  return {
    ok: false,
    failure: { ok: false, formError: 'common.formHasErrors', fieldErrors, values: formValues(formData) },
  };
}

export function formFailure(failure: FormFailure, status = 422) {
  return data(failure, { status });
}

/** Turns an expected domain failure (AppError) into a form response; anything else is rethrown. */
export function domainFailure(error: unknown, formData?: FormData) {
  if (!isAppError(error)) throw error;
  return data(
    {
      ok: false,
      formError: error.messageKey,
      formErrorParams: error.params,
      fieldErrors: error.fieldErrors,
      values: formData ? formValues(formData) : {},
    } satisfies FormFailure,
    { status: error.httpStatus },
  );
}

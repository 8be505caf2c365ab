import { data, redirect, type AppLoadContext } from 'react-router';
import type { ApplicationSide } from '#src/domain/applications/require-application-participant';
import { parseTokyoDateTimeLocal } from '#src/domain/interviews/tokyo-time';
import { MAX_SLOTS } from '#src/domain/interviews/schema';
import { AppError } from '#src/lib/errors';
import { safeRedirectPath } from '~/lib/auth.server';
import { domainFailure } from '~/lib/forms.server';

/** The site's address for links in e-mails and invites. */
export function publicUrlOf(context: AppLoadContext, request: Request): string {
  return context.runtime.config.PUBLIC_URL ?? new URL(request.url).origin;
}

/** Where each side looks at an application. */
export function applicationPagePath(side: ApplicationSide, applicationId: string): string {
  return side === 'applicant'
    ? `/account/applications/${applicationId}`
    : `/manage/applications/${applicationId}`;
}

/**
 * After a successful action: back to the page the form was on (a same-site path only), keeping its query
 * (a pipeline's filters and order, so previous / next still follow them), with a notice for the embedded
 * component and its anchor.
 */
export function redirectBack(form: FormData, fallback: string, notice: string, anchor: string) {
  const target = new URL(safeRedirectPath(form.get('redirectTo'), fallback), 'http://same-site.invalid');
  target.searchParams.set('notice', notice);
  return redirect(`${target.pathname}${target.search}#${anchor}`);
}

/** A form failure that says which form (intent, interview) it belongs to, so only that form shows it. */
export function interviewFailure(error: unknown, form: FormData, intent: string, interviewId?: string) {
  const failure = domainFailure(error, form);
  return data({ ...failure.data, intent, interviewId }, failure.init ?? undefined);
}

/** slot1…slot5 (datetime-local, Japan time) → instants; a filled-in value that is not a date is an error. */
export function slotsFromForm(form: FormData): Date[] {
  const slots: Date[] = [];
  for (let index = 1; index <= MAX_SLOTS; index += 1) {
    const raw = form.get(`slot${index}`);
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const parsed = parseTokyoDateTimeLocal(raw);
    if (!parsed)
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
        slots: 'interviews.validation.slotInvalid',
      });
    slots.push(parsed);
  }
  return slots;
}

/** A text field as given ("" when blank), or undefined when the form did not have it. */
export function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** The duration, meeting URL, place and note fields of the propose and reschedule forms. */
export function interviewDetailsFromForm(form: FormData) {
  return {
    durationMinutes: textField(form, 'durationMinutes'),
    meetingUrl: textField(form, 'meetingUrl'),
    place: textField(form, 'place'),
    note: textField(form, 'note'),
  };
}

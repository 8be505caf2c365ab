import { useActionData } from 'react-router';
import { cancelInterview } from '#src/domain/interviews/cancel-interview';
import { chooseInterviewSlot } from '#src/domain/interviews/choose-interview-slot';
import { getInterview } from '#src/domain/interviews/get-interview';
import { rescheduleInterview } from '#src/domain/interviews/reschedule-interview';
import { parseTokyoDateTimeLocal } from '#src/domain/interviews/tokyo-time';
import { AppError } from '#src/lib/errors';
import { InterviewPanelPage } from '~/components/interview-panel';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { readForm } from '~/lib/forms.server';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import {
  applicationPagePath,
  interviewDetailsFromForm,
  interviewFailure,
  publicUrlOf,
  redirectBack,
  slotsFromForm,
  textField,
} from './application-actions.server';
import type { Route } from './+types/interviews.$id';

/*
 * One interview, for its applicant and its staff. The interview panel posts its choose / cancel /
 * reschedule forms here; a wrong one comes back on this page with what was typed.
 */

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, { titleKey: 'interviews.title', title: loaderData?.title });

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const result = await loadOrThrow(() =>
    getInterview({ db: context.runtime.db, actor, interviewId: params.id }),
  );
  return {
    applicationId: result.applicationId,
    side: result.side,
    title: result.opportunity.title,
    interview: result.interview,
    backTo: applicationPagePath(result.side, result.applicationId),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const common = {
    db: context.runtime.db,
    mailer: context.runtime.mailer,
    actor,
    interviewId: params.id,
    publicUrl: publicUrlOf(context, request),
  };
  const fallback = `/interviews/${params.id}`;
  try {
    if (intent === 'choose') {
      const slot = textField(form, 'slot');
      if (!slot)
        throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
          slot: 'interviews.validation.slotNotOffered',
        });
      await chooseInterviewSlot({ ...common, slot });
      return redirectBack(form, fallback, 'interviewChosen', 'interviews');
    }
    if (intent === 'cancel') {
      await cancelInterview({ ...common, reason: textField(form, 'reason') });
      return redirectBack(form, fallback, 'interviewCancelled', 'interviews');
    }
    if (intent === 'reschedule') {
      const mode = textField(form, 'mode');
      const startAtText = textField(form, 'startAt') ?? '';
      const startAt = parseTokyoDateTimeLocal(startAtText);
      if (mode === 'fix' && startAtText.trim() !== '' && !startAt) {
        throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
          startAt: 'interviews.validation.slotInvalid',
        });
      }
      await rescheduleInterview({
        ...common,
        input: {
          mode: mode as 'fix' | 'propose',
          slots: mode === 'propose' ? slotsFromForm(form) : undefined,
          startAt: mode === 'fix' ? (startAt ?? undefined) : undefined,
          ...interviewDetailsFromForm(form),
        },
      });
      return redirectBack(form, fallback, 'interviewRescheduled', 'interviews');
    }
    throw new AppError('INVALID_INPUT');
  } catch (error) {
    return interviewFailure(error, form, intent, params.id);
  }
}

export default function InterviewPage({ loaderData }: Route.ComponentProps) {
  const state = useActionData<typeof action>();
  return (
    <InterviewPanelPage
      backTo={loaderData.backTo}
      title={loaderData.title}
      applicationId={loaderData.applicationId}
      interviews={[loaderData.interview]}
      viewer={loaderData.side}
      canPropose={false}
      state={state}
    />
  );
}

import { useActionData } from 'react-router';
import { listApplicationInterviews } from '#src/domain/interviews/list-application-interviews';
import { proposeInterview } from '#src/domain/interviews/propose-interview';
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
} from './application-actions.server';
import type { Route } from './+types/applications.$id.interviews';

/*
 * The interviews of one application. Staff propose times here (the interview panel on the host's
 * application page posts to this action); a wrong proposal comes back on this page with what was typed.
 */

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, { titleKey: 'interviews.title', title: loaderData?.title });

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const result = await loadOrThrow(() =>
    listApplicationInterviews({ db: context.runtime.db, actor, applicationId: params.id }),
  );
  return {
    applicationId: params.id,
    side: result.side,
    title: result.opportunity.title,
    interviews: result.interviews,
    canPropose: result.canPropose,
    backTo: applicationPagePath(result.side, params.id),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  try {
    await proposeInterview({
      db: context.runtime.db,
      mailer: context.runtime.mailer,
      actor,
      applicationId: params.id,
      input: {
        slots: slotsFromForm(form),
        ...interviewDetailsFromForm(form),
      },
      publicUrl: publicUrlOf(context, request),
    });
  } catch (error) {
    return interviewFailure(error, form, 'propose');
  }
  return redirectBack(form, `/applications/${params.id}/interviews`, 'interviewProposed', 'interviews');
}

export default function ApplicationInterviewsPage({ loaderData }: Route.ComponentProps) {
  const state = useActionData<typeof action>();
  return (
    <InterviewPanelPage
      backTo={loaderData.backTo}
      title={loaderData.title}
      applicationId={loaderData.applicationId}
      interviews={loaderData.interviews}
      viewer={loaderData.side}
      canPropose={loaderData.canPropose}
      state={state}
    />
  );
}

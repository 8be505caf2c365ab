import { Link, useActionData } from 'react-router';
import { listApplicationInterviews } from '#src/domain/interviews/list-application-interviews';
import { proposeInterview } from '#src/domain/interviews/propose-interview';
import { InterviewPanel } from '~/components/interview-panel';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import {
  applicationPagePath,
  interviewFailure,
  publicUrlOf,
  redirectBack,
  slotsFromForm,
  textField,
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
        durationMinutes: textField(form, 'durationMinutes'),
        meetingUrl: textField(form, 'meetingUrl'),
        place: textField(form, 'place'),
        note: textField(form, 'note'),
      },
      publicUrl: publicUrlOf(context, request),
    });
  } catch (error) {
    return interviewFailure(error, form, 'propose');
  }
  return redirectBack(form, `/applications/${params.id}/interviews`, 'interviewProposed', 'interviews');
}

export default function ApplicationInterviewsPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  return (
    <div className="container page">
      <p>
        <Link to={loaderData.backTo}>{t('interviews.backToApplication')}</Link>
      </p>
      <h1>{t('interviews.pageTitle', { title: loaderData.title })}</h1>
      <InterviewPanel
        applicationId={loaderData.applicationId}
        interviews={loaderData.interviews}
        viewer={loaderData.side}
        canPropose={loaderData.canPropose}
        state={state}
      />
    </div>
  );
}

import { Link, useActionData } from 'react-router';
import { listApplicationMessages } from '#src/domain/applications/list-application-messages';
import { postApplicationMessage } from '#src/domain/applications/post-application-message';
import { ApplicationMessages } from '~/components/application-messages';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { applicationPagePath, publicUrlOf, redirectBack } from './application-actions.server';
import type { Route } from './+types/applications.$id.messages';

/*
 * The messages of one application, for its applicant and its staff. The thread component on the
 * applicant's and the host's application pages posts here; a wrong message comes back on this page
 * with what was typed, a good one returns to the page it came from.
 */

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, { titleKey: 'apply.messages.title', title: loaderData?.title });

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const thread = await loadOrThrow(() =>
    listApplicationMessages({ db: context.runtime.db, actor, applicationId: params.id }),
  );
  return {
    applicationId: params.id,
    side: thread.side,
    title: thread.opportunity.title,
    messages: thread.messages,
    backTo: applicationPagePath(thread.side, params.id),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  try {
    await postApplicationMessage({
      db: context.runtime.db,
      mailer: context.runtime.mailer,
      actor,
      applicationId: params.id,
      body: String(form.get('body') ?? ''),
      publicUrl: publicUrlOf(context, request),
    });
  } catch (error) {
    return domainFailure(error, form);
  }
  const fallback = `/applications/${params.id}/messages`;
  return redirectBack(form, fallback, 'messageSent', 'messages');
}

export default function ApplicationMessagesPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  return (
    <div className="container page">
      <p>
        <Link to={loaderData.backTo}>{t('apply.messages.backToApplication')}</Link>
      </p>
      <h1>{t('apply.messages.pageTitle', { title: loaderData.title })}</h1>
      <ApplicationMessages
        applicationId={loaderData.applicationId}
        messages={loaderData.messages}
        viewer={loaderData.side}
        state={state}
      />
    </div>
  );
}

import { Form, Link, redirect, useActionData } from 'react-router';
import { getOwnTalentProfile } from '#src/domain/talent/get-own-talent-profile';
import { saveTalentExperience } from '#src/domain/talent/save-talent-experience';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { ExperienceFields } from '~/components/talent-experience-fields';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow, notFound } from '~/lib/route-errors.server';
import { formInput } from './talent-profile.server';
import type { Route } from './+types/account.profile.experience.$id';
import '~/styles/talent.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'talent.experience.editTitle' });

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const own = await loadOrThrow(() => getOwnTalentProfile({ db: context.runtime.db, actor }));
  const entry = own.experiences.find((candidate) => candidate.id === params.id);
  if (!entry) notFound();
  return {
    entry: {
      organisation: entry.organisation,
      role: entry.role,
      startedOn: entry.startedOn?.slice(0, 7) ?? '',
      endedOn: entry.endedOn?.slice(0, 7) ?? '',
      description: entry.description,
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const formData = await readForm(request, context);
  try {
    await saveTalentExperience({
      db: context.runtime.db,
      actor,
      experienceId: params.id,
      input: formInput(formData),
    });
  } catch (error) {
    return domainFailure(error, formData);
  }
  return redirect('/account/profile?saved=addExperience#experience');
}

export default function EditExperience({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  return (
    <div className="container page narrow">
      <p>
        <Link to="/account/profile#experience">{t('talent.documents.backToProfile')}</Link>
      </p>
      <h1>{t('talent.experience.editTitle')}</h1>
      <FormErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <ExperienceFields state={state} values={loaderData.entry} />
        <div className="row">
          <button type="submit" className="button">
            {t('talent.experience.save')}
          </button>
          <Link to="/account/profile#experience">{t('common.cancel')}</Link>
        </div>
      </Form>
    </div>
  );
}

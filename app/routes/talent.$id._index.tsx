import { Link } from 'react-router';
import { canScout } from '#src/domain/talent/can-view-talent-profile';
import { getTalentProfile } from '#src/domain/talent/get-talent-profile';
import { talentPlaceNames } from '#src/domain/talent/place-names';
import { isAdmin } from '#src/domain/accounts/actor';
import { TalentProfileView } from '~/components/talent-profile-view';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/talent.$id._index';

export const meta: Route.MetaFunction = ({ data, matches }) =>
  pageMeta(matches, { title: data?.profile.displayName, titleKey: 'talent.directory.title' });

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const profile = await loadOrThrow(() =>
    getTalentProfile({ db: context.runtime.db, actor, talentId: params.id }),
  );
  return {
    profile,
    placeNames: talentPlaceNames(profile, context.locale),
    canBrowseDirectory: isAdmin(actor) || canScout(actor),
  };
}

export default function TalentProfilePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { profile, placeNames, canBrowseDirectory } = loaderData;
  return (
    <div className="container page">
      {canBrowseDirectory ? (
        <p>
          <Link to="/talent">{t('talent.detail.back')}</Link>
        </p>
      ) : null}
      <h1>{profile.displayName}</h1>
      <TalentProfileView
        profile={profile}
        placeNames={placeNames}
        documentHref={(documentId) => `/talent/${profile.id}/documents/${documentId}`}
      />
    </div>
  );
}

import type { DbOrTx } from '#src/db/client';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireTalentProfileAccess } from './can-view-talent-profile';
import { loadTalentProfileParts } from './profile-records';
import { shapeTalentProfileView, type TalentProfileView } from './view';

/**
 * One talent's profile, shaped for the actor by the access rule. NOT_FOUND when the actor may not
 * see it at all, exactly as when it does not exist.
 */
export async function getTalentProfile(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  talentId: string;
}): Promise<TalentProfileView> {
  const access = await requireTalentProfileAccess(options);
  const parts = await loadTalentProfileParts(options.db, options.talentId);
  if (!parts || access.level === 'none') throw new AppError('NOT_FOUND');
  return shapeTalentProfileView(parts, {
    level: access.level,
    contact: access.contact,
    documents: access.documents,
    basis: access.basis,
  });
}

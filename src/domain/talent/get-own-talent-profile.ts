import type { DbOrTx } from '#src/db/client';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { loadTalentProfileParts, type TalentProfileParts } from './profile-records';
import { requireTalent } from './require-talent';
import { completenessOf, namesOf } from './view';
import type { ProfileCompleteness } from './completeness';

export interface OwnTalentProfile extends TalentProfileParts {
  names: ReturnType<typeof namesOf>;
  completeness: ProfileCompleteness;
}

/** The signed-in talent's own profile, everything in it, for editing. */
export async function getOwnTalentProfile(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
}): Promise<OwnTalentProfile> {
  requireTalent(options.actor);
  const parts = await loadTalentProfileParts(options.db, options.actor.accountId);
  if (!parts) throw new AppError('NOT_FOUND');
  return { ...parts, names: namesOf(parts), completeness: completenessOf(parts) };
}

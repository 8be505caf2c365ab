import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { talentExperiences } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { touchTalentProfile } from './profile-records';
import { requireTalent } from './require-talent';

/** Removes one of the talent's own experience entries; NOT_FOUND for anyone else's. */
export async function removeTalentExperience(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  experienceId: string;
}) {
  requireTalent(options.actor);
  const removed = /^[0-9a-f-]{36}$/i.test(options.experienceId)
    ? await options.db
        .delete(talentExperiences)
        .where(
          and(
            eq(talentExperiences.id, options.experienceId),
            eq(talentExperiences.accountId, options.actor.accountId),
          ),
        )
        .returning({ id: talentExperiences.id })
    : [];
  if (removed.length === 0) throw new AppError('NOT_FOUND');
  await touchTalentProfile(options.db, options.actor.accountId);
}

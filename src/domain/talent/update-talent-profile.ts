import type { DbOrTx } from '#src/db/client';
import { talentProfiles } from '#src/db/schema';
import { parseInput } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { profileSectionSchemas, type ProfileSection } from './schema';
import { requireTalent } from './require-talent';

/**
 * Saves one section of the talent's own profile (basic information, interests, availability,
 * preferences, visibility); the others stay as they were. Creates the profile on first save.
 */
export async function updateTalentProfile(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  section: ProfileSection;
  input: unknown;
}) {
  requireTalent(options.actor);
  const changes = parseInput(profileSectionSchemas[options.section], options.input);
  const now = new Date();
  const [row] = await options.db
    .insert(talentProfiles)
    .values({ ...changes, accountId: options.actor.accountId, updatedAt: now })
    .onConflictDoUpdate({ target: talentProfiles.accountId, set: { ...changes, updatedAt: now } })
    .returning();
  return row!;
}

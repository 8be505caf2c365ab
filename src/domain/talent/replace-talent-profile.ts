import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { talentExperiences, talentProfiles, talentRegionTies, talentSkills } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { parseInput } from '../accounts/schema';
import { TalentProfileDocumentSchema } from './schema';
import { requireTalent } from './require-talent';

/**
 * Saves the whole profile at once (the REST API's PUT /me/profile), with the same validation as
 * the page's sections. Skills, region ties and experiences replace the old lists when given and
 * stay as they were when left out.
 */
export async function replaceTalentProfile(options: {
  db: Db;
  actor: Actor | null | undefined;
  input: unknown;
}) {
  requireTalent(options.actor);
  const accountId = options.actor.accountId;
  const { skills, tags, regionTies, experiences, ...fields } = parseInput(
    TalentProfileDocumentSchema,
    options.input,
  );
  await options.db.transaction(async (tx) => {
    const now = new Date();
    const profile = { ...fields, ...(tags ? { tags } : {}), updatedAt: now };
    await tx
      .insert(talentProfiles)
      .values({ ...profile, accountId })
      .onConflictDoUpdate({ target: talentProfiles.accountId, set: profile });
    if (skills) {
      await tx.delete(talentSkills).where(eq(talentSkills.accountId, accountId));
      if (skills.length)
        await tx.insert(talentSkills).values(skills.map((entry) => ({ ...entry, accountId })));
    }
    if (regionTies) {
      await tx.delete(talentRegionTies).where(eq(talentRegionTies.accountId, accountId));
      if (regionTies.length)
        await tx.insert(talentRegionTies).values(regionTies.map((tie) => ({ ...tie, accountId })));
    }
    if (experiences) {
      await tx.delete(talentExperiences).where(eq(talentExperiences.accountId, accountId));
      if (experiences.length) {
        await tx.insert(talentExperiences).values(experiences.map((entry) => ({ ...entry, accountId })));
      }
    }
  });
}

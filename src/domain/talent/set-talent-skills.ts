import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { talentProfiles, talentSkills } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { parseInput } from '../accounts/schema';
import { ProfileSkillsSchema } from './schema';
import { requireTalent } from './require-talent';

/** Replaces the talent's skills (taxonomy skill + level 1–5) and free tags. */
export async function setTalentSkills(options: { db: Db; actor: Actor | null | undefined; input: unknown }) {
  requireTalent(options.actor);
  const accountId = options.actor.accountId;
  const { skills, tags } = parseInput(ProfileSkillsSchema, options.input);
  await options.db.transaction(async (tx) => {
    await tx.delete(talentSkills).where(eq(talentSkills.accountId, accountId));
    if (skills.length) {
      await tx
        .insert(talentSkills)
        .values(skills.map((entry) => ({ accountId, skill: entry.skill, level: entry.level })));
    }
    const now = new Date();
    await tx
      .insert(talentProfiles)
      .values({ accountId, tags, updatedAt: now })
      .onConflictDoUpdate({ target: talentProfiles.accountId, set: { tags, updatedAt: now } });
  });
  return { skills, tags };
}

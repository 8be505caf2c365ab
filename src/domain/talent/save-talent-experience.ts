import { and, count, eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { talentExperiences } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { parseInput } from '../accounts/schema';
import { ensureTalentProfileRow, touchTalentProfile } from './profile-records';
import { ExperienceSchema, MAX_EXPERIENCES } from './schema';
import { requireTalent } from './require-talent';

/** Adds an experience entry, or edits one of the talent's own (NOT_FOUND for anyone else's). */
export async function saveTalentExperience(options: {
  db: Db;
  actor: Actor | null | undefined;
  /** Omit to add a new entry. */
  experienceId?: string;
  input: unknown;
}) {
  requireTalent(options.actor);
  const accountId = options.actor.accountId;
  const displayName = options.actor.displayName;
  const values = parseInput(ExperienceSchema, options.input);
  return options.db.transaction(async (tx) => {
    if (options.experienceId) {
      const [row] = await tx
        .update(talentExperiences)
        .set(values)
        .where(
          and(eq(talentExperiences.id, options.experienceId), eq(talentExperiences.accountId, accountId)),
        )
        .returning();
      if (!row) throw new AppError('NOT_FOUND');
      await touchTalentProfile(tx, accountId);
      return row;
    }
    const [{ total } = { total: 0 }] = await tx
      .select({ total: count() })
      .from(talentExperiences)
      .where(eq(talentExperiences.accountId, accountId));
    if (total >= MAX_EXPERIENCES) {
      throw new AppError('CONFLICT', 'talent.errors.tooManyExperiences', {}, { max: MAX_EXPERIENCES });
    }
    await ensureTalentProfileRow(tx, accountId, displayName);
    const [row] = await tx
      .insert(talentExperiences)
      .values({ ...values, accountId })
      .returning();
    await touchTalentProfile(tx, accountId);
    return row!;
  });
}

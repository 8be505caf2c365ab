import { asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import {
  accounts,
  talentDocuments,
  talentExperiences,
  talentProfiles,
  talentRegionTies,
  talentSkills,
} from '#src/db/schema';
import type { RegionTieKind, TalentExperienceRow, TalentProfileRow } from './types';

export interface TalentProfileParts {
  account: { id: string; email: string; displayName: string };
  /** Null until the talent first saves a section. */
  profile: TalentProfileRow | null;
  skills: Array<{ skill: string; level: number }>;
  experiences: TalentExperienceRow[];
  regionTies: Array<{ regionCode: string; prefectureCode: string; kind: RegionTieKind }>;
  documents: Array<{ id: string; kind: string; originalName: string; sizeBytes: number; createdAt: Date }>;
}

/** Everything on one talent's profile. Callers have already decided the actor may see it. */
export async function loadTalentProfileParts(
  db: DbOrTx,
  accountId: string,
): Promise<TalentProfileParts | null> {
  const [account] = await db
    .select({ id: accounts.id, email: accounts.email, displayName: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) return null;
  const [profile] = await db.select().from(talentProfiles).where(eq(talentProfiles.accountId, accountId));
  const skills = await db
    .select({ skill: talentSkills.skill, level: talentSkills.level })
    .from(talentSkills)
    .where(eq(talentSkills.accountId, accountId))
    .orderBy(desc(talentSkills.level), asc(talentSkills.skill));
  const experiences = await db
    .select()
    .from(talentExperiences)
    .where(eq(talentExperiences.accountId, accountId))
    .orderBy(
      sql`${talentExperiences.endedOn} desc nulls first`,
      sql`${talentExperiences.startedOn} desc nulls last`,
    );
  const regionTies = await db
    .select({
      regionCode: talentRegionTies.regionCode,
      prefectureCode: talentRegionTies.prefectureCode,
      kind: talentRegionTies.kind,
    })
    .from(talentRegionTies)
    .where(eq(talentRegionTies.accountId, accountId))
    .orderBy(asc(talentRegionTies.kind), asc(talentRegionTies.regionCode));
  const documents = await db
    .select({
      id: talentDocuments.id,
      kind: talentDocuments.kind,
      originalName: talentDocuments.originalName,
      sizeBytes: talentDocuments.sizeBytes,
      createdAt: talentDocuments.createdAt,
    })
    .from(talentDocuments)
    .where(eq(talentDocuments.accountId, accountId))
    .orderBy(desc(talentDocuments.createdAt));
  return { account, profile: profile ?? null, skills, experiences, regionTies, documents };
}

/** Inserts the profile row if the talent has none yet, so list sections can hang off it. */
export async function ensureTalentProfileRow(db: DbOrTx, accountId: string, displayName: string) {
  const [familyName = '', givenName = ''] = displayName.trim().split(/\s+/u);
  await db
    .insert(talentProfiles)
    .values({ accountId, familyName, givenName })
    .onConflictDoNothing({ target: talentProfiles.accountId });
}

export async function touchTalentProfile(db: DbOrTx, accountId: string) {
  await db
    .update(talentProfiles)
    .set({ updatedAt: new Date() })
    .where(eq(talentProfiles.accountId, accountId));
}

import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '#src/db/client';
import { type programmeMemberRole, programmeMembers, programmes } from '#src/db/schema';

type ProgrammeInsert = typeof programmes.$inferInsert;
type ProgrammeMemberRole = (typeof programmeMemberRole.enumValues)[number];

/** A programme run by the given coordinating organisation; active, with a unique slug and name. */
export async function buildProgramme(
  options: { db: DbOrTx; coordinatorOrganisationId: string } & Partial<
    Omit<ProgrammeInsert, 'coordinatorOrganisationId'>
  >,
) {
  const { db, ...values } = options;
  const unique = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(programmes)
    .values({
      slug: `programme-${unique}`,
      name: `テストプログラム ${unique}`,
      summary: '地域と人材をつなぐテスト用のプログラムです。',
      status: 'active',
      ...values,
    })
    .returning();
  return row!;
}

export async function addProgrammeMember(options: {
  db: DbOrTx;
  programmeId: string;
  organisationId: string;
  role?: ProgrammeMemberRole;
  joinedOn?: string | null;
  leftOn?: string | null;
}) {
  await options.db.insert(programmeMembers).values({
    programmeId: options.programmeId,
    organisationId: options.organisationId,
    role: options.role ?? 'host',
    joinedOn: options.joinedOn ?? null,
    leftOn: options.leftOn ?? null,
  });
}

import { randomUUID } from 'node:crypto';
import type { Db } from '#src/db/client';
import { accounts, memberships, organisations } from '#src/db/schema';
import type { AccountRole, MembershipRole, OrganisationKind } from '#src/domain/accounts/actor';
import { hashPassword } from '#src/domain/accounts/password';

// Hashing is deliberately slow; builders share one hash per distinct password.
const hashCache = new Map<string, Promise<string>>();
function cachedHash(password: string) {
  let hashed = hashCache.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashCache.set(password, hashed);
  }
  return hashed;
}

export const DEFAULT_TEST_PASSWORD = 'correct-horse-battery-staple';

export async function buildAccount(options: {
  db: Db;
  email?: string;
  displayName?: string;
  role?: AccountRole;
  password?: string;
  verified?: boolean;
}) {
  const unique = randomUUID().slice(0, 8);
  const [account] = await options.db
    .insert(accounts)
    .values({
      email: options.email ?? `user-${unique}@example.test`,
      displayName: options.displayName ?? `テスト ユーザー ${unique}`,
      role: options.role ?? 'talent',
      passwordHash: await cachedHash(options.password ?? DEFAULT_TEST_PASSWORD),
      emailVerifiedAt: options.verified === false ? null : new Date(),
    })
    .returning();
  return account!;
}

export async function buildOrganisation(options: {
  db: Db;
  name?: string;
  slug?: string;
  kind?: OrganisationKind;
  prefectureCode?: string;
  municipalityCode?: string | null;
  nameEn?: string;
  nameKana?: string;
  description?: string;
  websiteUrl?: string;
}) {
  const unique = randomUUID().slice(0, 8);
  const [organisation] = await options.db
    .insert(organisations)
    .values({
      name: options.name ?? `テスト団体 ${unique}`,
      slug: options.slug ?? `org-${unique}`,
      kind: options.kind ?? 'company',
      prefectureCode: options.prefectureCode ?? '13',
      municipalityCode: options.municipalityCode ?? null,
      nameEn: options.nameEn ?? null,
      nameKana: options.nameKana ?? null,
      description: options.description ?? '',
      websiteUrl: options.websiteUrl ?? null,
    })
    .returning();
  return organisation!;
}

export async function addMember(options: {
  db: Db;
  organisationId: string;
  accountId: string;
  role?: MembershipRole;
}) {
  await options.db.insert(memberships).values({
    organisationId: options.organisationId,
    accountId: options.accountId,
    role: options.role ?? 'member',
  });
}

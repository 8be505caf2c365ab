import { eq, like } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts, memberships, organisations } from '#src/db/schema';
import type { AccountRole } from '#src/domain/accounts/actor';
import { roleAfterJoining } from '#src/domain/accounts/roles';
import { getPrefecture } from '#src/domain/regions/data';
import { randomToken } from '#src/lib/crypto';
import type { OrganisationInput } from './schema';

/** A readable URL slug: from the English name, else the Latin letters of the name, else the prefecture. */
export function slugBase(input: Pick<OrganisationInput, 'name' | 'nameEn' | 'prefectureCode'>): string {
  const slugify = (text: string) =>
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/g, '');
  const fromName = slugify(input.nameEn ?? '') || slugify(input.name);
  if (fromName.length >= 3) return fromName;
  const prefecture = getPrefecture(input.prefectureCode);
  return `${slugify(prefecture?.nameEn ?? '') || 'jp'}-org`;
}

async function uniqueSlug(db: DbOrTx, base: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .select({ slug: organisations.slug })
        .from(organisations)
        .where(like(organisations.slug, `${base}%`))
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; n < 20; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomToken(4)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}`;
}

/**
 * Inserts an organisation with the account as its owner and gives a talent account the host or
 * coordinator role. Runs inside the caller's transaction.
 */
export async function insertOrganisationWithOwner(
  tx: DbOrTx,
  options: { accountId: string; accountRole: AccountRole; input: OrganisationInput },
) {
  const { input } = options;
  const slug = await uniqueSlug(tx, slugBase(input));
  const [organisation] = await tx
    .insert(organisations)
    .values({
      slug,
      name: input.name,
      nameEn: input.nameEn,
      kind: input.kind,
      prefectureCode: input.prefectureCode,
      municipalityCode: input.municipalityCode,
    })
    .returning({ id: organisations.id, slug: organisations.slug, name: organisations.name });
  await tx
    .insert(memberships)
    .values({ organisationId: organisation!.id, accountId: options.accountId, role: 'owner' });
  const role = roleAfterJoining(options.accountRole, input.kind);
  if (role !== options.accountRole) {
    await tx.update(accounts).set({ role, updatedAt: new Date() }).where(eq(accounts.id, options.accountId));
  }
  return { ...organisation!, accountRole: role };
}

import type { Db } from '#src/db/client';
import { regionFacts } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireRegionFactsEditor } from './can-edit-region-facts';
import { resolveRegionCode } from './region-code';
import { parseRegionFactsInput } from './schema';

/** A coordinator of the region (or an admin) replaces its facts; returns the stored row. */
export async function updateRegionFacts(options: {
  db: Db;
  actor: Actor | null;
  code: string;
  input: unknown;
}) {
  const { db, actor } = options;
  const region = resolveRegionCode(options.code);
  await requireRegionFactsEditor({ db, actor, code: region.code });
  const input = parseRegionFactsInput(options.input);
  const values = {
    ...input,
    coworkingBases: input.coworkingBases.map((base) => ({
      name: base.name,
      ...(base.url ? { url: base.url } : {}),
      ...(base.note ? { note: base.note } : {}),
    })),
    updatedById: actor!.accountId,
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(regionFacts)
    .values({ code: region.code, ...values })
    .onConflictDoUpdate({ target: regionFacts.code, set: values })
    .returning();
  return row!;
}

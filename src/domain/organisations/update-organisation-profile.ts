import { eq, sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { organisations } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { refreshAllOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { requireOrganisationBySlug } from './access';
import { validateOrganisationProfile } from './schema';

/**
 * Owners and admins change their organisation's name, place, introduction and website. Its opportunities'
 * search documents (which hold the name) are rebuilt in the same transaction, so search never finds it by
 * its old name.
 */
export async function updateOrganisationProfile(options: {
  db: Db;
  actor: Actor | null;
  slug: string;
  input: unknown;
}) {
  const { db, actor } = options;
  const organisation = await requireOrganisationBySlug(db, actor, options.slug, 'admin');
  const validated = validateOrganisationProfile(options.input);
  if (!validated.ok) throw new AppError('INVALID_INPUT', 'common.formHasErrors', validated.fieldErrors);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(organisations)
      .set({ ...validated.data, updatedAt: sql`now()` })
      .where(eq(organisations.id, organisation.id))
      .returning();
    await refreshAllOpportunitySearch({ db: tx, organisationId: organisation.id });
    return updated!;
  });
}

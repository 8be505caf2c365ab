import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/db/client';
import { organisations } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { fieldErrorsOf } from '#src/domain/accounts/schema';
import { refreshAllOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { requireOrganisationBySlug } from './access';
import { OrganisationInputSchema, resolveMunicipality } from './schema';

/** The public profile an organisation's owners and admins edit (its kind is fixed once registered). */
export const OrganisationProfileSchema = OrganisationInputSchema.omit({ organisationKind: true }).extend({
  description: z
    .string()
    .trim()
    .max(2000, 'accounts.validation.descriptionTooLong')
    .optional()
    .transform((value) => value ?? ''),
  websiteUrl: z
    .string()
    .trim()
    .max(300, 'accounts.validation.websiteUrl')
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value),
      'accounts.validation.websiteUrl',
    )
    .optional()
    .transform((value) => (value ? value : null)),
});

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
  const parsed = OrganisationProfileSchema.safeParse(options.input);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  let municipalityCode: string | null = null;
  if (input.municipality) {
    const resolved = resolveMunicipality(input.prefectureCode, input.municipality);
    if (!resolved.ok)
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', { municipality: resolved.error });
    municipalityCode = resolved.code;
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(organisations)
      .set({
        name: input.organisationName,
        nameEn: input.organisationNameEn,
        prefectureCode: input.prefectureCode,
        municipalityCode,
        description: input.description,
        websiteUrl: input.websiteUrl,
        updatedAt: sql`now()`,
      })
      .where(eq(organisations.id, organisation.id))
      .returning();
    await refreshAllOpportunitySearch({ db: tx, organisationId: organisation.id });
    return updated!;
  });
}

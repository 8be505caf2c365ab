import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { organisations } from '#src/db/schema';
import { AppError } from '#src/lib/errors';

/** Public profile of an organisation (no personal data). */
export async function getOrganisationBySlug(options: { db: Db; slug: string }) {
  const [organisation] = await options.db
    .select()
    .from(organisations)
    .where(eq(organisations.slug, options.slug))
    .limit(1);
  if (!organisation) throw new AppError('NOT_FOUND');
  return organisation;
}

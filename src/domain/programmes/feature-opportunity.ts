import { and, eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireOrganisationRole } from '#src/domain/accounts/permissions';
import { isUuid } from '#src/domain/opportunities/access';
import { isOpportunityOpen } from '#src/domain/opportunities/types';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { getProgrammeRowBySlug } from './get-programme';

/**
 * A programme coordinator features (or stops featuring) one of the programme's open
 * opportunities: featured ones come first on the programme page and in "注目の案件" on the home page.
 */
export async function featureOpportunity(options: {
  db: Db;
  actor: Actor | null;
  programmeSlug: string;
  opportunityId: string;
  featured: boolean;
}) {
  const { db, actor } = options;
  if (!isUuid(options.opportunityId)) throw new AppError('NOT_FOUND');
  return db.transaction(async (tx) => {
    const { programme } = await getProgrammeRowBySlug({ db: tx, slug: options.programmeSlug });
    requireOrganisationRole(actor, programme.coordinatorOrganisationId);
    const [opportunity] = await tx
      .select()
      .from(opportunities)
      .where(and(eq(opportunities.id, options.opportunityId), eq(opportunities.programmeId, programme.id)))
      .for('update');
    if (!opportunity) throw new AppError('NOT_FOUND');
    if (options.featured && !isOpportunityOpen(opportunity)) {
      throw new AppError('CONFLICT', 'programmes.errors.featureOnlyOpen');
    }
    const [updated] = await tx
      .update(opportunities)
      .set({ featuredAt: options.featured ? (opportunity.featuredAt ?? new Date()) : null })
      .where(eq(opportunities.id, opportunity.id))
      .returning();
    await refreshOpportunitySearch({ db: tx, opportunityId: opportunity.id });
    return updated!;
  });
}

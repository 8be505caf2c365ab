import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { opportunities, organisations, programmes } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { hasOrganisationRole, requireOrganisationRole } from '#src/domain/accounts/permissions';
import { AppError } from '#src/lib/errors';
import { isUuid } from './access';
import type { OpportunityRow } from './types';

export interface OpportunityDetails {
  opportunity: OpportunityRow;
  organisation: {
    id: string;
    slug: string;
    name: string;
    nameEn: string | null;
    websiteUrl: string | null;
    prefectureCode: string;
  };
  programme: { id: string; slug: string; name: string; nameEn: string | null } | null;
}

async function loadDetails(
  db: DbOrTx,
  where: ReturnType<typeof eq>,
): Promise<OpportunityDetails | undefined> {
  const [row] = await db
    .select({
      opportunity: opportunities,
      organisation: {
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        nameEn: organisations.nameEn,
        websiteUrl: organisations.websiteUrl,
        prefectureCode: organisations.prefectureCode,
      },
      programme: {
        id: programmes.id,
        slug: programmes.slug,
        name: programmes.name,
        nameEn: programmes.nameEn,
      },
    })
    .from(opportunities)
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .leftJoin(programmes, eq(programmes.id, opportunities.programmeId))
    .where(where)
    .limit(1);
  if (!row) return undefined;
  return { ...row, programme: row.programme?.id ? row.programme : null };
}

/**
 * The public page of an opportunity: published or closed ones for everybody. A draft is only
 * known to its organisation's members (they are sent to the preview); archived ones are gone.
 */
export async function getOpportunityPage(options: {
  db: DbOrTx;
  actor: Actor | null;
  slug: string;
}): Promise<{ kind: 'public'; details: OpportunityDetails } | { kind: 'preview'; opportunityId: string }> {
  const details = await loadDetails(options.db, eq(opportunities.slug, options.slug));
  if (!details) throw new AppError('NOT_FOUND');
  const { status } = details.opportunity;
  if (status === 'published' || status === 'closed') return { kind: 'public', details };
  if (status === 'draft' && hasOrganisationRole(options.actor, details.organisation.id)) {
    return { kind: 'preview', opportunityId: details.opportunity.id };
  }
  throw new AppError('NOT_FOUND');
}

/** Any opportunity of the actor's organisation, whatever its status (edit form, preview). */
export async function getOpportunityForHost(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
}): Promise<OpportunityDetails> {
  if (!isUuid(options.opportunityId)) throw new AppError('NOT_FOUND');
  const details = await loadDetails(options.db, eq(opportunities.id, options.opportunityId));
  if (!details) throw new AppError('NOT_FOUND');
  requireOrganisationRole(options.actor, details.organisation.id);
  return details;
}

/** Published or closed, by slug or id, for the REST API. */
export async function getPublicOpportunity(options: {
  db: DbOrTx;
  key: string;
}): Promise<OpportunityDetails> {
  const where = isUuid(options.key) ? eq(opportunities.id, options.key) : eq(opportunities.slug, options.key);
  const details = await loadDetails(options.db, where);
  if (!details || (details.opportunity.status !== 'published' && details.opportunity.status !== 'closed')) {
    throw new AppError('NOT_FOUND');
  }
  return details;
}

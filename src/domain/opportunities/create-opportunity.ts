import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { opportunities, organisations } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { requireActor, requireOrganisationRole } from '#src/domain/accounts/permissions';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { isUuid, newOpportunitySlug } from './access';
import { opportunityColumns } from './columns';
import { assertProgrammeAllowed } from './programme-check';
import { publishLoadedOpportunity } from './publish-opportunity';
import { parseOpportunityInput } from './schema';

/**
 * A host member starts an opportunity for their organisation; it is saved as a draft, or with
 * `publish` published at once: then nothing is saved unless it is complete enough to publish.
 */
export async function createOpportunity(options: {
  db: Db;
  actor: Actor | null;
  organisationId: string;
  input: unknown;
  publish?: boolean;
}) {
  const { db, actor, organisationId } = options;
  requireActor(actor);
  requireOrganisationRole(actor, organisationId);
  const input = parseOpportunityInput(options.input);
  return db.transaction(async (tx) => {
    const [organisation] = isUuid(organisationId)
      ? await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, organisationId))
      : [];
    if (!organisation) throw new AppError('NOT_FOUND');
    await assertProgrammeAllowed({ db: tx, organisationId, programmeId: input.programmeId });
    const [created] = await tx
      .insert(opportunities)
      .values({
        ...opportunityColumns(input),
        slug: newOpportunitySlug(),
        organisationId,
        createdById: actor.accountId,
        status: 'draft',
      })
      .returning();
    await refreshOpportunitySearch({ db: tx, opportunityId: created!.id });
    return options.publish ? publishLoadedOpportunity(tx, created!) : created!;
  });
}

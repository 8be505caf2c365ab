import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { AppError } from '#src/lib/errors';
import { loadOpportunityForChange } from './access';
import { opportunityAsInput, opportunityColumns } from './columns';
import { assertProgrammeAllowed } from './programme-check';
import { publishLoadedOpportunity } from './publish-opportunity';
import { assertPublishable, parseOpportunityInput } from './schema';

/**
 * Saves a host's changes. `replace` (the form) takes the input as the whole opportunity; `merge`
 * (REST PATCH) changes only the fields given. A published opportunity must stay publishable.
 */
export async function updateOpportunity(options: {
  db: Db;
  actor: Actor | null;
  opportunityId: string;
  input: unknown;
  mode?: 'replace' | 'merge';
  /** Publish in the same step (save-and-publish); nothing is saved if it is not ready. */
  publish?: boolean;
}) {
  const { db, actor, opportunityId } = options;
  return db.transaction(async (tx) => {
    const current = await loadOpportunityForChange({ db: tx, actor, opportunityId });
    if (current.status === 'archived') throw new AppError('CONFLICT', 'opportunities.errors.archived');
    const raw =
      options.mode === 'merge' && options.input && typeof options.input === 'object'
        ? { ...opportunityAsInput(current), ...(options.input as Record<string, unknown>) }
        : options.input;
    const input = parseOpportunityInput(raw);
    await assertProgrammeAllowed({
      db: tx,
      organisationId: current.organisationId,
      programmeId: input.programmeId,
    });
    const columns = opportunityColumns(input);
    if (current.status === 'published') {
      assertPublishable(columns);
    }
    const [updated] = await tx
      .update(opportunities)
      .set({
        ...columns,
        // Leaving a programme ends its coordinators' featuring.
        featuredAt: input.programmeId === current.programmeId ? current.featuredAt : null,
      })
      .where(eq(opportunities.id, current.id))
      .returning();
    await refreshOpportunitySearch({ db: tx, opportunityId: current.id });
    return options.publish && updated!.status !== 'published'
      ? publishLoadedOpportunity(tx, updated!)
      : updated!;
  });
}

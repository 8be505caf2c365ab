import { asc, eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { opportunities, screeningQuestions } from '#src/db/schema';
import type { Actor } from '#src/domain/accounts/actor';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';
import { translate, type Locale } from '#src/i18n';
import { loadOpportunityForChange, newOpportunitySlug } from './access';

const TITLE_MAX = 120;

/**
 * Starts a new draft from an existing opportunity (e.g. next year's cohort): every field and
 * screening question is copied; dates of publication, closing and featuring are not.
 */
export async function duplicateOpportunity(options: {
  db: Db;
  actor: Actor | null;
  opportunityId: string;
  locale?: Locale;
}) {
  const { db, actor, opportunityId } = options;
  return db.transaction(async (tx) => {
    const source = await loadOpportunityForChange({ db: tx, actor, opportunityId });
    const suffix = translate(options.locale ?? 'ja', 'opportunities.copySuffix');
    const title = `${source.title.slice(0, TITLE_MAX - suffix.length)}${suffix}`;
    const {
      id: _id,
      slug: _slug,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      publishedAt: _publishedAt,
      closedAt: _closedAt,
      archivedAt: _archivedAt,
      featuredAt: _featuredAt,
      status: _status,
      createdById: _createdById,
      ...fields
    } = source;
    const [copy] = await tx
      .insert(opportunities)
      .values({
        ...fields,
        title,
        slug: newOpportunitySlug(),
        status: 'draft',
        createdById: actor!.accountId,
      })
      .returning();
    const questions = await tx
      .select()
      .from(screeningQuestions)
      .where(eq(screeningQuestions.opportunityId, source.id))
      .orderBy(asc(screeningQuestions.position));
    if (questions.length > 0) {
      await tx
        .insert(screeningQuestions)
        .values(
          questions.map(({ id: _questionId, ...question }) => ({ ...question, opportunityId: copy!.id })),
        );
    }
    await refreshOpportunitySearch({ db: tx, opportunityId: copy!.id });
    return copy!;
  });
}

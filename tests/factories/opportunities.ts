import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import { newOpportunitySlug } from '#src/domain/opportunities/access';
import { derivePrefectureCodes } from '#src/domain/opportunities/schema';
import { refreshOpportunitySearch } from '#src/domain/search/refresh-opportunity-search';

type OpportunityInsert = typeof opportunities.$inferInsert;

/**
 * An opportunity with every field a reader needs filled in (so it can be published as it is), a
 * unique title, and its search document. Draft unless told otherwise; published and closed ones
 * get their dates. Prefecture codes follow from the municipalities when not given.
 */
export async function buildOpportunity(
  options: { db: DbOrTx; organisationId: string } & Partial<Omit<OpportunityInsert, 'organisationId'>>,
) {
  const { db, ...values } = options;
  const unique = randomUUID().slice(0, 8);
  const status = values.status ?? 'draft';
  const now = new Date();
  const municipalityCodes = values.municipalityCodes ?? ['152021'];
  const [row] = await db
    .insert(opportunities)
    .values({
      slug: newOpportunitySlug(),
      kind: 'side_job',
      title: `テスト案件 ${unique}`,
      summary: '地域の企業と一緒に、業務改善のプロジェクトを進めていただきます。',
      description:
        '受け入れ企業の担当者と週1回のオンライン定例を行いながら、業務の棚卸しと改善案の作成、実行までを伴走します。\n\n成果物は報告書と改善後の業務手順書です。',
      workStyle: 'hybrid',
      visitsPerMonth: (values.workStyle ?? 'hybrid') === 'remote' ? null : 1,
      hoursPerWeekMin: 5,
      hoursPerWeekMax: 10,
      durationMonths: 3,
      compensationUnit: 'month',
      compensationMin: 50_000,
      compensationMax: 100_000,
      fields: ['dx'],
      requiredSkills: ['project-management'],
      howToApply: '応募フォームから職務経歴をお送りください。書類選考の後、オンライン面談を行います。',
      publishedAt: status === 'draft' ? null : (values.publishedAt ?? now),
      closedAt: status === 'closed' ? (values.closedAt ?? now) : null,
      archivedAt: status === 'archived' ? (values.archivedAt ?? now) : null,
      ...values,
      municipalityCodes,
      prefectureCodes: values.prefectureCodes ?? derivePrefectureCodes(municipalityCodes, []),
      status,
    })
    .returning();
  await refreshOpportunitySearch({ db, opportunityId: row!.id });
  return row!;
}

import type { AppLoadContext } from 'react-router';
import { toOpportunityCardData, type OpportunityCardSource } from '#src/domain/opportunities/card-data';
import { canEditRegionFacts } from '#src/domain/regions/can-edit-region-facts';
import type { RegionFacts } from '#src/domain/regions/get-region-facts';
import { toRegionFactsView } from '#src/domain/regions/region-facts-view';
import type { Locale } from '#src/i18n';
import { getActor } from '~/lib/auth.server';

/** Loader-side shaping shared by the region, programme and organisation pages. */

export function cardsFor(rows: OpportunityCardSource[], locale: Locale) {
  const now = new Date();
  return rows.map((row) => toOpportunityCardData(row, locale, now));
}

export function programmesFor(
  rows: Array<{
    slug: string;
    name: string;
    nameEn: string | null;
    summary: string;
    status: string;
    coordinatorName: string;
  }>,
  locale: Locale,
) {
  return rows.map((row) => ({
    slug: row.slug,
    name: locale === 'en' && row.nameEn ? row.nameEn : row.name,
    summary: row.summary,
    status: row.status,
    coordinatorName: row.coordinatorName,
  }));
}

export function organisationsFor(
  rows: Array<{ slug: string; name: string; nameEn: string | null; kind: string }>,
  locale: Locale,
) {
  return rows.map((row) => ({
    slug: row.slug,
    name: locale === 'en' && row.nameEn ? row.nameEn : row.name,
    kind: row.kind,
  }));
}

/**
 * What the prefecture and municipality pages both show: the facts (and whether the reader may edit
 * them, and has just saved them), open opportunities, programmes and organisations.
 */
export async function regionPageSections(options: {
  request: Request;
  context: AppLoadContext;
  code: string;
  overview: {
    facts: RegionFacts | null;
    openOpportunities: OpportunityCardSource[];
    openOpportunityCount: number;
    programmes: Parameters<typeof programmesFor>[0];
    organisations: Parameters<typeof organisationsFor>[0];
  };
}) {
  const { context, overview } = options;
  const facts = toRegionFactsView(overview.facts, context.locale);
  const actor = await getActor(context);
  return {
    description: facts?.introduction[0] ?? '',
    facts,
    factsSaved: new URL(options.request.url).searchParams.get('notice') === 'factsSaved',
    canEdit: await canEditRegionFacts({ db: context.runtime.db, actor, code: options.code }),
    opportunities: cardsFor(overview.openOpportunities, context.locale),
    openOpportunityCount: overview.openOpportunityCount,
    programmes: programmesFor(overview.programmes, context.locale),
    organisations: organisationsFor(overview.organisations, context.locale),
  };
}

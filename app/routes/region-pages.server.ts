import { toOpportunityCardData, type OpportunityCardSource } from '#src/domain/opportunities/card-data';
import type { Locale } from '#src/i18n';

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

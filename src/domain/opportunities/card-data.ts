import { createTranslator, type Locale } from '#src/i18n';
import { formatCompensation, formatHoursPerWeek } from './format';
import { placeLabel } from './places';
import { isOpportunityOpen, type OpportunityRow } from './types';

/**
 * What an opportunity card shows: a plain, serialisable object with the text already in the
 * reader's language, so loaders can hand it straight to `<OpportunityCard>`.
 */
export interface OpportunityCardData {
  slug: string;
  title: string;
  summary: string;
  organisationName: string;
  kind: OpportunityRow['kind'];
  workStyle: OpportunityRow['workStyle'];
  visitsPerMonth: number | null;
  /** e.g. "新潟県長岡市" or "全国(リモート)" */
  placeLabel: string;
  /** e.g. "月額 ¥300,000〜¥450,000" */
  compensationText: string;
  /** e.g. "週 10〜20時間"; null when not stated */
  hoursText: string | null;
  /** ISO timestamp of the application deadline; null = rolling */
  closesAt: string | null;
  isOpen: boolean;
  isFeatured: boolean;
}

export type OpportunityCardSource = Pick<
  OpportunityRow,
  | 'slug'
  | 'title'
  | 'summary'
  | 'kind'
  | 'status'
  | 'workStyle'
  | 'visitsPerMonth'
  | 'prefectureCodes'
  | 'municipalityCodes'
  | 'compensationUnit'
  | 'compensationMin'
  | 'compensationMax'
  | 'hoursPerWeekMin'
  | 'hoursPerWeekMax'
  | 'applicationsCloseAt'
  | 'featuredAt'
> & { organisationName: string };

export function toOpportunityCardData(
  opportunity: OpportunityCardSource,
  locale: Locale,
  now: Date = new Date(),
): OpportunityCardData {
  const t = createTranslator(locale);
  const closesAt = opportunity.applicationsCloseAt ? new Date(opportunity.applicationsCloseAt) : null;
  return {
    slug: opportunity.slug,
    title: opportunity.title,
    summary: opportunity.summary,
    organisationName: opportunity.organisationName,
    kind: opportunity.kind,
    workStyle: opportunity.workStyle,
    visitsPerMonth: opportunity.visitsPerMonth,
    placeLabel: placeLabel(t, locale, opportunity),
    compensationText: formatCompensation(t, locale, {
      unit: opportunity.compensationUnit,
      min: opportunity.compensationMin,
      max: opportunity.compensationMax,
    }),
    hoursText: formatHoursPerWeek(t, { min: opportunity.hoursPerWeekMin, max: opportunity.hoursPerWeekMax }),
    closesAt: closesAt ? closesAt.toISOString() : null,
    isOpen: isOpportunityOpen({ status: opportunity.status, applicationsCloseAt: closesAt }, now),
    isFeatured: opportunity.featuredAt !== null,
  };
}

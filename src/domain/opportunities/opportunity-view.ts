import { createTranslator, type Locale } from '#src/i18n';
import { workFieldLabel } from '#src/domain/taxonomy/fields';
import { skillLabel } from '#src/domain/taxonomy/skills';
import { formatCompensation, formatHoursPerWeek, formatPeriod, formatWorkStyle } from './format';
import type { OpportunityDetails } from './get-opportunity';
import { placeLinks, type PlaceLink } from './places';
import { isAcceptingApplications, isOpportunityOpen } from './types';

/** Plain text as paragraphs (blank lines split them; single line breaks stay inside one). */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export interface OpportunityView {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string[];
  howToApply: string[];
  kind: OpportunityDetails['opportunity']['kind'];
  status: OpportunityDetails['opportunity']['status'];
  isOpen: boolean;
  isAccepting: boolean;
  organisation: { slug: string; name: string };
  programme: { slug: string; name: string } | null;
  places: PlaceLink[];
  workStyle: string;
  hours: string | null;
  period: string | null;
  compensation: string;
  fields: string[];
  requiredSkills: string[];
  preferredSkills: string[];
  tags: string[];
  graduationYear: number | null;
  residentPlaces: PlaceLink[];
  eligibilityNote: string[];
  openings: number;
  opensAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  publishedAt: string | null;
  languages: string[];
  blindScreening: boolean;
}

/** Everything the opportunity page shows, in the reader's language, as serialisable data. */
export function toOpportunityView(
  details: OpportunityDetails,
  locale: Locale,
  now: Date = new Date(),
): OpportunityView {
  const t = createTranslator(locale);
  const { opportunity: row, organisation, programme } = details;
  const iso = (value: Date | null) => (value ? value.toISOString() : null);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: paragraphs(row.description),
    howToApply: paragraphs(row.howToApply),
    kind: row.kind,
    status: row.status,
    isOpen: isOpportunityOpen(row, now),
    isAccepting: isAcceptingApplications(row, now),
    organisation: {
      slug: organisation.slug,
      name: locale === 'en' && organisation.nameEn ? organisation.nameEn : organisation.name,
    },
    programme: programme
      ? {
          slug: programme.slug,
          name: locale === 'en' && programme.nameEn ? programme.nameEn : programme.name,
        }
      : null,
    places: placeLinks(locale, row),
    workStyle: formatWorkStyle(t, row.workStyle, row.visitsPerMonth),
    hours: formatHoursPerWeek(t, { min: row.hoursPerWeekMin, max: row.hoursPerWeekMax }),
    period: formatPeriod(t, locale, row),
    compensation: formatCompensation(t, locale, {
      unit: row.compensationUnit,
      min: row.compensationMin,
      max: row.compensationMax,
    }),
    fields: row.fields.map((id) => workFieldLabel(id, locale)),
    requiredSkills: row.requiredSkills.map((slug) => skillLabel(slug, locale)),
    preferredSkills: row.preferredSkills.map((slug) => skillLabel(slug, locale)),
    tags: row.tags,
    graduationYear: row.eligibility.graduationYear ?? null,
    residentPlaces: placeLinks(locale, {
      prefectureCodes: [],
      municipalityCodes: row.eligibility.residentMunicipalityCodes ?? [],
    }),
    eligibilityNote: paragraphs(row.eligibility.note ?? ''),
    openings: row.openings,
    opensAt: iso(row.applicationsOpenAt),
    closesAt: iso(row.applicationsCloseAt),
    closedAt: iso(row.closedAt),
    publishedAt: iso(row.publishedAt),
    languages: row.languages.map((code) => t(`opportunities.language.${code}`)),
    blindScreening: row.blindScreening,
  };
}

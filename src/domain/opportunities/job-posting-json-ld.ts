import { getMunicipality, getPrefecture } from '#src/domain/regions/data';
import { skillLabel } from '#src/domain/taxonomy/skills';
import type { OpportunityDetails } from './get-opportunity';
import type { CompensationUnit, OpportunityKind } from './types';

/**
 * schema.org JobPosting for Google for Jobs (docs/decisions/001-job-posting-json-ld.md).
 * Pay per project is not a rate Google accepts (unitText is HOUR, DAY, WEEK, MONTH or YEAR), so
 * it is left out of baseSalary rather than misstated; unpaid work has no baseSalary either.
 */

const employmentTypes: Record<OpportunityKind, string | string[]> = {
  remote_hq: 'FULL_TIME',
  side_job: ['PART_TIME', 'CONTRACTOR'],
  municipal_adviser: ['PART_TIME', 'CONTRACTOR'],
  paid_internship: 'INTERN',
  workcation_internship: 'INTERN',
  training_cohort: 'OTHER',
};

const salaryUnits: Partial<Record<CompensationUnit, string>> = { hour: 'HOUR', month: 'MONTH' };

function postalAddresses(prefectureCodes: readonly string[], municipalityCodes: readonly string[]) {
  const places: Array<Record<string, unknown>> = [];
  const covered = new Set<string>();
  for (const code of municipalityCodes) {
    const municipality = getMunicipality(code);
    if (!municipality) continue;
    covered.add(municipality.prefectureCode);
    const parent = municipality.parentCode ? getMunicipality(municipality.parentCode) : undefined;
    places.push({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: `${parent?.name ?? ''}${municipality.name}`,
        addressRegion: getPrefecture(municipality.prefectureCode)?.name,
        addressCountry: 'JP',
      },
    });
  }
  for (const code of prefectureCodes) {
    if (covered.has(code)) continue;
    const prefecture = getPrefecture(code);
    if (!prefecture) continue;
    places.push({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressRegion: prefecture.name, addressCountry: 'JP' },
    });
  }
  return places;
}

function baseSalary(unit: CompensationUnit, min: number | null, max: number | null) {
  const unitText = salaryUnits[unit];
  if (!unitText || (min === null && max === null)) return undefined;
  const value: Record<string, unknown> = { '@type': 'QuantitativeValue', unitText };
  if (min !== null && max !== null && min !== max) {
    value.minValue = min;
    value.maxValue = max;
  } else {
    value.value = min ?? max;
  }
  return { '@type': 'MonetaryAmount', currency: 'JPY', value };
}

export function buildJobPostingJsonLd(details: OpportunityDetails, options: { url: string }) {
  const { opportunity, organisation } = details;
  const description = [opportunity.summary, opportunity.description, opportunity.howToApply]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n\n');
  const validThrough =
    opportunity.status === 'closed'
      ? (opportunity.closedAt ?? opportunity.applicationsCloseAt)
      : opportunity.applicationsCloseAt;
  const places = postalAddresses(opportunity.prefectureCodes, opportunity.municipalityCodes);
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: opportunity.title,
    description,
    url: options.url,
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: opportunity.slug },
    datePosted: (opportunity.publishedAt ?? opportunity.createdAt).toISOString(),
    employmentType: employmentTypes[opportunity.kind],
    hiringOrganization: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.websiteUrl ? { sameAs: organisation.websiteUrl } : {}),
    },
    totalJobOpenings: opportunity.openings,
    directApply: true,
  };
  if (validThrough) jsonLd.validThrough = validThrough.toISOString();
  if (opportunity.workStyle === 'remote') {
    jsonLd.jobLocationType = 'TELECOMMUTE';
    jsonLd.applicantLocationRequirements = { '@type': 'Country', name: 'JP' };
  }
  if (places.length > 0) jsonLd.jobLocation = places.length === 1 ? places[0] : places;
  const salary = baseSalary(
    opportunity.compensationUnit,
    opportunity.compensationMin,
    opportunity.compensationMax,
  );
  if (salary) jsonLd.baseSalary = salary;
  if (opportunity.requiredSkills.length > 0) {
    jsonLd.skills = opportunity.requiredSkills.map((slug) => skillLabel(slug, 'ja')).join('、');
  }
  if (opportunity.eligibility.note) jsonLd.qualifications = opportunity.eligibility.note;
  return jsonLd;
}

/**
 * JSON for a <script type="application/ld+json"> element: "<" (and the line separators JSON
 * allows but JavaScript once did not) are escaped so no text can close the element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

import { describe, expect, it } from 'vitest';
import type { OpportunityDetails } from './get-opportunity';
import { buildJobPostingJsonLd, serializeJsonLd } from './job-posting-json-ld';
import type { OpportunityRow } from './types';

function details(overrides: Partial<OpportunityRow> = {}): OpportunityDetails {
  const opportunity: OpportunityRow = {
    id: '00000000-0000-4000-8000-000000000001',
    slug: 'abc123xyz',
    organisationId: '00000000-0000-4000-8000-000000000002',
    programmeId: null,
    createdById: null,
    kind: 'municipal_adviser',
    status: 'published',
    title: '戦略マネージャー(DX分野)',
    summary: '市のDXに助言する副業人材を募集します。',
    description: '月に複数回、市役所またはWeb会議で助言します。',
    prefectureCodes: ['33'],
    municipalityCodes: ['331007'],
    workStyle: 'hybrid',
    visitsPerMonth: 2,
    hoursPerWeekMin: null,
    hoursPerWeekMax: null,
    startsOn: null,
    endsOn: null,
    durationMonths: 12,
    compensationUnit: 'month',
    compensationMin: 100_000,
    compensationMax: 150_000,
    fields: ['dx'],
    requiredSkills: ['dx-strategy'],
    preferredSkills: [],
    tags: [],
    eligibility: { note: '行政との協働経験がある方' },
    openings: 2,
    applicationsOpenAt: new Date('2020-06-19T00:00:00+09:00'),
    applicationsCloseAt: new Date('2020-07-10T23:59:00+09:00'),
    languages: ['ja'],
    howToApply: 'みらいワークスのサービスから応募してください。',
    blindScreening: false,
    featuredAt: null,
    publishedAt: new Date('2020-06-19T00:00:00+09:00'),
    closedAt: null,
    archivedAt: null,
    createdAt: new Date('2020-06-01T00:00:00Z'),
    updatedAt: new Date('2020-06-01T00:00:00Z'),
    ...overrides,
  };
  return {
    opportunity,
    organisation: {
      id: opportunity.organisationId,
      slug: 'okayama-city',
      name: '岡山市',
      nameEn: 'Okayama City',
      websiteUrl: 'https://www.city.okayama.jp/',
      prefectureCode: '33',
    },
    programme: null,
  };
}

const url = 'https://tsunagu.example/opportunities/abc123xyz';

describe('buildJobPostingJsonLd', () => {
  it('describes an on-site post with its place, pay range and deadline', () => {
    const jsonLd = buildJobPostingJsonLd(details(), { url });
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: '戦略マネージャー(DX分野)',
      datePosted: '2020-06-18T15:00:00.000Z',
      validThrough: '2020-07-10T14:59:00.000Z',
      employmentType: ['PART_TIME', 'CONTRACTOR'],
      hiringOrganization: { '@type': 'Organization', name: '岡山市', sameAs: 'https://www.city.okayama.jp/' },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: '岡山市',
          addressRegion: '岡山県',
          addressCountry: 'JP',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'JPY',
        value: { '@type': 'QuantitativeValue', minValue: 100_000, maxValue: 150_000, unitText: 'MONTH' },
      },
      totalJobOpenings: 2,
      directApply: true,
      skills: 'DX推進・IT戦略',
      qualifications: '行政との協働経験がある方',
      url,
    });
    expect(jsonLd.description).toContain('市のDXに助言する副業人材を募集します。\n\n月に複数回');
    expect(jsonLd).not.toHaveProperty('jobLocationType');
  });

  it('marks fully remote work as TELECOMMUTE open to applicants in Japan, and maps kinds to employment types', () => {
    const jsonLd = buildJobPostingJsonLd(
      details({
        kind: 'remote_hq',
        workStyle: 'remote',
        municipalityCodes: [],
        prefectureCodes: [],
        compensationUnit: 'hour',
        compensationMin: 1500,
        compensationMax: 1500,
        applicationsCloseAt: null,
      }),
      { url },
    );
    expect(jsonLd).toMatchObject({
      employmentType: 'FULL_TIME',
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'JP' },
      baseSalary: { value: { '@type': 'QuantitativeValue', value: 1500, unitText: 'HOUR' } },
    });
    expect(jsonLd).not.toHaveProperty('jobLocation');
    expect(jsonLd).not.toHaveProperty('validThrough');
    expect(buildJobPostingJsonLd(details({ kind: 'paid_internship' }), { url }).employmentType).toBe(
      'INTERN',
    );
    expect(buildJobPostingJsonLd(details({ kind: 'training_cohort' }), { url }).employmentType).toBe('OTHER');
  });

  it('leaves out pay that is per project or unpaid, and dates a closed posting by its closing', () => {
    const perProject = buildJobPostingJsonLd(details({ compensationUnit: 'project' }), { url });
    expect(perProject).not.toHaveProperty('baseSalary');
    const closedAt = new Date('2020-07-01T00:00:00Z');
    const closed = buildJobPostingJsonLd(details({ status: 'closed', closedAt, compensationUnit: 'none' }), {
      url,
    });
    expect(closed.validThrough).toBe(closedAt.toISOString());
    expect(closed).not.toHaveProperty('baseSalary');
  });

  it('names a prefecture-wide place by its region only', () => {
    const jsonLd = buildJobPostingJsonLd(details({ municipalityCodes: [], prefectureCodes: ['15'] }), {
      url,
    });
    expect(jsonLd.jobLocation).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressRegion: '新潟県', addressCountry: 'JP' },
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of its script element', () => {
    const text = serializeJsonLd({ title: '</script><script>alert(1)</script> & more' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script> & more' });
  });
});

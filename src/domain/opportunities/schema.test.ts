import { describe, expect, it } from 'vitest';
import { AppError } from '#src/lib/errors';
import { parseOpportunityInput, parseTokyoDateTime, publishingProblems, resolveMunicipality } from './schema';

function fieldErrorsOf(raw: unknown): Record<string, string> {
  try {
    parseOpportunityInput(raw);
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors;
    throw error;
  }
  return {};
}

describe('parseOpportunityInput', () => {
  it('reads form text and JSON alike: numbers, yen with separators, lists, blanks as not given', () => {
    const fromForm = parseOpportunityInput({
      title: '  副業プロジェクト  ',
      compensationUnit: 'month',
      compensationMin: '３０，０００円',
      compensationMax: '',
      hoursPerWeekMin: '5',
      fields: 'dx',
      tags: '#DX、製造業, 製造業',
      languages: [],
      openings: '',
      blindScreening: 'on',
    });
    expect(fromForm).toMatchObject({
      title: '副業プロジェクト',
      compensationMin: 30_000,
      compensationMax: null,
      hoursPerWeekMin: 5,
      fields: ['dx'],
      tags: ['DX', '製造業'],
      languages: ['ja'],
      openings: 1,
      blindScreening: true,
      kind: 'side_job',
      workStyle: 'remote',
      eligibility: { graduationYear: null, residentMunicipalityCodes: [], note: '' },
    });
    const fromJson = parseOpportunityInput({
      title: 'x',
      compensationMin: 30000,
      fields: ['dx'],
      blindScreening: false,
    });
    expect(fromJson).toMatchObject({ compensationMin: 30_000, fields: ['dx'], blindScreening: false });
  });

  it('names each field that is wrong, with an i18n key', () => {
    expect(
      fieldErrorsOf({
        title: 'x'.repeat(121),
        kind: 'castle',
        fields: ['dx', 'astrology'],
        requiredSkills: ['juggling'],
        visitsPerMonth: '40',
        startsOn: '2030-13-01',
        endsOn: '2030-01-01',
        languages: ['tlh'],
        programmeId: 'not-a-uuid',
      }),
    ).toEqual({
      title: 'opportunities.validation.titleTooLong',
      kind: 'opportunities.validation.kind',
      fields: 'opportunities.validation.field',
      requiredSkills: 'opportunities.validation.skill',
      visitsPerMonth: 'opportunities.validation.visits',
      startsOn: 'opportunities.validation.date',
      languages: 'opportunities.validation.language',
      programmeId: 'opportunities.validation.programme',
    });
    expect(fieldErrorsOf({ title: 'x', startsOn: '2030-03-01', endsOn: '2030-01-01' })).toEqual({
      endsOn: 'opportunities.validation.periodOrder',
    });
    expect(fieldErrorsOf({ title: 'x', compensationMin: 9, compensationMax: 3 })).toEqual({
      compensationMax: 'opportunities.validation.amountOrder',
    });
  });
});

describe('resolveMunicipality', () => {
  it('finds municipalities by code, name or prefecture-qualified name', () => {
    expect(resolveMunicipality('152021')).toMatchObject({ name: '長岡市' });
    expect(resolveMunicipality('15202')).toMatchObject({ name: '長岡市' });
    expect(resolveMunicipality('塩尻市')).toMatchObject({ code: '202151' });
    expect(resolveMunicipality('塩尻')).toMatchObject({ code: '202151' });
    expect(resolveMunicipality('広島県府中市')).toMatchObject({ prefectureCode: '34' });
    expect(resolveMunicipality('府中市')).toBe('ambiguous');
    expect(resolveMunicipality('どこにもない市')).toBeUndefined();
  });
});

describe('parseTokyoDateTime', () => {
  it('reads a datetime-local value as Japan time and keeps explicit offsets', () => {
    expect(parseTokyoDateTime('2030-04-01T09:00')?.toISOString()).toBe('2030-04-01T00:00:00.000Z');
    expect(parseTokyoDateTime('2030-04-01T09:00:00Z')?.toISOString()).toBe('2030-04-01T09:00:00.000Z');
    expect(parseTokyoDateTime('tomorrow')).toBeNull();
  });
});

describe('publishingProblems', () => {
  const complete = {
    title: '戦略マネージャー',
    summary: '市政に助言する副業人材を募集します。',
    description:
      '月に複数回、市役所またはWeb会議で、分野ごとの助言をいただきます。研修会での講演をお願いすることもあります。',
    workStyle: 'hybrid' as const,
    municipalityCodes: ['331007'],
    prefectureCodes: ['33'],
    compensationUnit: 'month' as const,
    compensationMin: 50_000,
    compensationMax: null,
    fields: ['dx'],
    howToApply: '応募フォームからお申し込みください。',
    applicationsCloseAt: new Date('2030-07-10T08:00:00Z'),
  };
  const now = new Date('2030-06-19T00:00:00Z');

  it('accepts a complete opportunity', () => {
    expect(publishingProblems(complete, now)).toEqual({});
  });

  it('asks for a place unless the work is remote, pay when paid, and a deadline still ahead', () => {
    expect(
      publishingProblems(
        {
          ...complete,
          municipalityCodes: [],
          prefectureCodes: [],
          compensationMin: null,
          applicationsCloseAt: now,
        },
        now,
      ),
    ).toEqual({
      municipalityCodes: 'opportunities.validation.placeRequired',
      compensationMin: 'opportunities.validation.amountRequired',
      applicationsCloseAt: 'opportunities.validation.closeInPast',
    });
    expect(
      publishingProblems(
        { ...complete, workStyle: 'remote', municipalityCodes: [], prefectureCodes: [] },
        now,
      ),
    ).toEqual({});
    expect(publishingProblems({ ...complete, compensationUnit: 'none', compensationMin: null }, now)).toEqual(
      {},
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { TalentProfileView } from '#src/domain/talent/view';
import { isIdentityHidden, redactTalentProfileView } from './blind';

const view: TalentProfileView = {
  id: '3f1c1a52-7a55-4d8e-9d0e-0b4f3f0f5a11',
  access: { level: 'full', contact: true, documents: true, basis: 'applicant' },
  displayName: '山田 花子',
  name: { familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ' },
  contact: { email: 'hanako@example.test', phone: '090-0000-0000' },
  profile: {
    headline: 'マーケター',
    currentWork: '消費財メーカー',
    bio: '',
    prefectureCode: '13',
    birthYear: 1988,
    gender: 'female',
    fieldsOfInterest: ['promotion'],
    tags: [],
    hoursPerWeek: 10,
    availableWeekdays: true,
    availableWeekends: false,
    availableFrom: null,
    preferredWorkStyle: 'remote',
    compensationExpectation: null,
    compensationExpectationUnit: null,
    graduationYear: null,
    visibility: 'applied_hosts',
    updatedAt: null,
    skills: [{ skill: 'pr', level: 4 }],
    experiences: [],
    regionTies: [{ regionCode: '33', prefectureCode: '33', kind: 'hometown' }],
  },
  documents: [
    {
      id: 'doc',
      kind: 'resume',
      originalName: 'cv.pdf',
      sizeBytes: 1000,
      createdAt: '2020-06-19T00:00:00.000Z',
    },
  ],
  completeness: null,
};

describe('blind screening', () => {
  it('hides identity before the interview stage only, and only when the opportunity screens blind', () => {
    expect(isIdentityHidden({ blindScreening: true, stageCategory: 'applied' })).toBe(true);
    expect(isIdentityHidden({ blindScreening: true, stageCategory: 'screening' })).toBe(true);
    expect(isIdentityHidden({ blindScreening: true, stageCategory: 'rejected' })).toBe(true);
    expect(isIdentityHidden({ blindScreening: true, stageCategory: 'interview' })).toBe(false);
    expect(isIdentityHidden({ blindScreening: true, stageCategory: 'contract' })).toBe(false);
    expect(isIdentityHidden({ blindScreening: false, stageCategory: 'applied' })).toBe(false);
  });

  it('removes name, age, gender, contact details, documents and the account id, keeping skills and ties', () => {
    const redacted = redactTalentProfileView(view, '応募者 #12');
    expect(redacted.displayName).toBe('応募者 #12');
    expect(redacted.id).toBe('');
    expect(redacted.name).toEqual({ familyName: '', givenName: '', familyNameKana: '', givenNameKana: '' });
    expect(redacted.contact).toBeNull();
    expect(redacted.documents).toBeNull();
    expect(redacted.profile).toMatchObject({
      birthYear: null,
      gender: null,
      skills: view.profile!.skills,
      regionTies: view.profile!.regionTies,
    });
    expect(JSON.stringify(redacted)).not.toMatch(/山田|花子|ヤマダ|hanako|1988|female|cv\.pdf/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { buildAccount } from '../../../tests/factories/accounts';
import { buildTalent } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';
import { loadActor } from '../accounts/sessions';
import { addRegionTie } from './add-region-tie';
import { getOwnTalentProfile } from './get-own-talent-profile';
import { removeRegionTie } from './remove-region-tie';
import { removeTalentExperience } from './remove-talent-experience';
import { replaceTalentProfile } from './replace-talent-profile';
import { saveTalentExperience } from './save-talent-experience';
import { setTalentSkills } from './set-talent-skills';
import { updateTalentProfile } from './update-talent-profile';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

async function actorFor(accountId: string) {
  const account = (await handle.db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.id, accountId) }))!;
  return loadActor({ db: handle.db, account: { ...account, accountId: account.id } });
}

/** A talent who has just signed up: an account, no profile row yet. */
async function newTalent() {
  return actorFor((await buildAccount({ db: handle.db, role: 'talent', displayName: '新規 登録' })).id);
}

const validBasics = {
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'やまだ',
  givenNameKana: 'ﾊﾅｺ',
  phone: '090-1234-5678',
  birthYear: '1990',
  gender: 'prefer_not_to_say',
  prefectureCode: '13',
  headline: '都内メーカーのマーケター',
  currentWork: '消費財メーカーでデジタルマーケティング',
  bio: '新潟県出身。地元の仕事に関わりたいです。',
};

describe('editing a talent profile section by section', () => {
  it('saves basic information on first use, normalising kana to katakana', async () => {
    const actor = await newTalent();
    const before = await getOwnTalentProfile({ db: handle.db, actor });
    expect(before.profile).toBeNull();
    expect(before.completeness.percent).toBe(0);
    expect(before.names).toMatchObject({ familyName: '新規', givenName: '登録' });

    const saved = await updateTalentProfile({ db: handle.db, actor, section: 'basics', input: validBasics });
    expect(saved).toMatchObject({
      familyName: '山田',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      birthYear: 1990,
      gender: 'prefer_not_to_say',
      prefectureCode: '13',
    });
    const after = await getOwnTalentProfile({ db: handle.db, actor });
    expect(after.completeness.missing.filter((item) => item.section === 'basic')).toEqual([]);
    expect(after.completeness.percent).toBe(Math.floor((6 / 13) * 100));
  });

  it('rejects invalid input with a message key per field and changes nothing', async () => {
    const actor = await newTalent();
    await updateTalentProfile({ db: handle.db, actor, section: 'basics', input: validBasics });
    const attempt = updateTalentProfile({
      db: handle.db,
      actor,
      section: 'basics',
      input: {
        ...validBasics,
        familyName: '',
        familyNameKana: '山田',
        phone: 'call me',
        birthYear: '1800',
        prefectureCode: '99',
      },
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: {
        familyName: 'validation.required',
        familyNameKana: 'talent.validation.kana',
        phone: 'talent.validation.phone',
        birthYear: 'talent.validation.birthYear',
        prefectureCode: 'talent.validation.prefecture',
      },
    });
    expect((await getOwnTalentProfile({ db: handle.db, actor })).profile!.familyName).toBe('山田');
  });

  it('saves interests, availability, preferences and visibility independently', async () => {
    const actor = await newTalent();
    await updateTalentProfile({ db: handle.db, actor, section: 'basics', input: validBasics });
    await updateTalentProfile({
      db: handle.db,
      actor,
      section: 'interests',
      input: { fieldsOfInterest: ['marketing', 'promotion', 'marketing'] },
    });
    await updateTalentProfile({
      db: handle.db,
      actor,
      section: 'availability',
      input: { hoursPerWeek: '10', availableWeekends: 'on', availableFrom: '2026-04-01' },
    });
    await updateTalentProfile({
      db: handle.db,
      actor,
      section: 'preferences',
      input: {
        preferredWorkStyle: 'remote',
        compensationExpectation: '3000',
        compensationExpectationUnit: 'hour',
        graduationYear: '',
      },
    });
    await updateTalentProfile({
      db: handle.db,
      actor,
      section: 'visibility',
      input: { visibility: 'open_to_scouting' },
    });
    const { profile } = await getOwnTalentProfile({ db: handle.db, actor });
    expect(profile).toMatchObject({
      familyName: '山田',
      fieldsOfInterest: ['marketing', 'promotion'],
      hoursPerWeek: 10,
      availableWeekdays: false,
      availableWeekends: true,
      availableFrom: '2026-04-01',
      preferredWorkStyle: 'remote',
      compensationExpectation: 3000,
      compensationExpectationUnit: 'hour',
      graduationYear: null,
      visibility: 'open_to_scouting',
    });
  });

  it('validates availability, preferences and visibility', async () => {
    const actor = await newTalent();
    await expect(
      updateTalentProfile({
        db: handle.db,
        actor,
        section: 'availability',
        input: { hoursPerWeek: '200', availableFrom: '2026-02-30' },
      }),
    ).rejects.toMatchObject({
      fieldErrors: {
        hoursPerWeek: 'talent.validation.hoursPerWeek',
        availableFrom: 'talent.validation.date',
      },
    });
    await expect(
      updateTalentProfile({
        db: handle.db,
        actor,
        section: 'preferences',
        input: { compensationExpectation: '5000' },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { compensationExpectationUnit: 'talent.validation.compensationUnit' },
    });
    await expect(
      updateTalentProfile({ db: handle.db, actor, section: 'visibility', input: { visibility: 'everyone' } }),
    ).rejects.toMatchObject({ fieldErrors: { visibility: 'talent.validation.visibility' } });
    await expect(
      updateTalentProfile({
        db: handle.db,
        actor,
        section: 'interests',
        input: { fieldsOfInterest: ['knitting'] },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('is for talent accounts only', async () => {
    for (const role of ['host', 'coordinator', 'admin'] as const) {
      const actor = await actorFor((await buildAccount({ db: handle.db, role })).id);
      await expect(
        updateTalentProfile({
          db: handle.db,
          actor,
          section: 'visibility',
          input: { visibility: 'private' },
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(getOwnTalentProfile({ db: handle.db, actor })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(getOwnTalentProfile({ db: handle.db, actor: null })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('skills and tags', () => {
  it('replaces skills with levels and cleans free tags', async () => {
    const actor = await newTalent();
    await setTalentSkills({
      db: handle.db,
      actor,
      input: {
        skills: [
          { skill: 'digital-marketing', level: '4' },
          { skill: 'sns-marketing', level: 3 },
        ],
        tags: '#日本酒、 ドローン, 日本酒,',
      },
    });
    let own = await getOwnTalentProfile({ db: handle.db, actor });
    expect(own.skills).toEqual([
      { skill: 'digital-marketing', level: 4 },
      { skill: 'sns-marketing', level: 3 },
    ]);
    expect(own.profile!.tags).toEqual(['日本酒', 'ドローン']);
    await setTalentSkills({
      db: handle.db,
      actor,
      input: { skills: [{ skill: 'python', level: 2 }], tags: [] },
    });
    own = await getOwnTalentProfile({ db: handle.db, actor });
    expect(own.skills).toEqual([{ skill: 'python', level: 2 }]);
    expect(own.profile!.tags).toEqual([]);
  });

  it('rejects unknown skills, levels outside 1–5 and duplicates', async () => {
    const actor = await newTalent();
    await expect(
      setTalentSkills({
        db: handle.db,
        actor,
        input: { skills: [{ skill: 'juggling', level: 3 }], tags: '' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      setTalentSkills({ db: handle.db, actor, input: { skills: [{ skill: 'python', level: 6 }], tags: '' } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      setTalentSkills({
        db: handle.db,
        actor,
        input: {
          skills: [
            { skill: 'python', level: 3 },
            { skill: 'python', level: 4 },
          ],
          tags: '',
        },
      }),
    ).rejects.toMatchObject({ fieldErrors: { skills: 'talent.validation.duplicateSkill' } });
  });
});

describe('experience entries', () => {
  it('adds, edits and removes own entries; others’ are NOT_FOUND', async () => {
    const actor = await newTalent();
    const entry = await saveTalentExperience({
      db: handle.db,
      actor,
      input: {
        organisation: '株式会社サンプル',
        role: 'マーケティング',
        startedOn: '2018-04',
        endedOn: '',
        description: '',
      },
    });
    expect(entry).toMatchObject({ startedOn: '2018-04-01', endedOn: null });
    const edited = await saveTalentExperience({
      db: handle.db,
      actor,
      experienceId: entry.id,
      input: {
        organisation: '株式会社サンプル',
        role: 'マーケティングマネージャー',
        startedOn: '2018-04',
        endedOn: '2024-03',
      },
    });
    expect(edited).toMatchObject({ role: 'マーケティングマネージャー', endedOn: '2024-03-01' });
    await expect(
      saveTalentExperience({
        db: handle.db,
        actor,
        input: { organisation: 'A', role: 'B', startedOn: '2020-05', endedOn: '2019-01' },
      }),
    ).rejects.toMatchObject({ fieldErrors: { endedOn: 'talent.validation.endBeforeStart' } });

    const other = await newTalent();
    await expect(
      saveTalentExperience({
        db: handle.db,
        actor: other,
        experienceId: entry.id,
        input: { organisation: 'X', role: 'Y' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      removeTalentExperience({ db: handle.db, actor: other, experienceId: entry.id }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await removeTalentExperience({ db: handle.db, actor, experienceId: entry.id });
    expect((await getOwnTalentProfile({ db: handle.db, actor })).experiences).toEqual([]);
  });
});

describe('region ties', () => {
  it('adds prefecture and municipality ties, resolving names with the regions data', async () => {
    const actor = await newTalent();
    await addRegionTie({
      db: handle.db,
      actor,
      input: { prefectureCode: '15', municipality: '', kind: 'hometown' },
    });
    await addRegionTie({
      db: handle.db,
      actor,
      input: { prefectureCode: '15', municipality: '長岡市', kind: 'wants_to_move' },
    });
    await addRegionTie({
      db: handle.db,
      actor,
      input: { prefectureCode: '15', municipality: '新潟市北区', kind: 'lived' },
    });
    const own = await getOwnTalentProfile({ db: handle.db, actor });
    expect(own.regionTies).toEqual(
      expect.arrayContaining([
        { regionCode: '15', prefectureCode: '15', kind: 'hometown' },
        { regionCode: '152021', prefectureCode: '15', kind: 'wants_to_move' },
        { regionCode: '151017', prefectureCode: '15', kind: 'lived' },
      ]),
    );
    expect(own.profile).not.toBeNull();
  });

  it('rejects municipalities outside the prefecture, unknown names, bad kinds and duplicates', async () => {
    const actor = await newTalent();
    await expect(
      addRegionTie({
        db: handle.db,
        actor,
        input: { prefectureCode: '13', municipality: '長岡市', kind: 'visited' },
      }),
    ).rejects.toMatchObject({ fieldErrors: { municipality: 'talent.validation.municipality' } });
    await expect(
      addRegionTie({
        db: handle.db,
        actor,
        input: { prefectureCode: '15', municipality: '架空市', kind: 'visited' },
      }),
    ).rejects.toMatchObject({ fieldErrors: { municipality: 'talent.validation.municipality' } });
    await expect(
      addRegionTie({ db: handle.db, actor, input: { prefectureCode: '48', kind: 'visited' } }),
    ).rejects.toMatchObject({ fieldErrors: { prefectureCode: 'talent.validation.prefecture' } });
    await expect(
      addRegionTie({ db: handle.db, actor, input: { prefectureCode: '15', kind: 'owns_a_castle' } }),
    ).rejects.toMatchObject({ fieldErrors: { kind: 'talent.validation.tieKind' } });
    await addRegionTie({
      db: handle.db,
      actor,
      input: { prefectureCode: '20', municipality: '塩尻市', kind: 'visited' },
    });
    await expect(
      addRegionTie({
        db: handle.db,
        actor,
        input: { prefectureCode: '20', municipality: '202151', kind: 'visited' },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'talent.errors.duplicateTie' });
  });

  it('removes only the talent’s own tie', async () => {
    const actor = await newTalent();
    const other = await newTalent();
    await addRegionTie({ db: handle.db, actor, input: { prefectureCode: '33', kind: 'family' } });
    await expect(
      removeRegionTie({ db: handle.db, actor: other, regionCode: '33', kind: 'family' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await removeRegionTie({ db: handle.db, actor, regionCode: '33', kind: 'family' });
    expect((await getOwnTalentProfile({ db: handle.db, actor })).regionTies).toEqual([]);
  });
});

describe('replacing the whole profile (API document)', () => {
  it('saves every section and replaces the lists it is given, keeping the others', async () => {
    const talent = await buildTalent({
      db: handle.db,
      skills: [{ skill: 'python', level: 3 }],
      experiences: [{ organisation: '旧職場', role: '開発' }],
    });
    const actor = await actorFor(talent.id);
    await replaceTalentProfile({
      db: handle.db,
      actor,
      input: {
        familyName: '佐藤',
        givenName: '健',
        familyNameKana: 'サトウ',
        givenNameKana: 'ケン',
        visibility: 'applied_hosts',
        hoursPerWeek: 15,
        availableWeekdays: true,
        graduationYear: new Date().getFullYear() + 1,
        skills: [{ skill: 'typescript', level: 3 }],
        regionTies: [{ regionCode: '152021', kind: 'studied' }],
      },
    });
    const own = await getOwnTalentProfile({ db: handle.db, actor });
    expect(own.profile).toMatchObject({
      familyName: '佐藤',
      hoursPerWeek: 15,
      availableWeekdays: true,
      visibility: 'applied_hosts',
    });
    expect(own.skills).toEqual([{ skill: 'typescript', level: 3 }]);
    expect(own.regionTies).toEqual([{ regionCode: '152021', prefectureCode: '15', kind: 'studied' }]);
    expect(own.experiences.map((entry) => entry.organisation)).toEqual(['旧職場']);

    await expect(
      replaceTalentProfile({
        db: handle.db,
        actor,
        input: {
          familyName: '佐藤',
          givenName: '健',
          familyNameKana: 'Sato',
          givenNameKana: 'ケン',
          visibility: 'applied_hosts',
          regionTies: [{ regionCode: '999999', kind: 'studied' }],
        },
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { familyNameKana: 'talent.validation.kana' },
    });
  });
});

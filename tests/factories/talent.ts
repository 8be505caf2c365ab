import { randomUUID } from 'node:crypto';
import type { Db, DbOrTx } from '#src/db/client';
import { accounts, talentExperiences, talentProfiles, talentRegionTies, talentSkills } from '#src/db/schema';
import { hashPassword } from '#src/domain/accounts/password';
import { getMunicipality, getPrefecture, listMunicipalities } from '#src/domain/regions/data';
import type { SkillSlug } from '#src/domain/taxonomy/skills';
import type { WorkFieldId } from '#src/domain/taxonomy/fields';
import type { ProfileVisibility, RegionTieKind, TalentProfileInsert } from '#src/domain/talent/types';
import { buildAccount, DEFAULT_TEST_PASSWORD } from './accounts';

export type TalentProfileFields = Omit<TalentProfileInsert, 'accountId' | 'createdAt' | 'updatedAt'>;

export interface TalentSkillInput {
  skill: SkillSlug | string;
  level: number;
}

export interface TalentTieInput {
  /** Prefecture (2 digits) or municipality (6 digits) code. */
  regionCode: string;
  kind: RegionTieKind;
}

export interface TalentExperienceInput {
  organisation: string;
  role: string;
  startedOn?: string | null;
  endedOn?: string | null;
  description?: string;
}

/** The prefecture a tie belongs to: the code itself for a prefecture, the municipality's otherwise. */
export function tiePrefectureCode(regionCode: string): string {
  if (regionCode.length === 2) {
    if (!getPrefecture(regionCode)) throw new Error(`unknown prefecture code ${regionCode}`);
    return regionCode;
  }
  const municipality = getMunicipality(regionCode);
  if (!municipality) throw new Error(`unknown municipality code ${regionCode}`);
  return municipality.prefectureCode;
}

/**
 * A profile, skills, experiences and region ties for an existing account (four inserts at most).
 * Anything not given gets a plain, valid default; the profile row always exists.
 */
export async function addTalentProfile(options: {
  db: DbOrTx;
  accountId: string;
  displayName: string;
  profile?: Partial<TalentProfileFields>;
  visibility?: ProfileVisibility;
  hoursPerWeek?: number | null;
  fieldsOfInterest?: Array<WorkFieldId | string>;
  skills?: TalentSkillInput[];
  ties?: TalentTieInput[];
  experiences?: TalentExperienceInput[];
}) {
  const { db, accountId } = options;
  const [familyName = '試験', givenName = '太郎'] = options.displayName.split(/\s+/);
  const [profile] = await db
    .insert(talentProfiles)
    .values({
      familyName,
      givenName,
      familyNameKana: 'シケン',
      givenNameKana: 'タロウ',
      ...options.profile,
      ...(options.visibility ? { visibility: options.visibility } : {}),
      ...(options.hoursPerWeek !== undefined ? { hoursPerWeek: options.hoursPerWeek } : {}),
      ...(options.fieldsOfInterest ? { fieldsOfInterest: options.fieldsOfInterest } : {}),
      accountId,
    })
    .returning();
  if (options.skills?.length) {
    await db
      .insert(talentSkills)
      .values(options.skills.map((entry) => ({ accountId, skill: entry.skill, level: entry.level })));
  }
  if (options.ties?.length) {
    await db.insert(talentRegionTies).values(
      options.ties.map((tie) => ({
        accountId,
        regionCode: tie.regionCode,
        prefectureCode: tiePrefectureCode(tie.regionCode),
        kind: tie.kind,
      })),
    );
  }
  if (options.experiences?.length) {
    await db.insert(talentExperiences).values(
      options.experiences.map((entry) => ({
        accountId,
        organisation: entry.organisation,
        role: entry.role,
        startedOn: entry.startedOn ?? null,
        endedOn: entry.endedOn ?? null,
        description: entry.description ?? '',
      })),
    );
  }
  return profile!;
}

/** One talent account with a profile, skills, experiences and region ties (five inserts at most). */
export async function buildTalent(
  options: Omit<Parameters<typeof addTalentProfile>[0], 'accountId' | 'displayName' | 'db'> & {
    db: Db;
    email?: string;
    displayName?: string;
    password?: string;
  },
) {
  const { db } = options;
  const unique = randomUUID().slice(0, 8);
  const account = await buildAccount({
    db,
    email: options.email,
    displayName: options.displayName ?? `試験 太郎 ${unique}`,
    role: 'talent',
    password: options.password ?? DEFAULT_TEST_PASSWORD,
  });
  const profile = await addTalentProfile({
    ...options,
    accountId: account.id,
    displayName: account.displayName,
  });
  return { id: account.id, email: account.email, account, profile };
}

// ---------------------------------------------------------------------------------------------------------
// Bulk talent for scale tests, benchmarks and the demo directory.

/** mulberry32: a small, fast, seedable PRNG, so the same seed always yields the same people. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
    weighted: <T>(items: ReadonlyArray<readonly [T, number]>): T => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    /** `count` distinct items, in random order. */
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const chosen: T[] = [];
      while (chosen.length < count && pool.length > 0) {
        chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      }
      return chosen;
    },
  };
}
export type Random = ReturnType<typeof createRandom>;

/** Common family names (surname, katakana reading). */
export const FAMILY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'],
  ['佐々木', 'ササキ'],
  ['山口', 'ヤマグチ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['林', 'ハヤシ'],
  ['斎藤', 'サイトウ'],
  ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'],
  ['森', 'モリ'],
  ['池田', 'イケダ'],
  ['橋本', 'ハシモト'],
  ['阿部', 'アベ'],
  ['石川', 'イシカワ'],
  ['山下', 'ヤマシタ'],
  ['中島', 'ナカジマ'],
  ['石井', 'イシイ'],
  ['小川', 'オガワ'],
  ['前田', 'マエダ'],
  ['岡田', 'オカダ'],
  ['長谷川', 'ハセガワ'],
  ['藤田', 'フジタ'],
  ['後藤', 'ゴトウ'],
  ['近藤', 'コンドウ'],
  ['村上', 'ムラカミ'],
  ['遠藤', 'エンドウ'],
  ['青木', 'アオキ'],
  ['坂本', 'サカモト'],
  ['斉藤', 'サイトウ'],
  ['福田', 'フクダ'],
  ['太田', 'オオタ'],
  ['西村', 'ニシムラ'],
  ['藤井', 'フジイ'],
  ['金子', 'カネコ'],
  ['岡本', 'オカモト'],
  ['藤原', 'フジワラ'],
  ['中野', 'ナカノ'],
  ['三浦', 'ミウラ'],
  ['原田', 'ハラダ'],
  ['丸山', 'マルヤマ'],
  ['星野', 'ホシノ'],
  ['五十嵐', 'イガラシ'],
  ['小池', 'コイケ'],
];

/** Given names (name, katakana reading, gender). */
export const GIVEN_NAMES: ReadonlyArray<readonly [string, string, 'female' | 'male']> = [
  ['花子', 'ハナコ', 'female'],
  ['陽菜', 'ヒナ', 'female'],
  ['結衣', 'ユイ', 'female'],
  ['美咲', 'ミサキ', 'female'],
  ['さくら', 'サクラ', 'female'],
  ['葵', 'アオイ', 'female'],
  ['凛', 'リン', 'female'],
  ['真由美', 'マユミ', 'female'],
  ['恵子', 'ケイコ', 'female'],
  ['彩', 'アヤ', 'female'],
  ['奈々', 'ナナ', 'female'],
  ['優子', 'ユウコ', 'female'],
  ['千尋', 'チヒロ', 'female'],
  ['楓', 'カエデ', 'female'],
  ['明日香', 'アスカ', 'female'],
  ['里美', 'サトミ', 'female'],
  ['健', 'ケン', 'male'],
  ['翔太', 'ショウタ', 'male'],
  ['大輔', 'ダイスケ', 'male'],
  ['拓也', 'タクヤ', 'male'],
  ['蓮', 'レン', 'male'],
  ['悠真', 'ユウマ', 'male'],
  ['陽翔', 'ハルト', 'male'],
  ['直樹', 'ナオキ', 'male'],
  ['誠', 'マコト', 'male'],
  ['健太', 'ケンタ', 'male'],
  ['雄一', 'ユウイチ', 'male'],
  ['浩二', 'コウジ', 'male'],
  ['亮', 'リョウ', 'male'],
  ['修', 'オサム', 'male'],
  ['和也', 'カズヤ', 'male'],
  ['智之', 'トモユキ', 'male'],
];

interface Persona {
  fields: WorkFieldId[];
  skills: SkillSlug[];
  headlines: string[];
  work: string[];
  weight: number;
}

/** Kinds of people the seeds describe; skills and fields of interest come together. */
const PERSONAS: Persona[] = [
  {
    fields: ['programming', 'dx'],
    skills: ['typescript', 'javascript', 'python', 'react', 'sql', 'cloud', 'java', 'php', 'ai-ml'],
    headlines: ['Webエンジニア', 'バックエンドエンジニア', 'フルスタックエンジニア'],
    work: ['都内IT企業でWebサービス開発', 'SaaS企業でバックエンド開発', 'フリーランスエンジニア'],
    weight: 5,
  },
  {
    fields: ['marketing', 'promotion'],
    skills: ['digital-marketing', 'sns-marketing', 'branding', 'writing', 'pr', 'data-analysis'],
    headlines: ['マーケター', '広報・PR担当', 'SNS運用のプロ'],
    work: ['消費財メーカーでマーケティング', 'PR会社で広報支援', '事業会社でデジタル広告運用'],
    weight: 4,
  },
  {
    fields: ['design'],
    skills: ['ui-design', 'ux-research', 'graphic-design', 'video', 'branding'],
    headlines: ['UI/UXデザイナー', 'グラフィックデザイナー', '映像クリエイター'],
    work: ['制作会社でUIデザイン', 'フリーランスのデザイナー', '映像制作会社でディレクション'],
    weight: 3,
  },
  {
    fields: ['dx', 'automation', 'corporate'],
    skills: ['rpa', 'nocode', 'excel', 'general-affairs', 'accounting', 'project-management'],
    headlines: ['業務改善・RPA担当', 'バックオフィスのDX推進', 'ノーコード開発者'],
    work: ['地元企業で事務・経理', 'パート勤務(事務)', 'フリーランス(業務委託)'],
    weight: 3,
  },
  {
    fields: ['planning', 'sales', 'tourism'],
    skills: ['business-planning', 'sales', 'ecommerce', 'consulting', 'tourism', 'agriculture'],
    headlines: ['新規事業企画', '法人営業・販路開拓', '観光まちづくりプランナー'],
    work: ['商社で法人営業', '旅行会社で商品企画', 'コンサルティング会社勤務'],
    weight: 3,
  },
  {
    fields: ['disaster_prevention', 'community', 'education'],
    skills: [
      'public-policy',
      'disaster-management',
      'facilitation',
      'community-building',
      'project-management',
    ],
    headlines: ['防災・危機管理の専門家', 'ファシリテーター', 'コミュニティマネージャー'],
    work: ['防災コンサルタント', 'NPOでコミュニティ運営', '研修講師(独立)'],
    weight: 2,
  },
  {
    fields: ['hr', 'finance', 'corporate'],
    skills: ['hr-recruiting', 'accounting', 'legal', 'general-affairs', 'excel'],
    headlines: ['人事・採用担当', '経理・財務', '法務・総務'],
    work: ['IT企業で人事', 'メーカーで経理', '事業会社の法務部'],
    weight: 2,
  },
];

/** Where the platform's people have ties: the seed regions weigh more (Niigata, Nagano, Fukuoka, Okayama…). */
const TIE_PREFECTURES: ReadonlyArray<readonly [string, number]> = [
  ['15', 10],
  ['20', 7],
  ['40', 6],
  ['33', 6],
  ['04', 4],
  ['13', 4],
  ['07', 3],
  ['06', 3],
  ['05', 2],
  ['03', 2],
  ['02', 2],
  ['01', 2],
  ['16', 2],
  ['17', 2],
  ['19', 2],
  ['21', 2],
  ['22', 2],
  ['26', 2],
  ['34', 2],
  ['38', 2],
  ['46', 2],
  ['47', 2],
  ['08', 1],
  ['09', 1],
  ['10', 1],
  ['11', 1],
  ['12', 1],
  ['14', 1],
  ['18', 1],
  ['23', 1],
  ['24', 1],
  ['25', 1],
  ['27', 1],
  ['28', 1],
  ['29', 1],
  ['30', 1],
  ['31', 1],
  ['32', 1],
  ['35', 1],
  ['36', 1],
  ['37', 1],
  ['39', 1],
  ['41', 1],
  ['42', 1],
  ['43', 1],
  ['44', 1],
  ['45', 1],
];
const RESIDENCE_PREFECTURES: ReadonlyArray<readonly [string, number]> = [
  ['13', 30],
  ['14', 10],
  ['11', 6],
  ['12', 5],
  ['27', 6],
  ['23', 4],
  ['15', 5],
  ['20', 3],
  ['40', 4],
  ['33', 2],
  ['04', 2],
  ['01', 2],
  ['26', 2],
  ['28', 2],
  ['22', 1],
  ['34', 1],
];
const TIE_KINDS: ReadonlyArray<readonly [RegionTieKind, number]> = [
  ['hometown', 5],
  ['lived', 3],
  ['studied', 2],
  ['family', 3],
  ['visited', 4],
  ['wants_to_move', 3],
];

const municipalityCache = new Map<string, string[]>();
function municipalitiesOf(prefectureCode: string): string[] {
  let codes = municipalityCache.get(prefectureCode);
  if (!codes) {
    codes = listMunicipalities(prefectureCode)
      .filter((m) => m.kind !== 'ward')
      .map((m) => m.code);
    municipalityCache.set(prefectureCode, codes);
  }
  return codes;
}

const VISIBILITY_MIX: ReadonlyArray<readonly [ProfileVisibility, number]> = [
  ['open_to_scouting', 6],
  ['applied_hosts', 3],
  ['private', 1],
];

export interface BulkTalentOptions {
  db: Db;
  count: number;
  /** The same seed gives the same people (names, skills, ties, hours). */
  seed: number;
  /** E-mails are `<prefix>-<n>@<domain>`; the default prefix is unique per call. */
  emailPrefix?: string;
  emailDomain?: string;
  /** A precomputed Argon2 hash for every account (hashing is slow); defaults to one hash of the test password. */
  passwordHash?: string;
  /** One visibility for all, or the default mix (60% open to scouting, 30% applied hosts, 10% private). */
  visibility?: ProfileVisibility;
  /** Accounts' created_at spread evenly-at-random over this period (for reports over time). */
  createdBetween?: readonly [Date, Date];
  /** Rows per INSERT statement. */
  batchSize?: number;
}

export interface BulkTalent {
  id: string;
  email: string;
  displayName: string;
}

let defaultHash: Promise<string> | undefined;

/**
 * Many realistic talent in a handful of multi-row INSERTs (5,000 in a few seconds): Japanese names
 * with kana, skills weighted by the persona's field, ties to prefectures and municipalities, hours.
 */
export async function buildTalentsBulk(options: BulkTalentOptions): Promise<BulkTalent[]> {
  const { db, count } = options;
  const random = createRandom(options.seed);
  const prefix = options.emailPrefix ?? `talent-${options.seed}-${randomUUID().slice(0, 6)}`;
  const domain = options.emailDomain ?? 'example.test';
  defaultHash ??= hashPassword(DEFAULT_TEST_PASSWORD);
  const passwordHash = options.passwordHash ?? (await defaultHash);
  const batchSize = options.batchSize ?? 500;
  const thisYear = new Date().getFullYear();
  const created: BulkTalent[] = [];

  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const accountRows: Array<typeof accounts.$inferInsert> = [];
    const people: Array<{
      profile: Omit<TalentProfileFields, 'visibility'> & { visibility: ProfileVisibility };
      skills: TalentSkillInput[];
      ties: TalentTieInput[];
    }> = [];
    for (let i = 0; i < size; i++) {
      const n = start + i + 1;
      const [familyName, familyNameKana] = random.pick(FAMILY_NAMES);
      const [givenName, givenNameKana, gender] = random.pick(GIVEN_NAMES);
      const persona = random.weighted(PERSONAS.map((p) => [p, p.weight] as const));
      const isStudent = random.chance(0.15);
      const createdAt = options.createdBetween
        ? new Date(
            options.createdBetween[0].getTime() +
              random.next() * (options.createdBetween[1].getTime() - options.createdBetween[0].getTime()),
          )
        : undefined;
      accountRows.push({
        email: `${prefix}-${n}@${domain}`,
        passwordHash,
        displayName: `${familyName} ${givenName}`,
        role: 'talent',
        emailVerifiedAt: createdAt ?? new Date(),
        ...(createdAt ? { createdAt, updatedAt: createdAt } : {}),
      });
      const skills: TalentSkillInput[] = random.sample(persona.skills, random.int(2, 5)).map((skill) => ({
        skill,
        level: random.weighted<number>([
          [2, 2],
          [3, 4],
          [4, 3],
          [5, 1],
          [1, 1],
        ]),
      }));
      if (random.chance(0.25)) skills.push({ skill: 'english', level: random.int(2, 4) });
      const tieCount = random.int(1, 3);
      const ties: TalentTieInput[] = [];
      const seen = new Set<string>();
      for (let t = 0; t < tieCount; t++) {
        const prefectureCode = random.weighted(TIE_PREFECTURES);
        const municipalities = municipalitiesOf(prefectureCode);
        const regionCode =
          random.chance(0.6) && municipalities.length ? random.pick(municipalities) : prefectureCode;
        const kind = isStudent && t === 0 ? 'studied' : random.weighted(TIE_KINDS);
        const key = `${regionCode}:${kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ties.push({ regionCode, kind });
      }
      const hoursPerWeek = isStudent
        ? random.pick([10, 15, 20])
        : random.pick([4, 5, 8, 10, 10, 15, 20, 30, 40]);
      const weekendsOnly = !isStudent && random.chance(0.4);
      people.push({
        profile: {
          familyName,
          givenName,
          familyNameKana,
          givenNameKana,
          gender: random.chance(0.85) ? gender : 'prefer_not_to_say',
          birthYear: isStudent ? thisYear - random.int(19, 23) : thisYear - random.int(24, 58),
          prefectureCode: isStudent
            ? (ties[0]?.regionCode.slice(0, 2) ?? '15')
            : random.weighted(RESIDENCE_PREFECTURES),
          headline: isStudent ? '地方大学の学生' : random.pick(persona.headlines),
          currentWork: isStudent ? '大学在学中' : random.pick(persona.work),
          bio: '',
          fieldsOfInterest: random.sample(persona.fields, random.int(1, persona.fields.length)),
          tags: [],
          hoursPerWeek,
          availableWeekdays: isStudent || !weekendsOnly,
          availableWeekends: weekendsOnly || random.chance(0.5),
          availableFrom: null,
          preferredWorkStyle: random.weighted([
            ['remote', 6],
            ['hybrid', 3],
            ['onsite', 1],
          ] as const),
          compensationExpectation: isStudent
            ? random.pick([1200, 1500])
            : random.pick([3000, 4000, 5000, 100000, 200000]),
          compensationExpectationUnit: null,
          graduationYear: isStudent ? thisYear + random.int(0, 3) : null,
          visibility: options.visibility ?? random.weighted(VISIBILITY_MIX),
        },
        skills,
        ties,
      });
    }
    for (const person of people) {
      const amount = person.profile.compensationExpectation ?? 0;
      person.profile.compensationExpectationUnit = amount >= 100000 ? 'month' : 'hour';
    }

    const inserted = await db
      .insert(accounts)
      .values(accountRows)
      .returning({ id: accounts.id, email: accounts.email, displayName: accounts.displayName });
    await db.insert(talentProfiles).values(
      inserted.map((account, i) => ({
        ...people[i]!.profile,
        accountId: account.id,
        ...(accountRows[i]!.createdAt
          ? { createdAt: accountRows[i]!.createdAt, updatedAt: accountRows[i]!.createdAt }
          : {}),
      })),
    );
    const skillRows = inserted.flatMap((account, i) =>
      people[i]!.skills.map((entry) => ({ accountId: account.id, skill: entry.skill, level: entry.level })),
    );
    if (skillRows.length) await db.insert(talentSkills).values(skillRows);
    const tieRows = inserted.flatMap((account, i) =>
      people[i]!.ties.map((tie) => ({
        accountId: account.id,
        regionCode: tie.regionCode,
        prefectureCode: tiePrefectureCode(tie.regionCode),
        kind: tie.kind,
      })),
    );
    if (tieRows.length) await db.insert(talentRegionTies).values(tieRows);
    created.push(...inserted);
  }
  return created;
}

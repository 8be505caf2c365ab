import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts } from '#src/db/schema';
import { addTalentProfile, buildTalent } from '../../tests/factories/talent';
import { DEMO_PASSWORD } from './foundation';

type TalentSeed = Omit<Parameters<typeof addTalentProfile>[0], 'db' | 'accountId'> & { email: string };

const THIS_YEAR = new Date().getFullYear();

/** The two talent demo accounts created by the foundation seed (sign-in: see README). */
const demoAccountProfiles: TalentSeed[] = [
  {
    email: 'talent@tsunagu.example',
    displayName: '山田 花子',
    visibility: 'open_to_scouting',
    hoursPerWeek: 10,
    fieldsOfInterest: ['marketing', 'promotion', 'tourism'],
    profile: {
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      phone: '090-1234-5678',
      birthYear: 1990,
      gender: 'female',
      prefectureCode: '13',
      headline: '都内メーカーのマーケター。ふるさと新潟の仕事に副業で関わりたい',
      currentWork: '消費財メーカー(東京都)でデジタルマーケティングを担当',
      bio: '新潟県長岡市の出身です。大学進学で上京し、広告代理店を経て現在はメーカーで SNS とデジタル広告の運用を担当しています。\n週末を中心に、地元の企業や自治体のプロモーションをお手伝いしたいと考えています。将来は長岡との二拠点生活も視野に入れています。',
      tags: ['二拠点生活', '日本酒', 'Uターン検討'],
      availableWeekdays: false,
      availableWeekends: true,
      availableFrom: `${THIS_YEAR}-04-01`,
      preferredWorkStyle: 'hybrid',
      compensationExpectation: 4000,
      compensationExpectationUnit: 'hour',
    },
    skills: [
      { skill: 'digital-marketing', level: 4 },
      { skill: 'sns-marketing', level: 4 },
      { skill: 'branding', level: 3 },
      { skill: 'writing', level: 3 },
      { skill: 'data-analysis', level: 2 },
    ],
    experiences: [
      {
        organisation: '株式会社サンプル食品(デモ)',
        role: 'マーケティング部 デジタルマーケティング担当',
        startedOn: '2016-04-01',
        description: '自社ブランドの SNS 運用、デジタル広告の企画・運用、EC サイトの販促を担当。',
      },
      {
        organisation: '株式会社みらい広告社(デモ)',
        role: 'アカウントプランナー',
        startedOn: '2012-04-01',
        endedOn: '2016-03-01',
        description: '食品・飲料メーカーのプロモーション企画。',
      },
    ],
    ties: [
      { regionCode: '15', kind: 'hometown' },
      { regionCode: '152021', kind: 'wants_to_move' },
      { regionCode: '202151', kind: 'visited' },
    ],
  },
  {
    email: 'student@tsunagu.example',
    displayName: '佐藤 健',
    visibility: 'applied_hosts',
    hoursPerWeek: 15,
    fieldsOfInterest: ['programming', 'dx'],
    profile: {
      familyName: '佐藤',
      givenName: '健',
      familyNameKana: 'サトウ',
      givenNameKana: 'ケン',
      phone: '080-2345-6789',
      birthYear: 2005,
      gender: 'male',
      prefectureCode: '15',
      headline: '長岡市の大学生。地元に住みながら首都圏企業で働きたい',
      currentWork: '長岡市内の大学 工学部 情報系(3年)',
      bio: '長岡で情報工学を学んでいます。授業とサークルで Web アプリを作ってきました。卒業後も長岡に住みながら、首都圏の企業でエンジニアとして働くのが目標です。',
      tags: ['NAGAOKA WORKER', 'ハッカソン'],
      availableWeekdays: true,
      availableWeekends: true,
      preferredWorkStyle: 'remote',
      compensationExpectation: 1200,
      compensationExpectationUnit: 'hour',
      graduationYear: 2027,
    },
    skills: [
      { skill: 'python', level: 3 },
      { skill: 'javascript', level: 3 },
      { skill: 'typescript', level: 2 },
      { skill: 'react', level: 2 },
      { skill: 'sql', level: 2 },
    ],
    experiences: [
      {
        organisation: '大学プログラミングサークル',
        role: 'Web アプリ開発(学園祭の案内アプリ)',
        startedOn: '2024-04-01',
      },
    ],
    ties: [
      { regionCode: '152021', kind: 'studied' },
      { regionCode: '152021', kind: 'lived' },
    ],
  },
];

/** More talent for the directory, with the seeds' regions and fields. All invented. */
const directoryTalent: TalentSeed[] = [
  {
    email: 'shota.takahashi@talent.tsunagu.example',
    displayName: '高橋 翔太',
    visibility: 'open_to_scouting',
    hoursPerWeek: 8,
    fieldsOfInterest: ['programming', 'dx'],
    profile: {
      familyNameKana: 'タカハシ',
      givenNameKana: 'ショウタ',
      prefectureCode: '13',
      headline: 'SaaS 企業のフルスタックエンジニア。岡山の DX に関わりたい',
      currentWork: '都内 SaaS 企業でプロダクト開発',
      availableWeekends: true,
      preferredWorkStyle: 'remote',
      compensationExpectation: 5000,
      compensationExpectationUnit: 'hour',
    },
    skills: [
      { skill: 'typescript', level: 5 },
      { skill: 'react', level: 4 },
      { skill: 'cloud', level: 3 },
      { skill: 'dx-strategy', level: 3 },
    ],
    ties: [
      { regionCode: '33', kind: 'hometown' },
      { regionCode: '331007', kind: 'wants_to_move' },
    ],
  },
  {
    email: 'misaki.nakamura@talent.tsunagu.example',
    displayName: '中村 美咲',
    visibility: 'open_to_scouting',
    hoursPerWeek: 10,
    fieldsOfInterest: ['design', 'tourism'],
    profile: {
      familyNameKana: 'ナカムラ',
      givenNameKana: 'ミサキ',
      prefectureCode: '14',
      headline: 'UI/UX デザイナー。塩尻のワイナリーのブランドづくりに興味',
      currentWork: 'デザイン制作会社で UI デザイン',
      availableWeekdays: true,
      preferredWorkStyle: 'hybrid',
    },
    skills: [
      { skill: 'ui-design', level: 4 },
      { skill: 'ux-research', level: 3 },
      { skill: 'graphic-design', level: 4 },
      { skill: 'branding', level: 3 },
    ],
    ties: [
      { regionCode: '20', kind: 'lived' },
      { regionCode: '202151', kind: 'visited' },
    ],
  },
  {
    email: 'naoki.kobayashi@talent.tsunagu.example',
    displayName: '小林 直樹',
    visibility: 'open_to_scouting',
    hoursPerWeek: 8,
    fieldsOfInterest: ['disaster_prevention', 'community'],
    profile: {
      familyNameKana: 'コバヤシ',
      givenNameKana: 'ナオキ',
      prefectureCode: '27',
      headline: '防災コンサルタント。地域防災計画とワークショップ運営が専門',
      currentWork: '防災コンサルティング会社で自治体向け計画策定',
      availableWeekdays: true,
      availableWeekends: true,
      preferredWorkStyle: 'hybrid',
      compensationExpectation: 150000,
      compensationExpectationUnit: 'month',
    },
    skills: [
      { skill: 'disaster-management', level: 5 },
      { skill: 'public-policy', level: 4 },
      { skill: 'facilitation', level: 4 },
    ],
    ties: [
      { regionCode: '33', kind: 'hometown' },
      { regionCode: '331007', kind: 'family' },
    ],
  },
  {
    email: 'keiko.ito@talent.tsunagu.example',
    displayName: '伊藤 恵子',
    visibility: 'open_to_scouting',
    hoursPerWeek: 15,
    fieldsOfInterest: ['automation', 'dx', 'corporate'],
    profile: {
      familyNameKana: 'イトウ',
      givenNameKana: 'ケイコ',
      prefectureCode: '40',
      headline: '古賀市在住。事務の経験を活かして RPA・ノーコードを学び中',
      currentWork: '市内企業で経理・事務(パート)',
      availableWeekdays: true,
      preferredWorkStyle: 'remote',
      compensationExpectation: 1300,
      compensationExpectationUnit: 'hour',
    },
    skills: [
      { skill: 'excel', level: 4 },
      { skill: 'accounting', level: 3 },
      { skill: 'rpa', level: 2 },
      { skill: 'nocode', level: 2 },
    ],
    ties: [{ regionCode: '402231', kind: 'lived' }],
  },
  {
    email: 'daisuke.watanabe@talent.tsunagu.example',
    displayName: '渡辺 大輔',
    visibility: 'open_to_scouting',
    hoursPerWeek: 6,
    fieldsOfInterest: ['planning', 'sales', 'tourism'],
    profile: {
      familyNameKana: 'ワタナベ',
      givenNameKana: 'ダイスケ',
      prefectureCode: '13',
      headline: '商社で法人営業 15 年。地域産品の販路開拓を手伝いたい',
      currentWork: '総合商社 食品部門で法人営業',
      availableWeekends: true,
      preferredWorkStyle: 'remote',
    },
    skills: [
      { skill: 'sales', level: 5 },
      { skill: 'business-planning', level: 4 },
      { skill: 'ecommerce', level: 3 },
      { skill: 'english', level: 4 },
    ],
    ties: [
      { regionCode: '04', kind: 'hometown' },
      { regionCode: '15', kind: 'wants_to_move' },
    ],
  },
  {
    email: 'sakura.kato@talent.tsunagu.example',
    displayName: '加藤 さくら',
    visibility: 'open_to_scouting',
    hoursPerWeek: 10,
    fieldsOfInterest: ['promotion', 'marketing'],
    profile: {
      familyNameKana: 'カトウ',
      givenNameKana: 'サクラ',
      prefectureCode: '11',
      headline: '広報・PR の専門家。ふるさと長野の発信を手伝いたい',
      currentWork: 'PR 会社で広報支援',
      availableWeekdays: true,
      availableWeekends: true,
      preferredWorkStyle: 'remote',
    },
    skills: [
      { skill: 'pr', level: 4 },
      { skill: 'writing', level: 5 },
      { skill: 'sns-marketing', level: 3 },
    ],
    ties: [
      { regionCode: '20', kind: 'hometown' },
      { regionCode: '202151', kind: 'family' },
    ],
  },
  {
    email: 'takuya.yamamoto@talent.tsunagu.example',
    displayName: '山本 拓也',
    visibility: 'applied_hosts',
    hoursPerWeek: 10,
    fieldsOfInterest: ['dx', 'programming'],
    profile: {
      familyNameKana: 'ヤマモト',
      givenNameKana: 'タクヤ',
      prefectureCode: '13',
      headline: 'データアナリスト。長岡の大学出身',
      currentWork: 'IT 企業でデータ分析',
      availableWeekends: true,
      preferredWorkStyle: 'remote',
    },
    skills: [
      { skill: 'data-analysis', level: 5 },
      { skill: 'python', level: 4 },
      { skill: 'sql', level: 4 },
      { skill: 'ai-ml', level: 3 },
    ],
    ties: [
      { regionCode: '152021', kind: 'studied' },
      { regionCode: '15', kind: 'hometown' },
    ],
  },
  {
    email: 'aoi.yoshida@talent.tsunagu.example',
    displayName: '吉田 葵',
    visibility: 'open_to_scouting',
    hoursPerWeek: 10,
    fieldsOfInterest: ['automation', 'marketing'],
    profile: {
      familyNameKana: 'ヨシダ',
      givenNameKana: 'アオイ',
      prefectureCode: '40',
      headline: '福岡の大学生。ワーケーション型インターンに関心',
      currentWork: '大学 経済学部(4年)',
      availableWeekdays: true,
      preferredWorkStyle: 'hybrid',
      graduationYear: THIS_YEAR + 1,
    },
    skills: [
      { skill: 'sns-marketing', level: 3 },
      { skill: 'nocode', level: 2 },
    ],
    ties: [
      { regionCode: '40', kind: 'studied' },
      { regionCode: '402231', kind: 'visited' },
    ],
  },
];

/**
 * Talent profiles for the demo: complete profiles for the two talent demo accounts (created by the
 * foundation seed) and a handful more people for the talent directory. Runs after seedFoundation.
 */
export async function seedTalent(options: { db: Db }) {
  const { db } = options;
  for (const seed of demoAccountProfiles) {
    const [account] = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.email, seed.email));
    if (!account) throw new Error(`seedTalent: the foundation seed has no ${seed.email}`);
    await addTalentProfile({ ...seed, db, accountId: account.id });
  }
  for (const seed of directoryTalent) {
    await buildTalent({ ...seed, db, password: DEMO_PASSWORD });
  }
}

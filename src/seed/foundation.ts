import type { Db } from '#src/db/client';
import type { AccountRole, MembershipRole, OrganisationKind } from '#src/domain/accounts/actor';
import { addMember, buildAccount, buildOrganisation } from '../../tests/factories/accounts';
import type { DemoCredential } from './demo';

export const DEMO_PASSWORD = 'tsunagu-demo-2026';

interface OrganisationSeed {
  slug: string;
  name: string;
  nameEn: string;
  kind: OrganisationKind;
  prefectureCode: string;
  municipalityCode: string | null;
  description: string;
  websiteUrl?: string;
}

/**
 * The organisations of the five seed systems. Names not given in the sources (Shiojiri's six hosts,
 * Nagaoka's further endorsing companies, the student start-up) are invented and marked "(デモ)".
 */
export const demoOrganisations: OrganisationSeed[] = [
  {
    slug: 'nagaoka-city',
    name: '長岡市 商工部産業立地課',
    nameEn: 'Nagaoka City, Industrial Location Division',
    kind: 'municipality',
    prefectureCode: '15',
    municipalityCode: '152021',
    description:
      '長岡ワークモデル「NAGAOKA WORKER」を推進。首都圏企業の本社待遇で、長岡に住みながら完全リモートで働く新しい働き方を広げています。',
    websiteUrl: 'https://nagaoka-worker.jp/',
  },
  {
    slug: 'usen-next',
    name: '株式会社USEN-NEXT HOLDINGS',
    nameEn: 'USEN-NEXT HOLDINGS Co., Ltd.',
    kind: 'company',
    prefectureCode: '13',
    municipalityCode: '131091',
    description:
      '令和3年1月20日に長岡市と「長岡ワークモデルの推進に関する協定書」を締結。NAGAOKA WORKER の採用企業。',
  },
  {
    slug: 'demo-mirai-cloud',
    name: '株式会社ミライクラウド(デモ)',
    nameEn: 'Mirai Cloud Inc. (demo)',
    kind: 'company',
    prefectureCode: '13',
    municipalityCode: '131130',
    description: '長岡ワークモデル賛同企業。SaaS 開発を行う首都圏企業(デモデータ)。',
  },
  {
    slug: 'demo-design-works',
    name: '株式会社デザインワークス東京(デモ)',
    nameEn: 'Design Works Tokyo Inc. (demo)',
    kind: 'company',
    prefectureCode: '13',
    municipalityCode: '131032',
    description: '長岡ワークモデル賛同企業。UI/UX デザインを手がける(デモデータ)。',
  },
  {
    slug: 'demo-nagaoka-student-pmo',
    name: '株式会社ナガオカ学生ラボ(デモ)',
    nameEn: 'Nagaoka Student Lab Inc. (demo)',
    kind: 'company',
    prefectureCode: '15',
    municipalityCode: '152021',
    description: 'NAGAOKA WORKER キャリアトレーニング事業の PMO を担う学生スタートアップ(デモデータ)。',
  },
  {
    slug: 'shiojiri-city-promotion',
    name: '塩尻市シティプロモーション協議会',
    nameEn: 'Shiojiri City Promotion Council',
    kind: 'intermediary',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '「CAREER FOR」パートナー団体。塩尻市内の企業・団体の副業案件の受け入れを支援。',
  },
  {
    slug: 'persol-career',
    name: 'パーソルキャリア株式会社',
    nameEn: 'PERSOL CAREER CO., LTD.',
    kind: 'intermediary',
    prefectureCode: '13',
    municipalityCode: '131016',
    description:
      '「キャリアオーナーシップ リビングラボ」を運営。地方短期副業によるキャリアオーナーシップの変化を実証。',
  },
  {
    slug: 'career-for',
    name: '一般社団法人 地域・人材共創機構(CAREER FOR)',
    nameEn: 'CAREER FOR',
    kind: 'intermediary',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '地域に関わる働き方(ローカルキャリア)と新しい社会を探求するプロジェクトを運営。',
  },
  {
    slug: 'demo-shiojiri-wine',
    name: '塩尻ワイナリー合同会社(デモ)',
    nameEn: 'Shiojiri Winery LLC (demo)',
    kind: 'company',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '塩尻市の副業受け入れ企業(デモデータ)。',
  },
  {
    slug: 'demo-kiso-lacquer',
    name: '木曽漆器工房 株式会社(デモ)',
    nameEn: 'Kiso Lacquerware Studio (demo)',
    kind: 'company',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '塩尻市の副業受け入れ企業(デモデータ)。',
  },
  {
    slug: 'demo-shiojiri-precision',
    name: '塩尻精密工業 株式会社(デモ)',
    nameEn: 'Shiojiri Precision Industries (demo)',
    kind: 'company',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '塩尻市の副業受け入れ企業(デモデータ)。',
  },
  {
    slug: 'demo-shiojiri-npo',
    name: 'NPO法人 しおじり子育てネット(デモ)',
    nameEn: 'Shiojiri Parenting Network (demo)',
    kind: 'npo',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '塩尻市の副業受け入れ団体(デモデータ)。',
  },
  {
    slug: 'demo-narai-inn',
    name: '奈良井宿 まちづくり株式会社(デモ)',
    nameEn: 'Narai-juku Town Development (demo)',
    kind: 'company',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '塩尻市の副業受け入れ企業(デモデータ)。',
  },
  {
    slug: 'demo-shiojiri-farm',
    name: '信州高原ファーム 株式会社(デモ)',
    nameEn: 'Shinshu Highland Farm (demo)',
    kind: 'company',
    prefectureCode: '20',
    municipalityCode: '202151',
    description: '塩尻市の副業受け入れ企業(デモデータ)。',
  },
  {
    slug: 'koga-city',
    name: '古賀市',
    nameEn: 'Koga City',
    kind: 'municipality',
    prefectureCode: '40',
    municipalityCode: '402231',
    description: '雇用創出と所得の拡大を目指す「地方創生推進プロジェクト」を推進。',
  },
  {
    slug: 'salt',
    name: '株式会社SALT',
    nameEn: 'SALT Inc.',
    kind: 'company',
    prefectureCode: '40',
    municipalityCode: '402231',
    description: 'シェアオフィス「快生館」を提供。拠点フリー採用のイベント集客・企画・運営に協力。',
    websiteUrl: 'https://salt.today/',
  },
  {
    slug: 'persol-pt',
    name: 'パーソルプロセス&テクノロジー株式会社',
    nameEn: 'PERSOL PROCESS & TECHNOLOGY CO., LTD.',
    kind: 'training_provider',
    prefectureCode: '13',
    municipalityCode: '131083',
    description: 'RPA・ノーコード/ローコードのデジタル人材育成と、ワーケーション×拠点フリー採用を実施。',
  },
  {
    slug: 'okayama-city',
    name: '岡山市',
    nameEn: 'Okayama City',
    kind: 'municipality',
    prefectureCode: '33',
    municipalityCode: '331007',
    description: '副業・兼業人材を「戦略マネージャー」として登用。プロモーション、DX、地域防災の3分野。',
  },
  {
    slug: 'mirai-works',
    name: '株式会社みらいワークス',
    nameEn: 'Mirai Works Inc.',
    kind: 'intermediary',
    prefectureCode: '13',
    municipalityCode: '131032',
    description:
      'プロ人材採用・調達支援。登録者との面談でスキルを見極めて紹介し、登用後も継続的に面談を行う。',
    websiteUrl: 'https://www.mirai-works.co.jp/',
  },
  {
    slug: 'dual-life-tohoku-niigata',
    name: 'デュアルライフ東北・新潟 編集部',
    nameEn: 'Dual Life Tohoku & Niigata editorial team',
    kind: 'intermediary',
    prefectureCode: '04',
    municipalityCode: '041009',
    description:
      '二拠点生活・副業・兼業のためのポータル。お役立ちコラム、先輩デュアラーのインタビュー、副業・兼業サイトの紹介を発信。',
  },
];

interface PersonSeed {
  email: string;
  displayName: string;
  role: AccountRole;
  memberships: Array<{ slug: string; role: MembershipRole }>;
  description: string;
}

export const demoPeople: PersonSeed[] = [
  {
    email: 'admin@tsunagu.example',
    displayName: 'Tsunagu 運営管理者',
    role: 'admin',
    memberships: [],
    description: 'Platform admin: accounts, outbox',
  },
  {
    email: 'nagaoka@tsunagu.example',
    displayName: '長岡 産業立地課 担当',
    role: 'coordinator',
    memberships: [{ slug: 'nagaoka-city', role: 'owner' }],
    description: 'Coordinator, Nagaoka City (NAGAOKA WORKER)',
  },
  {
    email: 'okayama@tsunagu.example',
    displayName: '岡山市 戦略マネージャー担当',
    role: 'coordinator',
    memberships: [{ slug: 'okayama-city', role: 'owner' }],
    description: 'Coordinator, Okayama City (strategy managers)',
  },
  {
    email: 'miraiworks@tsunagu.example',
    displayName: 'みらいワークス 担当',
    role: 'coordinator',
    memberships: [{ slug: 'mirai-works', role: 'owner' }],
    description: 'Coordinator, Mirai Works (agency for Okayama)',
  },
  {
    email: 'shiojiri@tsunagu.example',
    displayName: '塩尻 シティプロモーション 担当',
    role: 'coordinator',
    memberships: [{ slug: 'shiojiri-city-promotion', role: 'owner' }],
    description: 'Coordinator, Shiojiri City Promotion Council',
  },
  {
    email: 'koga@tsunagu.example',
    displayName: '古賀市 担当',
    role: 'coordinator',
    memberships: [{ slug: 'koga-city', role: 'owner' }],
    description: 'Coordinator, Koga City',
  },
  {
    email: 'usen@tsunagu.example',
    displayName: 'USEN-NEXT 採用担当',
    role: 'host',
    memberships: [{ slug: 'usen-next', role: 'owner' }],
    description: 'Host member, USEN-NEXT HOLDINGS (Nagaoka endorsing company)',
  },
  {
    email: 'winery@tsunagu.example',
    displayName: '塩尻ワイナリー 担当',
    role: 'host',
    memberships: [{ slug: 'demo-shiojiri-wine', role: 'owner' }],
    description: 'Host member, a Shiojiri host organisation',
  },
  {
    email: 'persolpt@tsunagu.example',
    displayName: 'パーソルP&T 研修担当',
    role: 'host',
    memberships: [{ slug: 'persol-pt', role: 'owner' }],
    description: 'Host member, training provider in Koga',
  },
  {
    email: 'portal@tsunagu.example',
    displayName: 'デュアルライフ東北・新潟 編集',
    role: 'coordinator',
    memberships: [{ slug: 'dual-life-tohoku-niigata', role: 'owner' }],
    description: 'Editor, Tohoku–Niigata portal',
  },
  {
    email: 'talent@tsunagu.example',
    displayName: '山田 花子',
    role: 'talent',
    memberships: [],
    description: 'Talent: urban professional looking for a regional side job',
  },
  {
    email: 'student@tsunagu.example',
    displayName: '佐藤 健',
    role: 'talent',
    memberships: [],
    description: 'Talent: Nagaoka student (NAGAOKA WORKER candidate)',
  },
];

export async function seedFoundation(options: { db: Db }): Promise<DemoCredential[]> {
  const { db } = options;
  const organisationIdBySlug = new Map<string, string>();
  for (const seed of demoOrganisations) {
    const organisation = await buildOrganisation({ db, ...seed });
    organisationIdBySlug.set(seed.slug, organisation.id);
  }
  const credentials: DemoCredential[] = [];
  for (const person of demoPeople) {
    const account = await buildAccount({
      db,
      email: person.email,
      displayName: person.displayName,
      role: person.role,
      password: DEMO_PASSWORD,
    });
    for (const membership of person.memberships) {
      await addMember({
        db,
        organisationId: organisationIdBySlug.get(membership.slug)!,
        accountId: account.id,
        role: membership.role,
      });
    }
    credentials.push({
      role: person.role,
      email: person.email,
      password: DEMO_PASSWORD,
      description: person.description,
    });
  }
  return credentials;
}

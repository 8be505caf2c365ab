import { inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { type opportunities, organisations } from '#src/db/schema';
import { buildOpportunity } from '../../tests/factories/opportunities';

type OpportunityInsert = typeof opportunities.$inferInsert;

interface OpportunitySeed extends Omit<OpportunityInsert, 'organisationId' | 'programmeId' | 'slug'> {
  slug: string;
  organisation: string;
  programme: string;
}

const DAY = 86_400_000;
/** Open demo opportunities stay open for a while after the first start. */
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const jst = (dateTime: string) => new Date(`${dateTime}+09:00`);
const nextYear = new Date().getFullYear() + 1;

const NAGAOKA_GRADUATES =
  '長岡市内の大学・高専などを卒業予定の方、または卒業後に長岡市で暮らしながら働きたい方。勤務は長岡市内の自宅またはサテライトオフィス(USEN SQUARE NAGAOKA、NaDeC BASE など)から。';

const SHIOJIRI_COMMON =
  '\n\n【実施期間】2021年1月〜3月(約3か月)。週1回程度のオンライン定例と、期間中1回程度の塩尻訪問を想定しています。\n【説明会】個人向けオンライン説明会を2020年11月6日(金)・16日(月)に開催しました。\nこの実証では、参加前後でキャリアオーナーシップの変化を測定します。';

const SHIOJIRI_HOW =
  '転職サービス「doda」の特集ページ「長野県塩尻市 短期副業案件特集」から応募してください。書類選考の後、受け入れ団体とのオンライン面談を行います。';

const shiojiri = (
  organisation: string,
  slug: string,
  title: string,
  summary: string,
  description: string,
  extra: Partial<OpportunitySeed>,
): OpportunitySeed => ({
  slug,
  organisation,
  programme: 'shiojiri-local-side-jobs',
  kind: 'side_job',
  status: 'closed',
  title,
  summary,
  description: description + SHIOJIRI_COMMON,
  municipalityCodes: ['202151'],
  workStyle: 'hybrid',
  visitsPerMonth: 1,
  hoursPerWeekMin: 3,
  hoursPerWeekMax: 5,
  startsOn: '2021-01-04',
  endsOn: '2021-03-31',
  durationMonths: 3,
  compensationUnit: 'month',
  compensationMin: 30_000,
  compensationMax: 50_000,
  openings: 1,
  applicationsOpenAt: jst('2020-10-26T10:00'),
  applicationsCloseAt: jst('2020-11-30T23:59'),
  publishedAt: jst('2020-10-26T10:00'),
  closedAt: jst('2020-11-30T23:59'),
  howToApply: SHIOJIRI_HOW,
  tags: ['地方副業', 'ローカルキャリア', '長野県'],
  ...extra,
});

const okayama = (
  slug: string,
  title: string,
  field: string,
  summary: string,
  description: string,
  extra: Partial<OpportunitySeed>,
): OpportunitySeed => ({
  slug,
  organisation: 'okayama-city',
  programme: 'okayama-strategy-managers',
  kind: 'municipal_adviser',
  status: 'closed',
  title,
  summary,
  description:
    description +
    '\n\n直接市役所に来ていただくほか、Web会議も活用し、月に複数回、分野ごとの助言をいただきます。既存の行政の考え方や枠組みにとらわれない、柔軟で斬新なアイデアを期待しています。',
  municipalityCodes: ['331007'],
  workStyle: 'hybrid',
  visitsPerMonth: 2,
  durationMonths: 12,
  compensationUnit: 'month',
  compensationMin: 50_000,
  compensationMax: 100_000,
  fields: [field],
  applicationsOpenAt: jst('2020-06-19T09:00'),
  applicationsCloseAt: jst('2020-07-10T17:00'),
  publishedAt: jst('2020-06-19T09:00'),
  closedAt: jst('2020-07-10T17:00'),
  howToApply:
    '株式会社みらいワークスの人材サービスから応募してください。登録後、みらいワークスの担当者との面談でご経験とスキルを伺ったうえで、市にご紹介します。登用後も、市と戦略マネージャーの双方と継続的に面談を行います。',
  eligibility: { note: '副業・兼業として関われる方(本業の所属は問いません)。行政との協働経験は問いません。' },
  tags: ['戦略マネージャー', '副業・兼業', '自治体'],
  ...extra,
});

/** The seed systems' opportunities: open ones from Nagaoka and Koga, closed ones from Shiojiri and Okayama. */
export function demoOpportunities(): OpportunitySeed[] {
  return [
    {
      slug: 'nw-usen-admin',
      organisation: 'usen-next',
      programme: 'nagaoka-worker',
      kind: 'remote_hq',
      status: 'published',
      title: '本社管理部門スタッフ(完全リモート・本社待遇/長岡ワークモデル)',
      summary:
        '長岡で暮らしながら、USEN-NEXT HOLDINGS の本社管理系業務(経理・人事・総務)を完全リモートで担当します。待遇は東京本社勤務と同じです。',
      description:
        '長岡市と「長岡ワークモデルの推進に関する協定書」を結んだ当社で、NAGAOKA WORKER として本社管理部門の業務を担当していただきます。\n\n配属先は経理・人事・総務のいずれか。入社後はオンラインでの研修とOJTで業務を覚え、チャットとWeb会議でチームと連携します。勤務は長岡市内の自宅、または市内のコワーキングスペースから。本社への出社は求めません。\n\n給与・賞与・福利厚生は東京本社勤務の社員と同じ規定です。',
      municipalityCodes: ['152021'],
      workStyle: 'remote',
      hoursPerWeekMin: 40,
      hoursPerWeekMax: 40,
      compensationUnit: 'month',
      compensationMin: 230_000,
      compensationMax: 280_000,
      fields: ['corporate', 'finance', 'hr'],
      requiredSkills: ['excel'],
      preferredSkills: ['accounting', 'general-affairs', 'hr-recruiting'],
      eligibility: { graduationYear: nextYear, note: NAGAOKA_GRADUATES },
      openings: 3,
      applicationsOpenAt: daysFromNow(-20),
      publishedAt: daysFromNow(-20),
      howToApply:
        '応募フォームから履歴書と志望動機をお送りください。書類選考の後、オンラインで2回の面接を行います。長岡市内での会社説明会にもご参加いただけます。',
      tags: ['NAGAOKA WORKER', '完全リモート', '新卒'],
    },
    {
      slug: 'nw-mirai-engineer',
      organisation: 'demo-mirai-cloud',
      programme: 'nagaoka-worker',
      kind: 'remote_hq',
      status: 'published',
      title: 'Webアプリケーションエンジニア(完全リモート・本社待遇/長岡在住)',
      summary:
        '自社SaaSの開発チームで、TypeScript と React を使ったプログラミング業務を担当。長岡から完全リモートで、本社と同じ待遇で働けます。',
      description:
        '長岡ワークモデルに賛同する当社で、自社SaaSの機能開発を担当していただきます。設計レビューやペアプログラミングはすべてオンラインで行い、コードレビューの文化を大切にしています。\n\n入社後3か月はメンターがつき、当社の開発フローと品質基準を一緒に身につけます。勤務地は長岡市内の自宅またはサテライトオフィス。年に数回、任意参加の東京でのチームイベントがあります(交通費は会社負担)。',
      municipalityCodes: ['152021'],
      workStyle: 'remote',
      hoursPerWeekMin: 40,
      hoursPerWeekMax: 40,
      compensationUnit: 'month',
      compensationMin: 260_000,
      compensationMax: 350_000,
      fields: ['programming'],
      requiredSkills: ['javascript'],
      preferredSkills: ['typescript', 'react', 'sql', 'cloud'],
      eligibility: { graduationYear: nextYear, note: NAGAOKA_GRADUATES },
      openings: 2,
      applicationsOpenAt: daysFromNow(-14),
      publishedAt: daysFromNow(-14),
      howToApply:
        '応募フォームから、これまでに作ったもの(授業の課題や個人開発でも構いません)が分かる資料を添えてお申し込みください。オンラインでのコーディング面談と、最終面接を行います。',
      tags: ['NAGAOKA WORKER', 'エンジニア', '完全リモート'],
    },
    {
      slug: 'nw-design-uiux',
      organisation: 'demo-design-works',
      programme: 'nagaoka-worker',
      kind: 'remote_hq',
      status: 'published',
      title: 'UI/UXデザイナー(完全リモート・本社待遇/長岡ワークモデル)',
      summary:
        'Webサービスやアプリの画面設計、ユーザー調査を担当するデザイナーを募集。長岡に住みながら、東京のデザインチームの一員として働きます。',
      description:
        'クライアントのWebサービス・アプリのUI設計、プロトタイプ作成、ユーザーインタビューを担当します。プロジェクトは3〜4名のチームで進め、打ち合わせはすべてオンラインです。\n\nポートフォリオの作り方から相談に乗ります。デザインを学んだ学生、独学で制作を続けてきた方の応募も歓迎します。',
      municipalityCodes: ['152021'],
      workStyle: 'remote',
      hoursPerWeekMin: 40,
      hoursPerWeekMax: 40,
      compensationUnit: 'month',
      compensationMin: 240_000,
      compensationMax: 300_000,
      fields: ['design'],
      requiredSkills: ['ui-design'],
      preferredSkills: ['ux-research', 'graphic-design'],
      eligibility: { graduationYear: nextYear, note: NAGAOKA_GRADUATES },
      openings: 1,
      applicationsOpenAt: daysFromNow(-7),
      publishedAt: daysFromNow(-7),
      howToApply:
        '応募フォームからポートフォリオ(URLまたはPDF)をお送りください。オンラインで課題面談と面接を行います。',
      tags: ['NAGAOKA WORKER', 'デザイン', '完全リモート'],
    },
    {
      slug: 'nw-career-training',
      organisation: 'demo-nagaoka-student-pmo',
      programme: 'nagaoka-worker',
      kind: 'paid_internship',
      status: 'published',
      featuredAt: daysFromNow(-3),
      title: 'NAGAOKA WORKER キャリアトレーニング(有償オンラインインターン)',
      summary:
        '長岡ワークモデル賛同企業の実際のプロジェクトに、学生がオンラインで参加する有償インターンシップ。学生スタートアップがPMOとして伴走します。',
      description:
        '令和4年度に始まった「NAGAOKA WORKERキャリアトレーニング事業」のインターンシップです。学生スタートアップの当社がPMOとなってプロジェクトを立ち上げ、賛同企業の業務(開発、デザイン、マーケティング、管理業務など)にチームで取り組みます。\n\n週1回の定例で進捗を共有し、PMOのメンバーが困りごとの相談に乗ります。授業や研究と両立できるよう、稼働時間はチームで調整します。成果を出した方には、賛同企業への NAGAOKA WORKER としての就職の道も開かれています。',
      municipalityCodes: ['152021'],
      workStyle: 'remote',
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 15,
      durationMonths: 3,
      startsOn: daysFromNow(45).toISOString().slice(0, 10),
      compensationUnit: 'hour',
      compensationMin: 1_100,
      compensationMax: 1_300,
      fields: ['programming', 'design', 'marketing'],
      preferredSkills: ['project-management', 'javascript', 'ui-design', 'sns-marketing'],
      eligibility: { note: '長岡市内の大学・高専・専門学校に在学中の学生(学年・専攻は問いません)。' },
      openings: 10,
      applicationsOpenAt: daysFromNow(-5),
      applicationsCloseAt: daysFromNow(30),
      publishedAt: daysFromNow(-5),
      howToApply:
        '応募フォームから、参加したい分野と1週間に使える時間をお知らせください。PMOとのオンライン面談(30分)の後、チーム分けをご連絡します。',
      tags: ['NAGAOKA WORKER', 'インターン', '学生'],
    },
    shiojiri(
      'demo-shiojiri-wine',
      'sj-winery-ec',
      'ワイナリーのEC強化とファンづくり戦略(短期副業)',
      '塩尻のワイナリーが、オンライン販売とファンコミュニティづくりを一緒に考えてくれる副業人材を募集しました。',
      '桔梗ヶ原のぶどうで醸すワインを、もっと多くの人に届けたい。自社ECサイトの改善点の洗い出しと、購入者とのつながりを深める施策(メールマガジン、オンラインテイスティング会など)の企画をお願いしました。',
      {
        fields: ['marketing', 'sales'],
        requiredSkills: ['ecommerce'],
        preferredSkills: ['digital-marketing', 'sns-marketing'],
      },
    ),
    shiojiri(
      'demo-kiso-lacquer',
      'sj-lacquer-branding',
      '木曽漆器の海外向けブランディングと販路開拓(短期副業)',
      '伝統工芸・木曽漆器の工房が、海外の顧客に向けたブランドの伝え方と販路づくりを一緒に考える副業人材を募集しました。',
      '木曽平沢で受け継がれてきた漆器づくり。その価値を海外の方に伝えるためのブランドストーリーの整理と、越境ECや海外見本市などの販路の調査・優先順位づけをお願いしました。',
      {
        fields: ['promotion', 'sales'],
        requiredSkills: ['branding'],
        preferredSkills: ['english', 'ecommerce'],
      },
    ),
    shiojiri(
      'demo-shiojiri-precision',
      'sj-precision-dx',
      '製造現場の業務改善・データ活用プロジェクト(短期副業)',
      '精密部品メーカーが、紙とExcelで回している生産管理の見直しとデータ活用を進める副業人材を募集しました。',
      '受注から出荷までの情報が紙の帳票とExcelに分かれ、現場の入力負担が大きくなっています。業務フローの可視化と、改善の優先順位づけ、小さく始められるデータ活用の提案をお願いしました。',
      { fields: ['dx'], requiredSkills: ['data-analysis'], preferredSkills: ['excel', 'dx-strategy'] },
    ),
    shiojiri(
      'demo-shiojiri-npo',
      'sj-npo-pr',
      '子育て支援NPOの広報と寄付募集の仕組みづくり(短期副業)',
      '塩尻で子育て世帯を支えるNPOが、活動を伝える広報と、継続的な寄付につなげる仕組みづくりを担う副業人材を募集しました。',
      '子育てひろばや相談事業を続けるため、活動の発信と支援者づくりが課題です。ウェブサイトとSNSの発信計画の作成、寄付の導線の見直しをお願いしました。',
      {
        fields: ['promotion', 'community'],
        requiredSkills: ['pr'],
        preferredSkills: ['writing', 'sns-marketing'],
      },
    ),
    shiojiri(
      'demo-narai-inn',
      'sj-narai-tourism',
      '奈良井宿の観光プロモーションと宿泊企画(短期副業)',
      '中山道の宿場町・奈良井宿のまちづくり会社が、観光プロモーションと滞在型の宿泊プランを一緒に企画する副業人材を募集しました。',
      '日帰り客が中心の奈良井宿で、泊まって楽しむ人を増やしたい。ターゲットの整理、宿泊と体験を組み合わせたプランの企画、発信の計画づくりをお願いしました。',
      {
        fields: ['tourism', 'promotion'],
        requiredSkills: ['tourism'],
        preferredSkills: ['branding', 'writing'],
      },
    ),
    shiojiri(
      'demo-shiojiri-farm',
      'sj-farm-planning',
      '高原野菜の直販・6次産業化の事業計画づくり(短期副業)',
      '高原野菜を育てる農業法人が、直販と加工品づくりの事業計画を一緒に描く副業人材を募集しました。',
      '市場出荷中心の経営から、直販と加工品の販売へ広げたいと考えています。顧客像と販売チャネルの整理、収支計画の作成をお願いしました。',
      {
        fields: ['agriculture', 'planning'],
        requiredSkills: ['business-planning'],
        preferredSkills: ['agriculture', 'ecommerce'],
      },
    ),
    {
      slug: 'koga-digital-training',
      organisation: 'persol-pt',
      programme: 'koga-regional-revitalisation',
      kind: 'training_cohort',
      status: 'published',
      featuredAt: daysFromNow(-2),
      title: 'デジタル人材育成研修(RPA・ノーコード)から有償の案件参画へ',
      summary:
        '古賀市在住のアルバイト・フリーランスの方が、RPAやノーコードのツールを無償のライセンスで学び、研修後はパーソルP&Tの実案件に有償で参画します。',
      description:
        'パートナーシップ契約を結んでいるRPAやノーコード/ローコードの開発ツールのライセンスを無償で提供し、操作方法の研修を行います。研修の期間は選ぶコースと1日の受講時間によって変わり、1日8時間なら約1か月、1日2〜3時間なら約3か月が目安です。\n\n研修後はパーソルP&Tの案件に参画し、実際のお客様にツールを活用したサービスを提供します。給与は案件に参画した時点から発生します。\n\n案件の完了後は、習得したスキルの状況に応じて、継続して案件に関わる、正社員登用に挑戦する、個人事業主として独立するなど、自由にキャリアを選べます。研修と案件の拠点には、株式会社SALTのシェアオフィス「快生館」も使えます。',
      municipalityCodes: ['402231'],
      workStyle: 'hybrid',
      visitsPerMonth: 2,
      hoursPerWeekMin: 10,
      hoursPerWeekMax: 40,
      durationMonths: 3,
      compensationUnit: 'hour',
      compensationMin: 1_100,
      compensationMax: 1_500,
      fields: ['automation', 'dx'],
      requiredSkills: ['excel'],
      preferredSkills: ['rpa', 'nocode'],
      eligibility: {
        residentMunicipalityCodes: ['402231'],
        note: 'アルバイトやフリーランスで働いている方。プログラミングの経験は問いません。',
      },
      openings: 10,
      applicationsOpenAt: daysFromNow(-10),
      applicationsCloseAt: daysFromNow(40),
      publishedAt: daysFromNow(-10),
      howToApply:
        '応募フォームから、希望するコース(1か月集中/3か月)と1日に使える時間をお知らせください。オンライン説明会の後、面談で受講スケジュールを決めます。',
      tags: ['デジタル人材育成', 'RPA', 'ノーコード', '古賀市'],
    },
    {
      slug: 'koga-workcation-intern',
      organisation: 'persol-pt',
      programme: 'koga-regional-revitalisation',
      kind: 'workcation_internship',
      status: 'published',
      title: '古賀市ではたらくワーケーション体験型インターンシップ(拠点フリー採用)',
      summary:
        '地方に住み続けながら第一線で働きたい学生向け。古賀市に滞在してコンサルタントの仕事を体験し、拠点フリーでの採用を目指すインターンシップです。',
      description:
        '地方に居ながら社会人として第一線で活躍したい方、社会人になっても地方に住み続けたい方、地方創生ビジネスに興味がある方を対象に、古賀市に滞在してはたらくワーケーション体験型のインターンシップを行います。\n\nシェアオフィス「快生館」を拠点に、パーソルP&Tのコンサルタントと一緒に業務改善の提案づくりを体験します。豊かな自然に触れるプログラムもあります。最終的にはパーソルP&Tでの拠点フリー採用を目指し、採用後はバーチャル空間でのコミュニケーションや研修を予定しています。',
      municipalityCodes: ['402231'],
      workStyle: 'onsite',
      hoursPerWeekMin: 30,
      hoursPerWeekMax: 40,
      startsOn: daysFromNow(60).toISOString().slice(0, 10),
      endsOn: daysFromNow(64).toISOString().slice(0, 10),
      compensationUnit: 'none',
      fields: ['planning', 'dx'],
      preferredSkills: ['consulting', 'project-management'],
      eligibility: {
        graduationYear: nextYear,
        note: '地方創生ビジネスに興味がある学生。滞在中の交通費・宿泊費は当社が負担します。',
      },
      openings: 8,
      applicationsOpenAt: daysFromNow(-4),
      applicationsCloseAt: daysFromNow(35),
      publishedAt: daysFromNow(-4),
      howToApply: '応募フォームからエントリーしてください。オンライン面談の後、参加日程をご案内します。',
      tags: ['ワーケーション', 'インターン', '拠点フリー採用'],
    },
    okayama(
      'okayama-sm-promotion',
      '岡山市 戦略マネージャー(プロモーション分野)',
      'promotion',
      '岡山市の魅力の発信やシティプロモーションについて、民間の視点から助言する副業・兼業人材を募集しました。',
      '市の魅力を市内外に伝えるシティプロモーションの戦略、情報発信の方法について、専門的な知見から助言していただきます。',
      { requiredSkills: ['branding'], preferredSkills: ['pr', 'digital-marketing'], openings: 2 },
    ),
    okayama(
      'okayama-sm-dx',
      '岡山市 戦略マネージャー(DX分野)',
      'dx',
      '行政のデジタル化(DX)の推進について、民間の視点から助言する副業・兼業人材を募集しました。',
      '急速に進むデジタル化に対応し、行政サービスと市役所の業務をデジタルで変えていくための戦略や進め方について助言していただきます。',
      { requiredSkills: ['dx-strategy'], preferredSkills: ['project-management', 'ai-ml'], openings: 2 },
    ),
    okayama(
      'okayama-sm-disaster',
      '岡山市 戦略マネージャー(地域防災分野)',
      'disaster_prevention',
      '頻発する自然災害に備える地域防災について、専門的な知見から助言する副業・兼業人材を募集しました。',
      '地域での防災研修会の進め方への助言や、市民向けの研修会での講演など、地域の防災力を高める取り組みに関わっていただきます。',
      {
        requiredSkills: ['disaster-management'],
        preferredSkills: ['facilitation', 'community-building'],
        openings: 1,
      },
    ),
  ];
}

/** Creates the demo opportunities (with their search documents) in the seeded organisations and programmes. */
export async function seedOpportunities(options: {
  db: Db;
  programmeIds: Map<string, string>;
}): Promise<void> {
  const { db, programmeIds } = options;
  const seeds = demoOpportunities();
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(inArray(organisations.slug, [...new Set(seeds.map((seed) => seed.organisation))]));
  const organisationId = new Map(rows.map((row) => [row.slug, row.id]));
  for (const { organisation, programme, ...values } of seeds) {
    const ownerId = organisationId.get(organisation);
    const programmeId = programmeIds.get(programme);
    if (!ownerId || !programmeId) throw new Error(`Demo data for ${values.slug} is missing`);
    await buildOpportunity({
      db,
      requiredSkills: [],
      preferredSkills: [],
      visitsPerMonth: null,
      hoursPerWeekMin: null,
      hoursPerWeekMax: null,
      durationMonths: null,
      ...values,
      organisationId: ownerId,
      programmeId,
    });
  }
}

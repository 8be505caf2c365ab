// `npm run db:seed -- --scale N`: N synthetic but realistic published opportunities (and about N/50
// organisations) for benchmarks. Deterministic for a seed; a second run adds a further N.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { organisations } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import type { OpportunityKind, WorkStyle, CompensationUnit } from '#src/domain/opportunities/types';
import { getPrefecture, listMunicipalities, type Municipality } from '#src/domain/regions/data';
import { buildSearchRow, writeSearchRows, type SearchSource } from '#src/domain/search/search-document';
import type { WorkFieldId } from '#src/domain/taxonomy/fields';
import type { SkillSlug } from '#src/domain/taxonomy/skills';

/** Rows per multi-row INSERT, and rows per transaction. */
const INSERT_BATCH = 400;
const TRANSACTION_ROWS = 4_000;
/** From this many opportunities on, indexes are built once at the end instead of updated row by row. */
const REBUILD_INDEXES_FROM = 5_000;

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast, good enough for synthetic data, identical on every platform. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let r = next() * total;
    for (const [item, weight] of items) {
      r -= weight;
      if (r < 0) return item;
    }
    return items.at(-1)![0];
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, weighted, sample };
}
type Random = ReturnType<typeof createRandom>;

// ---------------------------------------------------------------------------------------------------------
// Phrase banks

interface Theme {
  field: WorkFieldId;
  /** Title stems: what the work is. */
  titles: string[];
  /** Concrete tasks, joined into the description. */
  tasks: string[];
  skills: SkillSlug[];
}

const THEMES: Theme[] = [
  {
    field: 'promotion',
    titles: [
      '観光パンフレットとWebサイトの刷新',
      '地域ブランドのPR戦略づくり',
      '移住促進サイトの記事制作',
      'イベント広報の企画と運営',
    ],
    tasks: [
      '広報計画の立案',
      'プレスリリースの作成',
      '取材記事の執筆',
      '写真・動画素材の撮影ディレクション',
      'メディアへのアプローチ',
    ],
    skills: ['pr', 'writing', 'branding', 'video'],
  },
  {
    field: 'dx',
    titles: [
      '紙の申請業務のデジタル化',
      'DX推進計画の策定支援',
      '基幹業務のクラウド移行支援',
      '受発注業務の電子化プロジェクト',
    ],
    tasks: [
      '現状業務の聞き取りと可視化',
      'ITツールの選定と導入支援',
      '社内研修の実施',
      'データ活用の仕組みづくり',
      '業務フローの再設計',
    ],
    skills: ['dx-strategy', 'project-management', 'cloud', 'data-analysis'],
  },
  {
    field: 'disaster_prevention',
    titles: [
      '地域防災計画の見直し',
      '避難所運営マニュアルの作成',
      '防災訓練プログラムの企画',
      '災害時の情報発信体制づくり',
    ],
    tasks: ['ハザード情報の整理', '自主防災組織へのヒアリング', '訓練シナリオの作成', '住民向け説明会の運営'],
    skills: ['disaster-management', 'public-policy', 'facilitation'],
  },
  {
    field: 'programming',
    titles: [
      '予約管理システムの開発',
      '在庫管理アプリの改修',
      '自社サイトのリニューアル開発',
      '社内向けWebアプリの保守開発',
    ],
    tasks: ['要件定義', '画面とAPIの実装', 'テストと運用設計', '既存システムの調査', 'ドキュメントの整備'],
    skills: ['typescript', 'javascript', 'react', 'python', 'php', 'sql', 'cloud'],
  },
  {
    field: 'design',
    titles: [
      'ECサイトのUI改善',
      '商品パッケージのデザイン刷新',
      '観光アプリのUXリサーチ',
      'ロゴとブランドガイドの制作',
    ],
    tasks: ['ユーザーインタビュー', 'ワイヤーフレームの作成', 'デザインカンプの制作', 'ユーザビリティテスト'],
    skills: ['ui-design', 'ux-research', 'graphic-design', 'branding'],
  },
  {
    field: 'corporate',
    titles: [
      'バックオフィス業務の効率化',
      '労務管理体制の整備',
      '社内規程の見直し支援',
      '総務業務のアウトソーシング設計',
    ],
    tasks: ['業務の棚卸し', '規程類の整備', 'マニュアル作成', '業務委託先との調整'],
    skills: ['general-affairs', 'legal', 'excel'],
  },
  {
    field: 'marketing',
    titles: [
      'SNS運用とデジタル広告の改善',
      'ふるさと納税返礼品の販促',
      '直営店の集客施策づくり',
      'オンラインショップの売上改善',
    ],
    tasks: ['SNSアカウントの運用', '広告の出稿と効果測定', '顧客データの分析', 'キャンペーンの企画'],
    skills: ['sns-marketing', 'digital-marketing', 'data-analysis', 'ecommerce'],
  },
  {
    field: 'sales',
    titles: [
      '首都圏への販路開拓',
      '海外輸出に向けた営業支援',
      '法人向け新商品の営業戦略',
      '百貨店催事への出展支援',
    ],
    tasks: ['ターゲット企業の選定', '商談資料の作成', '展示会での商談', '取引条件の交渉支援'],
    skills: ['sales', 'business-planning', 'english'],
  },
  {
    field: 'planning',
    titles: [
      '空き家を活用した新規事業の企画',
      '地域資源を生かした新商品開発',
      '新規事業の立ち上げ支援',
      'サテライトオフィス誘致の企画',
    ],
    tasks: ['市場調査', '事業計画の作成', '関係者との合意形成', '補助金の活用検討'],
    skills: ['business-planning', 'consulting', 'project-management'],
  },
  {
    field: 'hr',
    titles: [
      '採用ブランディングの強化',
      '若手人材の採用計画づくり',
      '人事評価制度の設計',
      'インターンシップ受入れ体制の整備',
    ],
    tasks: ['採用ページの改善', '面接プロセスの設計', '評価項目の策定', '社員インタビュー'],
    skills: ['hr-recruiting', 'writing', 'facilitation'],
  },
  {
    field: 'finance',
    titles: [
      '管理会計の導入支援',
      '補助金申請と資金計画の支援',
      '経理業務のクラウド化',
      '事業承継に向けた財務整理',
    ],
    tasks: ['月次決算の早期化', '資金繰り表の作成', '会計ソフトの導入', '金融機関との調整'],
    skills: ['accounting', 'excel', 'consulting'],
  },
  {
    field: 'tourism',
    titles: [
      'インバウンド向け体験プログラムの造成',
      '温泉街の周遊企画',
      '農泊の受入れ体制づくり',
      '観光案内所の多言語対応',
    ],
    tasks: ['観光資源の調査', 'モニターツアーの実施', '旅行会社との商談', '多言語の案内文作成'],
    skills: ['tourism', 'english', 'chinese', 'sns-marketing'],
  },
  {
    field: 'agriculture',
    titles: ['農産物の6次産業化', '直売所のEC展開', '果樹園のブランド化', '米の定期便サービスの立ち上げ'],
    tasks: ['加工品の企画', '販売チャネルの開拓', '生産者との調整', '商品ページの制作'],
    skills: ['agriculture', 'ecommerce', 'branding'],
  },
  {
    field: 'education',
    titles: [
      '高校生向けキャリア教育プログラム',
      '社員研修プログラムの設計',
      '地域の学び直し講座の企画',
      'オンライン学習教材の制作',
    ],
    tasks: ['カリキュラムの設計', '講師の手配', '教材の作成', '受講者アンケートの分析'],
    skills: ['facilitation', 'writing', 'project-management'],
  },
  {
    field: 'community',
    titles: [
      '商店街のにぎわいづくり',
      '移住者コミュニティの運営',
      '関係人口を増やす仕組みづくり',
      'コワーキングスペースの運営支援',
    ],
    tasks: ['住民ワークショップの運営', 'イベントの企画', 'SNSでの情報発信', '地域団体との連携'],
    skills: ['community-building', 'facilitation', 'sns-marketing'],
  },
  {
    field: 'automation',
    titles: [
      'RPAによる定型業務の自動化',
      'ノーコードでの業務アプリ作成',
      '表計算業務の自動化',
      '問い合わせ対応の効率化',
    ],
    tasks: [
      '自動化対象業務の選定',
      'RPAシナリオの作成',
      'ノーコードツールでのアプリ作成',
      '運用マニュアルの作成',
    ],
    skills: ['rpa', 'nocode', 'excel'],
  },
];

const INDUSTRIES = [
  { word: '酒造', business: '日本酒の醸造' },
  { word: '製菓', business: '和菓子の製造と販売' },
  { word: '精機', business: '精密部品の製造' },
  { word: '建設', business: '地域の建設業' },
  { word: '農園', business: '果樹と野菜の栽培' },
  { word: '旅館', business: '温泉旅館' },
  { word: '印刷', business: '印刷とデザイン' },
  { word: '運輸', business: '物流と倉庫' },
  { word: '食品', business: '地元食材の加工' },
  { word: '木工', business: '家具と木工品の製造' },
  { word: '米穀', business: '米の集荷と販売' },
  { word: 'テック', business: '地域企業向けのIT支援' },
  { word: '商事', business: '卸売と小売' },
  { word: '観光開発', business: '観光施設の運営' },
  { word: '水産', business: '水産物の加工と販売' },
];

const COMPANY_FORMS = ['株式会社{}', '{}株式会社', '有限会社{}', '合同会社{}'];
const NPO_NAMES = ['NPO法人{}まちづくりネット', 'NPO法人{}地域活性化センター', '一般社団法人{}観光推進機構'];
const TRAINING_NAMES = ['{}デジタル人材アカデミー', '{}キャリアスクール'];
const INTERMEDIARY_NAMES = ['{}地域人材サポート', '{}ワークデザイン協議会'];

const ADVISER_FIELDS = new Set<WorkFieldId>([
  'promotion',
  'dx',
  'disaster_prevention',
  'planning',
  'tourism',
  'community',
]);
const ADVISER_THEMES = THEMES.filter((theme) => ADVISER_FIELDS.has(theme.field));
const TRAINING_FIELDS = new Set<WorkFieldId>(['automation', 'dx', 'programming', 'design', 'marketing']);
const TRAINING_THEMES = THEMES.filter((theme) => TRAINING_FIELDS.has(theme.field));

const KINDS: (readonly [OpportunityKind, number])[] = [
  ['side_job', 42],
  ['remote_hq', 14],
  ['paid_internship', 12],
  ['workcation_internship', 6],
  ['training_cohort', 10],
  ['municipal_adviser', 16],
];

const TITLE_PREFIX: Record<OpportunityKind, string[]> = {
  side_job: ['', '', '', '【週末OK】', '【オンライン中心】', '【短期】'],
  remote_hq: ['【フルリモート】', '【本社待遇】', ''],
  paid_internship: ['【有給インターン】', '【学生歓迎】', ''],
  workcation_internship: ['【ワーケーション】', '【滞在型インターン】'],
  training_cohort: ['【研修から実務へ】', '【未経験歓迎】', ''],
  municipal_adviser: ['【戦略マネージャー】', '【外部人材】', ''],
};

const TITLE_SUFFIX: Record<OpportunityKind, string[]> = {
  side_job: ['プロジェクト', 'のサポート', 'を一緒に進める方', '担当'],
  remote_hq: ['のエンジニア', 'の担当者', '(正社員)', 'のメンバー'],
  paid_internship: ['インターン', 'の学生スタッフ', 'インターンシップ'],
  workcation_internship: ['インターン', 'の滞在型インターン'],
  training_cohort: ['人材育成プログラム', '実践研修コース', '研修生'],
  municipal_adviser: ['アドバイザー', '戦略マネージャー', '推進アドバイザー'],
};

const BACKGROUNDS = [
  '人口減少と高齢化が進む中、',
  '後継者不足が課題となる中、',
  'コロナ禍で事業環境が大きく変わり、',
  '首都圏とのつながりを広げるため、',
  '地域の魅力をより多くの人に届けるため、',
  '若い世代が地元で働ける場を増やすため、',
];

const APPEALS = [
  '地元の食や自然を楽しみながら働けます。',
  '経営者と直接やり取りしながら進められます。',
  '成果は地域の取り組みとして発信していきます。',
  '活動後も継続的に関わっていただける方を歓迎します。',
  '地域の方々との交流の機会もあります。',
  'コワーキングスペースも利用できます。',
];

const TAGS = [
  '未経験歓迎',
  '週1日から',
  'オンライン面談',
  '交通費支給',
  '学生歓迎',
  '土日のみ可',
  '英語を使う',
  '移住相談可',
];

// ---------------------------------------------------------------------------------------------------------
// Places

interface Place {
  municipality: Municipality;
  /** 長岡市 → 長岡, for names such as 長岡酒造. */
  stem: string;
}

function placesFor(): { regional: (readonly [Place, number])[]; metropolitan: Place[] } {
  const metropolitanPrefectures = new Set(['11', '12', '13', '14', '23', '27']);
  const regional: (readonly [Place, number])[] = [];
  const metropolitan: Place[] = [];
  for (const municipality of listMunicipalities()) {
    if (municipality.kind === 'ward') continue;
    const stem = municipality.name.replace(/[市町村区]$/u, '') || municipality.name;
    const place = { municipality, stem };
    if (
      municipality.kind === 'special_ward' ||
      (municipality.kind === 'designated_city' && metropolitanPrefectures.has(municipality.prefectureCode))
    ) {
      metropolitan.push(place);
      continue;
    }
    const base = { city: 5, designated_city: 3, town: 1, village: 0.4, special_ward: 0, ward: 0 }[
      municipality.kind
    ];
    regional.push([place, metropolitanPrefectures.has(municipality.prefectureCode) ? base * 0.4 : base]);
  }
  return { regional, metropolitan };
}

// ---------------------------------------------------------------------------------------------------------
// Generation

interface GeneratedOrganisation {
  slug: string;
  name: string;
  kind: 'municipality' | 'company' | 'npo' | 'training_provider' | 'intermediary';
  place: Place;
  business: string;
  description: string;
}

function fill(template: string, value: string): string {
  return template.replace('{}', value);
}

function generateOrganisation(
  random: Random,
  index: number,
  prefix: string,
  places: ReturnType<typeof placesFor>,
): GeneratedOrganisation {
  const kind = random.weighted([
    ['company', 70],
    ['municipality', 10],
    ['npo', 8],
    ['training_provider', 5],
    ['intermediary', 7],
  ] as const);
  const place =
    kind === 'company' && random.chance(0.12)
      ? random.pick(places.metropolitan)
      : random.weighted(places.regional);
  const prefecture = getPrefecture(place.municipality.prefectureCode)!;
  const industry = random.pick(INDUSTRIES);
  const name = (() => {
    switch (kind) {
      case 'company':
        return fill(random.pick(COMPANY_FORMS), `${place.stem}${industry.word}`);
      case 'municipality':
        return place.municipality.name;
      case 'npo':
        return fill(random.pick(NPO_NAMES), place.stem);
      case 'training_provider':
        return fill(random.pick(TRAINING_NAMES), place.stem);
      case 'intermediary':
        return fill(random.pick(INTERMEDIARY_NAMES), prefecture.name.replace(/[都府県]$/u, ''));
    }
  })();
  const business =
    kind === 'company'
      ? industry.business
      : {
          municipality: '行政',
          npo: 'まちづくり',
          training_provider: '人材育成',
          intermediary: '人材マッチング',
        }[kind];
  const description = `${prefecture.name}${place.municipality.name}で${business}に取り組む${
    kind === 'municipality' ? '自治体' : kind === 'company' ? '会社' : '団体'
  }です。`;
  return { slug: `${prefix}-org-${index}`, name, kind, place, business, description };
}

function compensation(
  random: Random,
  kind: OpportunityKind,
): { unit: CompensationUnit; min: number | null; max: number | null } {
  const round = (value: number, step: number) => Math.round(value / step) * step;
  const range = (unit: CompensationUnit, low: number, high: number, step: number) => {
    const min = round(low + random.next() * (high - low), step);
    const max = random.chance(0.6) ? round(min * (1.2 + random.next() * 0.5), step) : null;
    return { unit, min, max };
  };
  switch (kind) {
    case 'side_job':
      return random.weighted([
        [() => range('hour', 1500, 5000, 100), 40],
        [() => range('month', 30_000, 150_000, 5_000), 40],
        [() => range('project', 100_000, 500_000, 10_000), 20],
      ] as const)();
    case 'remote_hq':
      return range('month', 250_000, 600_000, 10_000);
    case 'paid_internship':
      return range('hour', 1000, 1600, 50);
    case 'workcation_internship':
      return random.chance(0.5) ? range('hour', 1000, 1400, 50) : range('project', 30_000, 100_000, 5_000);
    case 'training_cohort':
      return random.chance(0.5) ? { unit: 'none', min: null, max: null } : range('hour', 1000, 1800, 50);
    case 'municipal_adviser':
      return random.chance(0.6) ? range('month', 30_000, 200_000, 5_000) : range('hour', 3000, 6000, 500);
  }
}

function hours(random: Random, kind: OpportunityKind): [number | null, number | null] {
  switch (kind) {
    case 'side_job':
      return random.chance(0.85) ? [random.int(2, 5), random.int(6, 20)] : [null, null];
    case 'remote_hq':
      return [random.pick([30, 35, 40]), 40];
    case 'paid_internship':
    case 'workcation_internship':
      return [random.int(8, 15), random.int(16, 30)];
    case 'training_cohort':
      return random.chance(0.5) ? [10, 15] : [30, 40];
    case 'municipal_adviser':
      return random.chance(0.8) ? [null, random.int(4, 10)] : [null, null];
  }
}

function durationMonths(random: Random, kind: OpportunityKind): number | null {
  switch (kind) {
    case 'side_job':
      return random.chance(0.8) ? random.pick([1, 2, 3, 3, 6, 6, 12]) : null;
    case 'remote_hq':
      return null;
    case 'paid_internship':
      return random.pick([1, 2, 3, 6]);
    case 'workcation_internship':
      return random.pick([1, 1, 2]);
    case 'training_cohort':
      return random.pick([1, 3]);
    case 'municipal_adviser':
      return random.pick([6, 12, 12, 24]);
  }
}

function workStyle(random: Random, kind: OpportunityKind): WorkStyle {
  switch (kind) {
    case 'remote_hq':
      return 'remote';
    case 'municipal_adviser':
      return random.weighted([
        ['hybrid', 70],
        ['onsite', 20],
        ['remote', 10],
      ] as const);
    case 'workcation_internship':
      return 'onsite';
    default:
      return random.weighted([
        ['remote', 45],
        ['hybrid', 35],
        ['onsite', 20],
      ] as const);
  }
}

const SIDE_JOB_WORDS = ['副業', '兼業', '複業', '副業・兼業'];

function describe(
  random: Random,
  kind: OpportunityKind,
  organisation: GeneratedOrganisation,
  theme: Theme,
  stem: string,
  style: WorkStyle,
  visits: number | null,
  hoursMax: number | null,
): { title: string; summary: string; description: string } {
  const place = organisation.place.municipality.name;
  const prefecture = getPrefecture(organisation.place.municipality.prefectureCode)!.name;
  const mentionsPlace = random.chance(0.35);
  const mentionsSideJob =
    (kind === 'side_job' && random.chance(0.07)) || (kind === 'municipal_adviser' && random.chance(0.1));
  const prefix = random.pick(TITLE_PREFIX[kind]);
  const title = `${prefix}${mentionsPlace ? `${place}の` : ''}${stem}${random.pick(TITLE_SUFFIX[kind])}`;
  const tasks = random.sample(theme.tasks, 2);
  const styleText =
    style === 'remote'
      ? 'オンラインで完結するため、全国どこからでも参加できます。'
      : style === 'hybrid'
        ? `基本はオンラインで、月${visits ?? 1}回程度${place}にお越しいただきます。`
        : `${prefecture}${place}の現地での活動が中心です。`;
  const hoursText = hoursMax ? `週${hoursMax}時間程度までの関わり方を想定しています。` : '';
  const kindText: Record<OpportunityKind, string> = {
    side_job: mentionsSideJob
      ? `本業をお持ちの方の${random.pick(SIDE_JOB_WORDS)}での参加を歓迎します。`
      : '本業と両立しながら関わっていただけます。',
    remote_hq: '首都圏の本社と同じ給与・待遇で、地元に住みながら働けます。',
    paid_internship: '大学生・大学院生を対象とした有給のインターンです。',
    workcation_internship: '地域に滞在しながら、実際の業務に取り組むインターンです。',
    training_cohort: 'まず研修でスキルを身につけ、修了後は実際のプロジェクトに報酬付きで参加します。',
    municipal_adviser: mentionsSideJob
      ? `${random.pick(SIDE_JOB_WORDS)}の専門人材として、市の施策に助言していただきます。`
      : '外部の専門人材として、施策の企画と実行に助言していただきます。',
  };
  const summary = `${organisation.name}で${stem}に取り組んでいただきます。`;
  const description = [
    organisation.description,
    `${random.pick(BACKGROUNDS)}${stem}に取り組むことになりました。`,
    `具体的には${tasks.join('や')}などをお任せします。`,
    kindText[kind],
    styleText,
    hoursText,
    random.pick(APPEALS),
  ]
    .filter(Boolean)
    .join('');
  return { title, summary, description };
}

/**
 * Drops the tables' indexes that no constraint needs (keys and unique constraints stay) and returns their
 * definitions, so a bulk load does not update them row by row.
 */
async function dropSecondaryIndexes(db: DbOrTx, tables: readonly string[]): Promise<string[]> {
  const indexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select i.indexname as name, i.indexdef as definition
        from pg_indexes i
        where i.schemaname = current_schema() and i.tablename in ${tables}
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const index of indexes) await db.execute(sql`drop index if exists ${sql.identifier(index.name)}`);
  return indexes.map((index) => index.definition);
}

async function recreateIndexes(db: DbOrTx, definitions: readonly string[]): Promise<void> {
  if (definitions.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    for (const definition of definitions) await tx.execute(sql.raw(definition));
  });
}

function dateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface OpportunityJson {
  id: string;
  slug: string;
  organisation_id: string;
  kind: OpportunityKind;
  status: 'published';
  title: string;
  summary: string;
  description: string;
  prefecture_codes: string[];
  municipality_codes: string[];
  work_style: WorkStyle;
  visits_per_month: number | null;
  hours_per_week_min: number | null;
  hours_per_week_max: number | null;
  starts_on: string;
  ends_on: string | null;
  duration_months: number | null;
  compensation_unit: CompensationUnit;
  compensation_min: number | null;
  compensation_max: number | null;
  fields: string[];
  required_skills: string[];
  preferred_skills: string[];
  tags: string[];
  openings: number;
  applications_close_at: string | null;
  languages: string[];
  how_to_apply: string;
  published_at: string;
  created_at: string;
  updated_at: string;
}

/** A version-4-shaped UUID from the generator, so ids are the same for the same seed. */
function randomUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function generateOpportunity(
  random: Random,
  context: {
    slug: string;
    organisation: GeneratedOrganisation;
    organisationId: string;
    places: ReturnType<typeof placesFor>;
    now: number;
    day: number;
  },
): OpportunityJson {
  const { organisation, places, now, day } = context;
  const kind: OpportunityKind =
    organisation.kind === 'municipality'
      ? random.weighted([
          ['municipal_adviser', 70],
          ['side_job', 20],
          ['paid_internship', 10],
        ] as const)
      : organisation.kind === 'training_provider'
        ? random.weighted([
            ['training_cohort', 80],
            ['paid_internship', 20],
          ] as const)
        : random.weighted(KINDS);
  const theme =
    kind === 'municipal_adviser'
      ? random.pick(ADVISER_THEMES)
      : kind === 'training_cohort'
        ? random.pick(TRAINING_THEMES)
        : random.pick(THEMES);
  const stem = random.pick(theme.titles);
  const style = workStyle(random, kind);
  const visits = style === 'hybrid' ? random.int(1, 4) : null;
  const [hoursMin, hoursMax] = hours(random, kind);
  const pay = compensation(random, kind);
  const text = describe(random, kind, organisation, theme, stem, style, visits, hoursMax);
  const secondField = random.chance(0.3) ? random.pick(THEMES).field : null;
  const fields = [...new Set([theme.field, ...(secondField ? [secondField] : [])])];
  const skills = random.sample(theme.skills, random.int(1, Math.min(3, theme.skills.length)));
  const publishedAt = new Date(now - random.int(0, 365) * day - random.int(0, day - 1));
  const closesAt = random.chance(0.75) ? new Date(publishedAt.getTime() + random.int(14, 120) * day) : null;
  const months = durationMonths(random, kind);
  const startsOn = new Date(publishedAt.getTime() + random.int(20, 60) * day);
  const municipality =
    organisation.place.municipality.kind === 'special_ward' && kind === 'remote_hq'
      ? random.weighted(places.regional).municipality
      : organisation.place.municipality;
  return {
    id: randomUuid(random),
    slug: context.slug,
    organisation_id: context.organisationId,
    kind,
    status: 'published',
    title: text.title,
    summary: text.summary,
    description: text.description,
    prefecture_codes: [municipality.prefectureCode],
    municipality_codes: [municipality.code],
    work_style: style,
    visits_per_month: visits,
    hours_per_week_min: hoursMin,
    hours_per_week_max: hoursMax,
    starts_on: dateOnly(startsOn),
    ends_on: months ? dateOnly(new Date(startsOn.getTime() + months * 30 * day)) : null,
    duration_months: months,
    compensation_unit: pay.unit,
    compensation_min: pay.min,
    compensation_max: pay.max,
    fields,
    required_skills: skills.slice(0, 1),
    preferred_skills: skills.slice(1),
    tags: random.sample(TAGS, random.int(0, 2)),
    openings: random.int(1, 3),
    applications_close_at: closesAt ? closesAt.toISOString() : null,
    languages: random.chance(0.08) ? ['ja', 'en'] : ['ja'],
    how_to_apply: 'Tsunaguの応募フォームからご応募ください。',
    published_at: publishedAt.toISOString(),
    created_at: publishedAt.toISOString(),
    updated_at: publishedAt.toISOString(),
  };
}

function toSearchSource(row: OpportunityJson, organisationName: string): SearchSource {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    status: row.status,
    kind: row.kind,
    workStyle: row.work_style,
    title: row.title,
    summary: row.summary,
    description: row.description,
    prefectureCodes: row.prefecture_codes,
    municipalityCodes: row.municipality_codes,
    fields: row.fields,
    requiredSkills: row.required_skills,
    preferredSkills: row.preferred_skills,
    tags: row.tags,
    compensationUnit: row.compensation_unit,
    compensationMin: row.compensation_min,
    compensationMax: row.compensation_max,
    hoursPerWeekMin: row.hours_per_week_min,
    hoursPerWeekMax: row.hours_per_week_max,
    durationMonths: row.duration_months,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    publishedAt: new Date(row.published_at),
    createdAt: new Date(row.created_at),
    applicationsCloseAt: row.applications_close_at ? new Date(row.applications_close_at) : null,
    organisationName,
    organisationNameEn: null,
    programmeName: null,
  };
}

/**
 * Adds `opportunities` published opportunities and about a fiftieth as many organisations, spread over real
 * municipalities (weighted towards regional cities), with text assembled from phrase banks per field and
 * kind so that word frequencies are realistic (副業 in a few percent of listings; a place name only where the
 * work is). Deterministic for a seed. Builds their search documents at the end.
 */
export async function generateScaleData(options: {
  db: DbOrTx;
  opportunities: number;
  seed: number;
}): Promise<void> {
  const { db } = options;
  const total = Math.max(0, Math.trunc(options.opportunities));
  if (total === 0) return;
  const prefix = `scale-${options.seed}`;
  const [{ existing } = { existing: 0 }] = await queryRows<{ existing: number | string }>(
    db,
    sql`select count(*) as existing from organisations where slug like ${`${prefix}-org-%`}`,
  );
  const orgOffset = Number(existing);
  const random = createRandom(options.seed * 7919 + orgOffset);
  const places = placesFor();
  const organisationCount = Math.max(5, Math.round(total / 50));
  const generatedOrgs = Array.from({ length: organisationCount }, (_, i) =>
    generateOrganisation(random, orgOffset + i, prefix, places),
  );

  const orgIds: string[] = [];
  for (let start = 0; start < generatedOrgs.length; start += INSERT_BATCH) {
    const rows = await db
      .insert(organisations)
      .values(
        generatedOrgs.slice(start, start + INSERT_BATCH).map((org) => ({
          slug: org.slug,
          name: org.name,
          kind: org.kind,
          prefectureCode: org.place.municipality.prefectureCode,
          municipalityCode: org.place.municipality.code,
          description: org.description,
        })),
      )
      .returning({ id: organisations.id });
    orgIds.push(...rows.map((row) => row.id));
  }

  const now = Date.now();
  const day = 86_400_000;
  const dropped =
    total >= REBUILD_INDEXES_FROM
      ? await dropSecondaryIndexes(db, ['opportunities', 'opportunity_search'])
      : [];
  try {
    for (let chunk = 0; chunk < total; chunk += TRANSACTION_ROWS) {
      const chunkSize = Math.min(TRANSACTION_ROWS, total - chunk);
      await db.transaction(async (tx) => {
        for (let start = 0; start < chunkSize; start += INSERT_BATCH) {
          const rows: OpportunityJson[] = [];
          const sources: SearchSource[] = [];
          for (let i = start; i < Math.min(start + INSERT_BATCH, chunkSize); i += 1) {
            const orgIndex = random.int(0, generatedOrgs.length - 1);
            const organisation = generatedOrgs[orgIndex]!;
            const row = generateOpportunity(random, {
              slug: `${prefix}-${orgOffset}-${chunk + i}`,
              organisation,
              organisationId: orgIds[orgIndex]!,
              places,
              now,
              day,
            });
            rows.push(row);
            sources.push(toSearchSource(row, organisation.name));
          }
          await tx.execute(sql`
            insert into opportunities (id, slug, organisation_id, kind, status, title, summary, description,
              prefecture_codes, municipality_codes, work_style, visits_per_month, hours_per_week_min,
              hours_per_week_max, starts_on, ends_on, duration_months, compensation_unit, compensation_min,
              compensation_max, fields, required_skills, preferred_skills, tags, openings, applications_close_at,
              languages, how_to_apply, published_at, created_at, updated_at)
            select id, slug, organisation_id, kind, status, title, summary, description, prefecture_codes,
              municipality_codes, work_style, visits_per_month, hours_per_week_min, hours_per_week_max, starts_on,
              ends_on, duration_months, compensation_unit, compensation_min, compensation_max, fields,
              required_skills, preferred_skills, tags, openings, applications_close_at, languages, how_to_apply,
              published_at, created_at, updated_at
            from jsonb_populate_recordset(null::opportunities, ${JSON.stringify(rows)}::jsonb)`);
          await writeSearchRows(tx, sources.map(buildSearchRow));
        }
      });
    }
  } finally {
    await recreateIndexes(db, dropped);
  }
  await db.execute(sql`analyze opportunities`);
  await db.execute(sql`analyze organisations`);
  await db.execute(sql`analyze opportunity_search`);
}

import { inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { organisations } from '#src/db/schema';
import { addProgrammeMember, buildProgramme } from '../../tests/factories/programmes';

type MemberRole = 'host' | 'partner' | 'endorser';

interface ProgrammeSeed {
  slug: string;
  name: string;
  nameEn: string;
  coordinator: string;
  prefectureCode: string;
  municipalityCode: string;
  status: 'active' | 'ended';
  startsOn: string;
  endsOn?: string;
  websiteUrl?: string;
  summary: string;
  description: string;
  members: Array<{ slug: string; role: MemberRole; joinedOn?: string }>;
}

/** The four programmes of the seed systems, with their coordinators and members. */
export const demoProgrammes: ProgrammeSeed[] = [
  {
    slug: 'nagaoka-worker',
    name: '長岡ワークモデル「NAGAOKA WORKER」',
    nameEn: 'Nagaoka Work Model “NAGAOKA WORKER”',
    coordinator: 'nagaoka-city',
    prefectureCode: '15',
    municipalityCode: '152021',
    status: 'active',
    startsOn: '2021-01-20',
    websiteUrl: 'https://nagaoka-worker.jp/',
    summary:
      '長岡で暮らしながら、首都圏企業に本社待遇で就職し完全リモートで働く。長岡市と賛同企業が進める新しい働き方です。',
    description:
      '長岡市では、人口減少による担い手不足に加え、専門性の高い大学と長岡高専を有しながら、東京へ上越新幹線で約1時間という立地から市内学生の県外就職が進んでいます。\n\n「長岡ワークモデル」は、首都圏企業に本社勤務の待遇で就職し、ICTを活用した完全リモートワークで長岡市の自宅やサテライトオフィスから働く働き方です。賛同する首都圏企業を増やしながら、市内の大学・高専などの学卒生が「NAGAOKA WORKER」として就職することで、若者の地元定着を図ります。\n\n令和4年度からは「NAGAOKA WORKERキャリアトレーニング事業」を開始。学生スタートアップがPMOとなり、賛同企業による地元学生への有償オンラインインターンシップを実施しています。USEN SQUARE NAGAOKA や NaDeC BASE などのコワーキングスペースに NAGAOKA WORKER が集い、新しいビジネスが生まれるコミュニティを育てています。',
    members: [
      { slug: 'usen-next', role: 'endorser', joinedOn: '2021-01-20' },
      { slug: 'demo-mirai-cloud', role: 'endorser', joinedOn: '2021-12-01' },
      { slug: 'demo-design-works', role: 'endorser', joinedOn: '2022-04-01' },
      { slug: 'demo-nagaoka-student-pmo', role: 'partner', joinedOn: '2022-04-01' },
    ],
  },
  {
    slug: 'shiojiri-local-side-jobs',
    name: '地方短期副業 実証プロジェクト(長野県塩尻市)',
    nameEn: 'Short-term regional side-job pilot (Shiojiri, Nagano)',
    coordinator: 'shiojiri-city-promotion',
    prefectureCode: '20',
    municipalityCode: '202151',
    status: 'ended',
    startsOn: '2021-01-01',
    endsOn: '2021-03-31',
    summary:
      '塩尻市内の6つの企業・団体の副業案件に、都市部で働く人が約3か月参加。地方短期副業によるキャリアオーナーシップの変化を実証しました。',
    description:
      'パーソルキャリアの「キャリアオーナーシップ リビングラボ」による共創型社会実験の第1弾です。地域に関わる働き方(ローカルキャリア)を探求する「CAREER FOR」を運営する一般社団法人 地域・人材共創機構がパートナーとして参加し、「CAREER FOR」パートナー団体の塩尻市シティプロモーション協議会の協力のもとで実施しました。\n\n副業の期間は2021年1月から3月の約3か月間。個人向けのオンライン説明会は2020年11月6日(金)・16日(月)に行いました。参加者のキャリアオーナーシップの変化を参加前後で測定し、結果はリビングラボで公開していきます。',
    members: [
      { slug: 'persol-career', role: 'partner', joinedOn: '2020-10-01' },
      { slug: 'career-for', role: 'partner', joinedOn: '2020-10-01' },
      { slug: 'demo-shiojiri-wine', role: 'host', joinedOn: '2020-10-01' },
      { slug: 'demo-kiso-lacquer', role: 'host', joinedOn: '2020-10-01' },
      { slug: 'demo-shiojiri-precision', role: 'host', joinedOn: '2020-10-01' },
      { slug: 'demo-shiojiri-npo', role: 'host', joinedOn: '2020-10-01' },
      { slug: 'demo-narai-inn', role: 'host', joinedOn: '2020-10-01' },
      { slug: 'demo-shiojiri-farm', role: 'host', joinedOn: '2020-10-01' },
    ],
  },
  {
    slug: 'koga-regional-revitalisation',
    name: '古賀市 地方創生推進プロジェクト',
    nameEn: 'Koga City regional revitalisation project',
    coordinator: 'koga-city',
    prefectureCode: '40',
    municipalityCode: '402231',
    status: 'active',
    startsOn: '2023-04-16',
    summary:
      '古賀市在住の方をデジタル人材として育成し、有償の案件参画へ。学生向けのワーケーション×拠点フリー採用も進めます。',
    description:
      '古賀市、パーソルプロセス&テクノロジー、株式会社SALTが連携し、雇用創出と所得の拡大を目指すプロジェクトです。\n\nデジタル人材育成では、アルバイトやフリーランスで働く古賀市在住の方が、RPAやノーコード/ローコードのツールを無償のライセンスで学び(1日8時間なら約1か月、1日2〜3時間なら約3か月)、研修後は実際の案件に参画します。給与は案件参画時から発生します。案件の完了後は、継続して関わる、正社員登用に挑戦する、個人事業主として独立するなど、自由にキャリアを選べます。\n\nワーケーション×拠点フリー採用では、地方に住み続けながら第一線で働きたい学生を対象に、古賀市ではたらくワーケーション体験型インターンシップと採用活動を行います。シェアオフィス「快生館」が拠点です。',
    members: [
      { slug: 'salt', role: 'partner', joinedOn: '2023-04-16' },
      { slug: 'persol-pt', role: 'partner', joinedOn: '2023-04-16' },
    ],
  },
  {
    slug: 'okayama-strategy-managers',
    name: '岡山市 戦略マネージャー',
    nameEn: 'Okayama City strategy managers',
    coordinator: 'okayama-city',
    prefectureCode: '33',
    municipalityCode: '331007',
    status: 'active',
    startsOn: '2020-06-19',
    summary:
      '専門的知見をもつ副業・兼業人材を「戦略マネージャー」として登用。プロモーション、DX、地域防災の3分野で市政に助言します。',
    description:
      '少子高齢化や頻発する自然災害への対応など、多様化・複雑化する行政課題や急速なデジタル化に対応するため、岡山市は副業・兼業人材を「戦略マネージャー」として登用しています。\n\n令和2年6月19日から約3週間、株式会社みらいワークスの人材サービスやSNSを通じて募集し、616人の応募の中から「プロモーション」「DX」「地域防災」の3分野で計5人を登用しました。戦略マネージャーは市役所への来庁やWeb会議で、月に複数回、各分野の助言を行っています。\n\nみらいワークスは登録者との面談でスキルを見極めて紹介し、登用後も人材と市の双方と継続的に面談しています。',
    members: [{ slug: 'mirai-works', role: 'partner', joinedOn: '2020-06-01' }],
  },
];

/** Creates the programmes and their members; returns programme ids by slug. */
export async function seedProgrammes(options: { db: Db }): Promise<Map<string, string>> {
  const { db } = options;
  const slugs = [
    ...new Set(
      demoProgrammes.flatMap((seed) => [seed.coordinator, ...seed.members.map((member) => member.slug)]),
    ),
  ];
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(inArray(organisations.slug, slugs));
  const organisationId = new Map(rows.map((row) => [row.slug, row.id]));
  const idOf = (slug: string) => {
    const id = organisationId.get(slug);
    if (!id) throw new Error(`Demo organisation ${slug} is missing`);
    return id;
  };
  const programmeIds = new Map<string, string>();
  for (const seed of demoProgrammes) {
    const { members, coordinator, ...values } = seed;
    const programme = await buildProgramme({ db, ...values, coordinatorOrganisationId: idOf(coordinator) });
    for (const member of members) {
      await addProgrammeMember({
        db,
        programmeId: programme.id,
        organisationId: idOf(member.slug),
        role: member.role,
        joinedOn: member.joinedOn ?? null,
      });
    }
    programmeIds.set(seed.slug, programme.id);
  }
  return programmeIds;
}

import type { Db } from '#src/db/client';
import { regionFacts } from '#src/db/schema';

type RegionFactsSeed = typeof regionFacts.$inferInsert;

/**
 * Region facts drawn from the seed documents only; figures the sources do not give (Nagaoka's
 * or Koga's population, say) stay empty rather than invented.
 */
export const demoRegionFacts: RegionFactsSeed[] = [
  {
    code: '15',
    introduction:
      '東北・新潟でも広がるデュアルライフ。新潟県内の自治体では、地域性を生かした独自の取り組みが増えています。\n\n長岡市の「長岡ワークモデル(NAGAOKA WORKER)」は、長岡で暮らしながら首都圏企業に本社待遇・完全リモートで勤める新しい働き方です。',
    introductionEn:
      'Dual-life is spreading in Tohoku and Niigata, and Niigata’s municipalities are building their own programmes on local strengths.\n\nNagaoka’s “NAGAOKA WORKER” model lets people live in Nagaoka while working fully remotely for Tokyo-area companies at headquarters conditions.',
  },
  {
    code: '152021',
    travelMinutesToTokyo: 60,
    accessNote: '東京から上越新幹線で約1時間',
    accessNoteEn: 'About 1 hour from Tokyo by Joetsu Shinkansen',
    introduction:
      '専門性の高い大学と長岡高専を有し、東京まで上越新幹線で約1時間。市は首都圏企業のサテライトオフィス誘致を進め、株式会社USEN-NEXT HOLDINGSと「長岡ワークモデルの推進に関する協定書」を令和3年1月20日に締結しました。\n\n長岡で暮らしながら首都圏企業の本社待遇で完全リモート勤務する「NAGAOKA WORKER」が、市内のコワーキングスペースを拠点に集い、新しいビジネスが生まれるコミュニティを育てています。',
    introductionEn:
      'Home to specialised universities and the National Institute of Technology, Nagaoka College, and about an hour from Tokyo by Shinkansen. The city signed an agreement with USEN-NEXT HOLDINGS on 20 January 2021 to promote the Nagaoka Work Model.\n\n“NAGAOKA WORKERS” live in Nagaoka and work fully remotely at headquarters conditions for Tokyo-area companies, meeting at the city’s coworking spaces.',
    coworkingBases: [
      { name: 'USEN SQUARE NAGAOKA', note: 'NAGAOKA WORKER の拠点となるコワーキングスペース' },
      { name: 'NaDeC BASE', note: '市内のコワーキングスペース・イノベーション拠点' },
    ],
  },
  {
    code: '202151',
    introduction:
      '「CAREER FOR」のパートナー地域の一つ。塩尻市シティプロモーション協議会の協力のもと、市内6つの企業・団体が都市部の人材を受け入れる地方短期副業の実証(2021年1〜3月)が行われました。',
    introductionEn:
      'One of the CAREER FOR partner regions. With the Shiojiri City Promotion Council, six local companies and organisations hosted urban professionals in a short-term side-job pilot (January–March 2021).',
  },
  {
    code: '331007',
    population: 707_897,
    households: 333_361,
    statisticsAsOf: '2020-10-31',
    introduction:
      '旭川と吉井川が瀬戸内海に注ぐ岡山平野の中央に位置し、多様で豊かな自然に恵まれています。鉄道・道路・空路などの交通網が集中する中枢拠点都市です。\n\n市政の推進に、副業・兼業人材を「戦略マネージャー」として登用しています。',
    introductionEn:
      'In the middle of the Okayama Plain, where the Asahi and Yoshii rivers flow into the Seto Inland Sea, with rich and varied nature, and a hub of rail, road and air routes.\n\nThe city appoints side-job professionals as “strategy managers” to advise on its policies.',
  },
  {
    code: '402231',
    introduction:
      '少子高齢化と生産年齢人口の流出に向き合い、企業誘致や就業支援、移住支援に力を入れています。2023年4月からはパーソルプロセス&テクノロジー、株式会社SALTと「地方創生推進プロジェクト」を進め、デジタル人材育成とワーケーション×拠点フリー採用に取り組んでいます。',
    introductionEn:
      'Koga faces an ageing population and the outflow of working-age people, and supports companies, jobs and newcomers. Since April 2023 it has run a regional revitalisation project with PERSOL PROCESS & TECHNOLOGY and SALT: digital-skills training and location-free hiring with workcations.',
    coworkingBases: [
      {
        name: 'シェアオフィス 快生館',
        url: 'https://kaiseikan.info/',
        note: '株式会社SALTが運営。プロジェクトの拠点として提供',
      },
    ],
  },
];

export async function seedRegionFacts(options: { db: Db }): Promise<void> {
  await options.db.insert(regionFacts).values(demoRegionFacts);
}

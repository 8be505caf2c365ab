import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import {
  accounts,
  applicationEvents,
  applications,
  memberships,
  opportunities,
  organisations,
  screeningQuestions,
  talentProfiles,
  talentSkills,
  type ApplicationAnswer,
} from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { computeFitScores } from '#src/domain/applications/compute-fit-scores';
import { rejectionTemplateText } from '#src/domain/applications/rejection-templates';
import {
  ensurePipelineStages,
  type PipelineStage,
  type StageCategory,
} from '#src/domain/applications/stages';
import { buildApplicationMessage } from '../../tests/factories/apply';
import {
  buildApplicationsBulk,
  buildScorecard,
  buildScorecardCriteria,
} from '../../tests/factories/screening';
import { buildTalent, buildTalentsBulk, createRandom, type Random } from '../../tests/factories/talent';
import { DEMO_PASSWORD } from './foundation';

const jst = (dateTime: string) => new Date(`${dateTime}+09:00`);
const DAY = 86_400_000;

/**
 * Screening demo data, after the opportunities, talent and the demo talent's own applications:
 * - Okayama City's three strategy-manager posts (2020): 616 applicants over three weeks from
 *   19 June, most rejected at document screening, a shortlist interviewed and scored by two
 *   reviewers (okayama@ and miraiworks@), five appointed;
 * - the six Shiojiri side-job projects (2020–21): a few applications at every stage, with messages;
 * - Koga's open digital-training cohort: two dozen local applicants waiting to be screened now.
 * Leaves everything alone when it has run before.
 */
export async function seedPipelines(options: { db: Db }): Promise<void> {
  const { db } = options;
  const [done] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(like(accounts.email, 'okayama-applicant-%'))
    .limit(1);
  if (done) return;
  const people = await db
    .select({ id: accounts.id, email: accounts.email, passwordHash: accounts.passwordHash })
    .from(accounts)
    .where(like(accounts.email, '%@tsunagu.example'));
  const person = (email: string) => people.find((row) => row.email === email);
  // Every demo account shares the demo password: reuse its hash instead of hashing again.
  const passwordHash = person('admin@tsunagu.example')?.passwordHash;
  if (!passwordHash) return;
  await seedOkayama(db, {
    passwordHash,
    okayama: person('okayama@tsunagu.example')?.id,
    miraiworks: person('miraiworks@tsunagu.example')?.id,
  });
  await seedShiojiri(db, {
    shiojiri: person('shiojiri@tsunagu.example')?.id,
    winery: person('winery@tsunagu.example')?.id,
  });
  await seedKoga(db, { persolpt: person('persolpt@tsunagu.example')?.id });
}

interface Move {
  applicationId: string;
  applicantId: string;
  path: Array<{ category: StageCategory; at: Date; message?: string }>;
}

/** Moves seeded applications along their paths in bulk: one UPDATE per final stage, events in batches. */
async function applyMoves(db: Db, stages: PipelineStage[], moves: Move[], staffId: string | null) {
  const byCategory = new Map(stages.map((stage) => [stage.category, stage]));
  const applied = byCategory.get('applied')!;
  const groups = new Map<StageCategory, Move[]>();
  const events: Array<typeof applicationEvents.$inferInsert> = [];
  for (const move of moves) {
    if (move.path.length === 0) continue;
    const last = move.path.at(-1)!;
    groups.set(last.category, [...(groups.get(last.category) ?? []), move]);
    let from = applied.id;
    for (const step of move.path) {
      const to = byCategory.get(step.category)!;
      events.push({
        applicationId: move.applicationId,
        actorId: step.category === 'withdrawn' ? move.applicantId : staffId,
        kind: step.category === 'withdrawn' ? 'withdrawn' : 'stage_changed',
        fromStageId: from,
        toStageId: to.id,
        payload: step.message ? { message: step.message } : {},
        createdAt: step.at,
      });
      from = to.id;
    }
  }
  for (const [category, group] of groups) {
    const stage = byCategory.get(category)!;
    const at = new Date(Math.max(...group.map((move) => move.path.at(-1)!.at.getTime())));
    await db
      .update(applications)
      .set({
        stageId: stage.id,
        stageCategory: stage.category,
        updatedAt: at,
        ...(category === 'withdrawn' ? { withdrawnAt: at } : {}),
      })
      .where(
        inArray(
          applications.id,
          group.map((move) => move.applicationId),
        ),
      );
  }
  for (let start = 0; start < events.length; start += 1000) {
    await db.insert(applicationEvents).values(events.slice(start, start + 1000));
  }
}

async function addQuestions(
  db: Db,
  opportunityId: string,
  questions: Array<{
    kind: 'yes_no' | 'single_choice';
    label: string;
    options?: string[];
    required?: boolean;
  }>,
) {
  return db
    .insert(screeningQuestions)
    .values(
      questions.map((question, position) => ({
        opportunityId,
        kind: question.kind,
        label: question.label,
        options: question.options ?? [],
        required: question.required ?? true,
        position,
      })),
    )
    .returning();
}

/** A submission time within the window, busier in the first days and just before the deadline. */
function submissionTime(random: Random, opensAt: Date, closesAt: Date): Date {
  const span = closesAt.getTime() - opensAt.getTime();
  const roll = random.next();
  const fraction =
    roll < 0.35 ? random.next() * 0.15 : roll < 0.75 ? random.next() : 0.85 + random.next() * 0.15;
  return new Date(opensAt.getTime() + Math.floor(fraction * span));
}

// ---------------------------------------------------------------------------------------------------------
// Okayama City: 616 applicants for the three strategy-manager posts.

const OKAYAMA_FIELDS = [
  {
    field: 'promotion',
    total: 250,
    appointed: 2,
    interviewed: 10,
    likes: ['promotion', 'marketing', 'design', 'tourism', 'planning'],
  },
  {
    field: 'dx',
    total: 220,
    appointed: 2,
    interviewed: 9,
    likes: ['dx', 'programming', 'automation', 'corporate', 'finance'],
  },
  {
    field: 'disaster_prevention',
    total: 146,
    appointed: 1,
    interviewed: 6,
    likes: ['disaster_prevention', 'community', 'education', 'hr'],
  },
] as const;

const WORK_STYLES = ['会社員', '経営者・役員', 'フリーランス・個人事業主', '公務員・団体職員', 'その他'];

async function seedOkayama(db: Db, staff: { passwordHash: string; okayama?: string; miraiworks?: string }) {
  const posts = await db
    .select({ id: opportunities.id, title: opportunities.title, fields: opportunities.fields })
    .from(opportunities)
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .where(and(eq(organisations.slug, 'okayama-city'), eq(opportunities.kind, 'municipal_adviser')));
  if (posts.length === 0) return;
  const [city] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, 'okayama-city'));
  // Mirai Works screened the applicants with the city: its consultant works in the city's organisation.
  if (staff.miraiworks && city) {
    await db
      .insert(memberships)
      .values({ organisationId: city.id, accountId: staff.miraiworks, role: 'member' })
      .onConflictDoNothing();
  }
  const random = createRandom(20200619);
  const opensAt = jst('2020-06-19T09:00');
  const closesAt = jst('2020-07-10T17:00');
  const plan = OKAYAMA_FIELDS.map((entry) => ({
    ...entry,
    post: posts.find((post) => post.fields.includes(entry.field)),
  }));
  const existing = await queryRows<{ opportunity_id: string; n: string | number }>(
    db,
    sql`select opportunity_id, count(*) as n from applications
        where opportunity_id = any(${`{${posts.map((post) => post.id).join(',')}}`}::uuid[]) group by opportunity_id`,
  );
  const already = (id: string | undefined) =>
    Number(existing.find((row) => row.opportunity_id === id)?.n ?? 0);
  const quotas = plan.map((entry) => Math.max(0, entry.total - already(entry.post?.id)));
  const talents = await buildTalentsBulk({
    db,
    count: quotas.reduce((sum, quota) => sum + quota, 0),
    seed: 616,
    emailPrefix: 'okayama-applicant',
    emailDomain: 'tsunagu.example',
    passwordHash: staff.passwordHash,
    visibility: 'applied_hosts',
    createdBetween: [jst('2020-05-01T09:00'), jst('2020-06-18T21:00')],
  });
  const interests = await db
    .select({ id: talentProfiles.accountId, fields: talentProfiles.fieldsOfInterest })
    .from(talentProfiles)
    .where(
      inArray(
        talentProfiles.accountId,
        talents.map((talent) => talent.id),
      ),
    );
  const fieldsOf = new Map(interests.map((row) => [row.id, row.fields]));

  // People apply to the post of their field first; the rest spread over the posts still open.
  const assigned: string[][] = plan.map(() => []);
  const undecided: string[] = [];
  for (const talent of talents) {
    const fields = fieldsOf.get(talent.id) ?? [];
    const index = plan.findIndex(
      (entry, i) => assigned[i]!.length < quotas[i]! && entry.likes.some((like) => fields.includes(like)),
    );
    if (index >= 0) assigned[index]!.push(talent.id);
    else undecided.push(talent.id);
  }
  for (const id of undecided) {
    const open = plan.map((_, i) => i).filter((i) => assigned[i]!.length < quotas[i]!);
    assigned[random.pick(open)]!.push(id);
  }

  // 行政DX is a skill the synthetic personas lack: some DX applicants have it, as real ones would.
  const dxIndex = plan.findIndex((entry) => entry.field === 'dx');
  const dxSkills = (assigned[dxIndex] ?? [])
    .filter((id) => random.chance((fieldsOf.get(id) ?? []).includes('dx') ? 0.6 : 0.3))
    .map((accountId) => ({ accountId, skill: 'dx-strategy', level: random.int(2, 4) }));
  if (dxSkills.length > 0) await db.insert(talentSkills).values(dxSkills).onConflictDoNothing();

  for (const [index, entry] of plan.entries()) {
    const post = entry.post;
    if (!post) continue;
    const [visit, workStyle] = await addQuestions(db, post.id, [
      { kind: 'yes_no', label: '月に2回程度、岡山市役所への来庁が可能ですか(Web会議との併用を含みます)' },
      { kind: 'single_choice', label: '現在の主な働き方', options: WORK_STYLES },
    ]);
    const criteria = await buildScorecardCriteria({
      db,
      opportunityId: post.id,
      criteria: [
        {
          label: `${entry.field === 'promotion' ? 'プロモーション' : entry.field === 'dx' ? 'DX' : '地域防災'}分野の専門性`,
          anchors: {
            '1': '実務経験がほとんどない',
            '3': '実務で成果を出している',
            '5': '分野を代表する実績がある',
          },
        },
        {
          label: '行政との協働への適性',
          anchors: {
            '1': '行政の仕組みへの理解が乏しい',
            '3': '制約を理解して提案できる',
            '5': '庁内を巻き込んで進められる',
          },
        },
        {
          label: '岡山への関わりと熱意',
          anchors: { '1': '関わりが見えない', '3': '関心と具体的な動機がある', '5': '継続的に関わっている' },
        },
      ],
    });
    const inserted = await buildApplicationsBulk({
      db,
      opportunityId: post.id,
      applications: assigned[index]!.map((applicantId) => ({
        applicantId,
        submittedAt: submissionTime(random, opensAt, closesAt),
        motivation: random.pick(OKAYAMA_MOTIVATIONS),
        answers: [
          { questionId: visit!.id, value: random.chance(0.8) ? 'yes' : 'no' },
          {
            questionId: workStyle!.id,
            value: random.weighted(WORK_STYLES.map((style, i) => [style, [6, 2, 3, 1, 1][i]!] as const)),
          },
        ] satisfies ApplicationAnswer[],
      })),
    });
    await computeFitScores({ db, opportunityId: post.id });
    const stages = await ensurePipelineStages({ db, opportunityId: post.id });
    const ranked = await db
      .select({
        id: applications.id,
        applicantId: applications.applicantId,
        stage: applications.stageCategory,
      })
      .from(applications)
      .where(
        and(
          eq(applications.opportunityId, post.id),
          inArray(
            applications.id,
            inserted.map((row) => row.id),
          ),
        ),
      )
      .orderBy(sql`${applications.fitScore} desc nulls last`, applications.submittedAt);
    const rejection = rejectionTemplateText('ja', 'manyApplicants', { title: post.title });
    const moves: Move[] = [];
    const shortlist: Array<{ id: string; appointed: boolean }> = [];
    for (const [rank, row] of ranked.entries()) {
      const screening = { category: 'screening' as const, at: jst('2020-07-13T10:00') };
      const interview = {
        category: 'interview' as const,
        at: jst('2020-07-27T10:00'),
        message: 'みらいワークスの担当者との面談をご案内します。',
      };
      if (rank < entry.appointed) {
        const contractOnly = entry.field === 'dx' && rank === 1;
        moves.push({
          applicationId: row.id,
          applicantId: row.applicantId,
          path: [
            screening,
            interview,
            {
              category: 'offer',
              at: jst('2020-08-24T15:00'),
              message: '戦略マネージャーとしての登用を内定しました。',
            },
            { category: 'contract', at: jst('2020-09-01T10:00') },
            ...(contractOnly ? [] : [{ category: 'active' as const, at: jst('2020-10-01T09:00') }]),
          ],
        });
        shortlist.push({ id: row.id, appointed: true });
      } else if (rank < entry.appointed + entry.interviewed) {
        moves.push({
          applicationId: row.id,
          applicantId: row.applicantId,
          path: [
            screening,
            interview,
            {
              category: 'rejected',
              at: jst('2020-08-24T17:00'),
              message:
                '面談にお時間をいただきありがとうございました。慎重に検討した結果、今回は登用を見送らせていただくことになりました。',
            },
          ],
        });
        shortlist.push({ id: row.id, appointed: false });
      } else if (random.chance(0.015)) {
        moves.push({
          applicationId: row.id,
          applicantId: row.applicantId,
          path: [{ category: 'withdrawn', at: jst('2020-07-08T20:00') }],
        });
      } else {
        moves.push({
          applicationId: row.id,
          applicantId: row.applicantId,
          path: [screening, { category: 'rejected', at: jst('2020-08-03T17:00'), message: rejection }],
        });
      }
    }
    await applyMoves(db, stages, moves, staff.okayama ?? null);

    // The shortlist was scored by the city and by Mirai Works, each on their own.
    const reviewers = [staff.okayama, staff.miraiworks].filter((id): id is string => Boolean(id));
    for (const [position, candidate] of shortlist.entries()) {
      const reviewer = reviewers[position % reviewers.length];
      if (reviewer) {
        await db
          .update(applications)
          .set({ assignedReviewerId: reviewer })
          .where(eq(applications.id, candidate.id));
      }
      for (const [r, reviewerId] of reviewers.entries()) {
        const base = candidate.appointed ? 4 : 3;
        await buildScorecard({
          db,
          applicationId: candidate.id,
          reviewerId,
          scores: Object.fromEntries(
            criteria.map((criterion) => [
              criterion.id,
              Math.min(5, Math.max(1, base + random.int(candidate.appointed ? 0 : -1, 1))),
            ]),
          ),
          comment: candidate.appointed
            ? r === 0
              ? '市の課題への理解が深く、具体的な提案がありました。'
              : 'スキル面の見極め面談でも実績が確認できました。'
            : '',
          at: jst(r === 0 ? '2020-08-05T18:00' : '2020-08-06T12:00'),
        });
      }
    }
  }
}

const OKAYAMA_MOTIVATIONS = [
  '本業で培った経験を、地域の課題解決に活かしたいと考え応募しました。月に数回の関わり方であれば本業と両立できます。',
  '岡山で育ち、いずれ地元に関わる仕事がしたいと考えていました。副業という形で市政に貢献できる機会に魅力を感じました。',
  '民間での実務経験をもとに、行政ならではの制約も踏まえた実行可能な提案をしたいと考えています。',
  '他の自治体での支援経験があり、その学びを岡山市でも活かせると考えています。',
  'Web会議を活用すれば東京からでも継続して関われると考え、応募しました。',
];

// ---------------------------------------------------------------------------------------------------------
// Shiojiri: a few applications at every stage across the six side-job projects.

interface ShiojiriApplicant {
  name: [string, string, string, string];
  project: string;
  stage: StageCategory;
  skills: Array<[string, number]>;
  tie?: [string, 'hometown' | 'lived' | 'studied' | 'family' | 'visited' | 'wants_to_move'];
}

const SHIOJIRI_APPLICANTS: ShiojiriApplicant[] = [
  {
    name: ['松本', '結衣', 'マツモト', 'ユイ'],
    project: 'sj-winery-ec',
    stage: 'completed',
    skills: [
      ['ecommerce', 4],
      ['digital-marketing', 3],
    ],
    tie: ['20', 'hometown'],
  },
  {
    name: ['小林', '拓也', 'コバヤシ', 'タクヤ'],
    project: 'sj-winery-ec',
    stage: 'rejected',
    skills: [['sales', 3]],
  },
  {
    name: ['中島', '葵', 'ナカジマ', 'アオイ'],
    project: 'sj-winery-ec',
    stage: 'applied',
    skills: [
      ['sns-marketing', 3],
      ['ecommerce', 2],
    ],
    tie: ['202151', 'visited'],
  },
  {
    name: ['石井', '誠', 'イシイ', 'マコト'],
    project: 'sj-winery-ec',
    stage: 'screening',
    skills: [['ecommerce', 3]],
  },
  {
    name: ['長谷川', '彩', 'ハセガワ', 'アヤ'],
    project: 'sj-lacquer-branding',
    stage: 'active',
    skills: [
      ['branding', 4],
      ['english', 4],
    ],
    tie: ['20', 'studied'],
  },
  {
    name: ['藤田', '健太', 'フジタ', 'ケンタ'],
    project: 'sj-lacquer-branding',
    stage: 'interview',
    skills: [
      ['branding', 3],
      ['ecommerce', 3],
    ],
  },
  {
    name: ['後藤', '千尋', 'ゴトウ', 'チヒロ'],
    project: 'sj-lacquer-branding',
    stage: 'withdrawn',
    skills: [['graphic-design', 4]],
  },
  {
    name: ['近藤', '大輔', 'コンドウ', 'ダイスケ'],
    project: 'sj-lacquer-branding',
    stage: 'rejected',
    skills: [['english', 3]],
  },
  {
    name: ['村上', '直樹', 'ムラカミ', 'ナオキ'],
    project: 'sj-precision-dx',
    stage: 'contract',
    skills: [
      ['data-analysis', 4],
      ['excel', 5],
      ['dx-strategy', 3],
    ],
    tie: ['20', 'family'],
  },
  {
    name: ['遠藤', '美咲', 'エンドウ', 'ミサキ'],
    project: 'sj-precision-dx',
    stage: 'offer',
    skills: [
      ['data-analysis', 3],
      ['python', 3],
    ],
  },
  {
    name: ['青木', '亮', 'アオキ', 'リョウ'],
    project: 'sj-precision-dx',
    stage: 'screening',
    skills: [['excel', 3]],
  },
  {
    name: ['坂本', '浩二', 'サカモト', 'コウジ'],
    project: 'sj-precision-dx',
    stage: 'rejected',
    skills: [['sql', 2]],
  },
  {
    name: ['福田', '里美', 'フクダ', 'サトミ'],
    project: 'sj-npo-pr',
    stage: 'completed',
    skills: [
      ['pr', 4],
      ['writing', 4],
    ],
    tie: ['202151', 'lived'],
  },
  {
    name: ['太田', '陽菜', 'オオタ', 'ヒナ'],
    project: 'sj-npo-pr',
    stage: 'interview',
    skills: [
      ['pr', 3],
      ['sns-marketing', 3],
    ],
  },
  {
    name: ['西村', '修', 'ニシムラ', 'オサム'],
    project: 'sj-npo-pr',
    stage: 'applied',
    skills: [['writing', 3]],
  },
  {
    name: ['藤井', '恵子', 'フジイ', 'ケイコ'],
    project: 'sj-npo-pr',
    stage: 'withdrawn',
    skills: [['pr', 2]],
  },
  {
    name: ['金子', '翔太', 'カネコ', 'ショウタ'],
    project: 'sj-narai-tourism',
    stage: 'active',
    skills: [
      ['tourism', 4],
      ['branding', 3],
    ],
    tie: ['20', 'wants_to_move'],
  },
  {
    name: ['岡本', '楓', 'オカモト', 'カエデ'],
    project: 'sj-narai-tourism',
    stage: 'offer',
    skills: [
      ['tourism', 3],
      ['writing', 3],
    ],
  },
  {
    name: ['中野', '雄一', 'ナカノ', 'ユウイチ'],
    project: 'sj-narai-tourism',
    stage: 'rejected',
    skills: [['sales', 3]],
  },
  {
    name: ['三浦', '奈々', 'ミウラ', 'ナナ'],
    project: 'sj-narai-tourism',
    stage: 'applied',
    skills: [['tourism', 2]],
  },
  {
    name: ['原田', '和也', 'ハラダ', 'カズヤ'],
    project: 'sj-farm-planning',
    stage: 'contract',
    skills: [
      ['business-planning', 4],
      ['agriculture', 3],
    ],
    tie: ['20', 'hometown'],
  },
  {
    name: ['丸山', '明日香', 'マルヤマ', 'アスカ'],
    project: 'sj-farm-planning',
    stage: 'interview',
    skills: [
      ['business-planning', 3],
      ['ecommerce', 3],
    ],
  },
  {
    name: ['星野', '智之', 'ホシノ', 'トモユキ'],
    project: 'sj-farm-planning',
    stage: 'screening',
    skills: [['consulting', 3]],
  },
  {
    name: ['五十嵐', '優子', 'イガラシ', 'ユウコ'],
    project: 'sj-farm-planning',
    stage: 'rejected',
    skills: [['agriculture', 2]],
  },
];

/** The stage path to each Shiojiri stage, dated on the pilot's calendar (recruiting Oct–Nov 2020, work Jan–Mar 2021). */
function shiojiriPath(stage: StageCategory): Move['path'] {
  const screening = { category: 'screening' as const, at: jst('2020-12-04T10:00') };
  const interview = {
    category: 'interview' as const,
    at: jst('2020-12-09T10:00'),
    message: 'オンライン面談の日程を調整させてください。',
  };
  const offer = {
    category: 'offer' as const,
    at: jst('2020-12-18T17:00'),
    message: 'ぜひ一緒にプロジェクトを進めたいと考えています。',
  };
  const contract = { category: 'contract' as const, at: jst('2020-12-25T10:00') };
  const active = { category: 'active' as const, at: jst('2021-01-04T09:00') };
  switch (stage) {
    case 'applied':
      return [];
    case 'screening':
      return [screening];
    case 'interview':
      return [screening, interview];
    case 'offer':
      return [screening, interview, offer];
    case 'contract':
      return [screening, interview, offer, contract];
    case 'active':
      return [screening, interview, offer, contract, active];
    case 'completed':
      return [
        screening,
        interview,
        offer,
        contract,
        active,
        { category: 'completed', at: jst('2021-03-31T18:00') },
      ];
    case 'withdrawn':
      return [{ category: 'withdrawn', at: jst('2020-11-25T21:00') }];
    default:
      return [
        screening,
        {
          category: 'rejected',
          at: jst('2020-12-08T17:00'),
          message: '多くのご応募をいただき、今回は見送らせていただくことになりました。',
        },
      ];
  }
}

async function seedShiojiri(db: Db, staff: { shiojiri?: string; winery?: string }) {
  const projects = await db
    .select({ id: opportunities.id, slug: opportunities.slug })
    .from(opportunities)
    .where(
      inArray(opportunities.slug, [...new Set(SHIOJIRI_APPLICANTS.map((applicant) => applicant.project))]),
    );
  if (projects.length === 0) return;
  const random = createRandom(20201106);
  for (const project of projects) {
    const people = SHIOJIRI_APPLICANTS.filter((applicant) => applicant.project === project.slug);
    const talents = [];
    for (const [i, applicant] of people.entries()) {
      const [familyName, givenName, familyNameKana, givenNameKana] = applicant.name;
      talents.push(
        await buildTalent({
          db,
          email: `shiojiri-applicant-${project.slug.slice(3)}-${i + 1}@tsunagu.example`,
          displayName: `${familyName} ${givenName}`,
          password: DEMO_PASSWORD,
          visibility: 'applied_hosts',
          hoursPerWeek: random.pick([3, 4, 5, 8]),
          profile: {
            familyNameKana,
            givenNameKana,
            prefectureCode: random.pick(['13', '14', '11', '20']),
            preferredWorkStyle: 'hybrid',
          },
          skills: applicant.skills.map(([skill, level]) => ({ skill, level })),
          ties: applicant.tie ? [{ regionCode: applicant.tie[0], kind: applicant.tie[1] }] : [],
        }),
      );
    }
    const inserted = await buildApplicationsBulk({
      db,
      opportunityId: project.id,
      applications: talents.map((talent) => ({
        applicantId: talent.id,
        submittedAt: submissionTime(random, jst('2020-10-26T10:00'), jst('2020-11-30T23:00')),
        motivation:
          '本業で身につけた経験を、地域の事業の成長に役立てたいと考えて応募しました。塩尻との新しい関わり方を見つけたいです。',
      })),
    });
    const stages = await ensurePipelineStages({ db, opportunityId: project.id });
    await applyMoves(
      db,
      stages,
      inserted.map((application, i) => ({
        applicationId: application.id,
        applicantId: application.applicantId,
        path: shiojiriPath(people[i]!.stage),
      })),
      (project.slug === 'sj-winery-ec' ? staff.winery : staff.shiojiri) ?? null,
    );
    await computeFitScores({ db, opportunityId: project.id });
    // Conversations on the applications in the interview stage.
    const talking = inserted.find(
      (_, i) => people[i]!.stage === 'interview' || people[i]!.stage === 'completed',
    );
    const host = project.slug === 'sj-winery-ec' ? staff.winery : staff.shiojiri;
    if (talking && host) {
      await buildApplicationMessage({
        db,
        applicationId: talking.id,
        authorId: host,
        side: 'host',
        body: 'ご応募ありがとうございます。オンライン面談では、これまでのご経験と、塩尻との関わり方のイメージをお聞かせください。',
        at: jst('2020-12-09T11:00'),
      });
      await buildApplicationMessage({
        db,
        applicationId: talking.id,
        authorId: talking.applicantId,
        side: 'applicant',
        body: 'ご連絡ありがとうございます。平日の夜と土曜日の午前中でしたら対応できます。よろしくお願いいたします。',
        at: new Date(jst('2020-12-09T11:00').getTime() + 0.4 * DAY),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Koga: the open digital-training cohort, with applicants waiting to be screened.

const KOGA_PEOPLE: Array<[string, string, string, string]> = [
  ['古川', '陽菜', 'フルカワ', 'ヒナ'],
  ['井上', '蓮', 'イノウエ', 'レン'],
  ['木村', 'さくら', 'キムラ', 'サクラ'],
  ['林', '悠真', 'ハヤシ', 'ユウマ'],
  ['清水', '結衣', 'シミズ', 'ユイ'],
  ['山崎', '翔太', 'ヤマザキ', 'ショウタ'],
  ['森', '美咲', 'モリ', 'ミサキ'],
  ['池田', '健', 'イケダ', 'ケン'],
  ['橋本', '真由美', 'ハシモト', 'マユミ'],
  ['阿部', '陽翔', 'アベ', 'ハルト'],
  ['石川', '凛', 'イシカワ', 'リン'],
  ['山下', '拓也', 'ヤマシタ', 'タクヤ'],
  ['小川', '楓', 'オガワ', 'カエデ'],
  ['前田', '大輔', 'マエダ', 'ダイスケ'],
  ['岡田', '奈々', 'オカダ', 'ナナ'],
  ['吉田', '和也', 'ヨシダ', 'カズヤ'],
  ['山口', '千尋', 'ヤマグチ', 'チヒロ'],
  ['佐々木', '誠', 'ササキ', 'マコト'],
  ['加藤', '里美', 'カトウ', 'サトミ'],
  ['伊藤', '修', 'イトウ', 'オサム'],
  ['渡辺', '彩', 'ワタナベ', 'アヤ'],
  ['中村', '直樹', 'ナカムラ', 'ナオキ'],
  ['斎藤', '優子', 'サイトウ', 'ユウコ'],
  ['田中', '亮', 'タナカ', 'リョウ'],
];

/** The Koga applicants' e-mail: koga-applicant-01@tsunagu.example … (password: the demo password). */
export function kogaApplicantEmail(index: number): string {
  return `koga-applicant-${String(index + 1).padStart(2, '0')}@tsunagu.example`;
}

async function seedKoga(db: Db, staff: { persolpt?: string }) {
  const [cohort] = await db
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(eq(opportunities.slug, 'koga-digital-training'));
  if (!cohort) return;
  const random = createRandom(402231);
  const [weekdays, course] = await addQuestions(db, cohort.id, [
    { kind: 'yes_no', label: '平日の日中(10時〜17時)に受講できますか', required: false },
    {
      kind: 'single_choice',
      label: '希望するコース',
      options: ['1か月集中(1日8時間)', '3か月(1日2〜3時間)', 'どちらでもよい'],
      required: false,
    },
  ]);
  await buildScorecardCriteria({
    db,
    opportunityId: cohort.id,
    criteria: [
      {
        label: '学ぶ意欲',
        anchors: {
          '1': '受講の目的が曖昧',
          '3': '目的がはっきりしている',
          '5': '修了後の案件参画まで描けている',
        },
      },
      {
        label: 'パソコンの基本操作',
        anchors: {
          '1': '基本操作に不安がある',
          '3': 'Excelで表計算ができる',
          '5': '関数やマクロを使いこなせる',
        },
      },
      {
        label: '受講時間の確保',
        anchors: { '1': '時間の確保が難しい', '3': '週10時間程度確保できる', '5': '集中コースを受講できる' },
      },
    ],
  });
  const talents = [];
  for (const [i, [familyName, givenName, familyNameKana, givenNameKana]] of KOGA_PEOPLE.entries()) {
    talents.push(
      await buildTalent({
        db,
        email: kogaApplicantEmail(i),
        displayName: `${familyName} ${givenName}`,
        password: DEMO_PASSWORD,
        visibility: 'applied_hosts',
        hoursPerWeek: random.pick([10, 15, 20, 30, 40]),
        fieldsOfInterest: random.chance(0.7) ? ['automation', 'dx'] : ['corporate'],
        profile: {
          familyNameKana,
          givenNameKana,
          prefectureCode: '40',
          headline: random.pick([
            'アルバイト(事務)',
            'フリーランス(Web制作)',
            'パート(販売)',
            '子育て中・在宅ワーク希望',
          ]),
          availableWeekdays: random.chance(0.7),
          availableWeekends: random.chance(0.4),
          preferredWorkStyle: random.pick(['hybrid', 'remote', 'onsite'] as const),
        },
        skills: [
          { skill: 'excel', level: random.int(1, 4) },
          ...(random.chance(0.3) ? [{ skill: 'rpa', level: random.int(1, 3) }] : []),
          ...(random.chance(0.3) ? [{ skill: 'nocode', level: random.int(2, 3) }] : []),
        ],
        ties: [{ regionCode: '402231', kind: random.pick(['hometown', 'lived'] as const) }],
      }),
    );
  }
  const inserted = await buildApplicationsBulk({
    db,
    opportunityId: cohort.id,
    applications: talents.map((talent, i) => ({
      applicantId: talent.id,
      submittedAt: new Date(Date.now() - (9 - (i % 9)) * DAY - i * 3_600_000),
      motivation: random.pick([
        'アルバイトをしながら、将来につながるデジタルのスキルを身につけたいと考えて応募しました。',
        '子育てと両立できる働き方を探しています。研修のあと、在宅で案件に関われることに魅力を感じました。',
        'フリーランスとして仕事の幅を広げたく、RPAやノーコードを基礎から学びたいです。',
        '古賀で暮らし続けながら、デジタルの仕事に挑戦したいと思っています。',
      ]),
      answers: [
        { questionId: weekdays!.id, value: random.chance(0.6) ? 'yes' : 'no' },
        { questionId: course!.id, value: random.pick(course!.options) },
      ],
    })),
  });
  const stages = await ensurePipelineStages({ db, opportunityId: cohort.id });
  // The three earliest applicants are already in document screening.
  const earliest = [...inserted]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
    .slice(0, 3);
  await applyMoves(
    db,
    stages,
    earliest.map((application) => ({
      applicationId: application.id,
      applicantId: application.applicantId,
      path: [{ category: 'screening', at: new Date(Date.now() - 2 * DAY) }],
    })),
    staff.persolpt ?? null,
  );
  await computeFitScores({ db, opportunityId: cohort.id });
}

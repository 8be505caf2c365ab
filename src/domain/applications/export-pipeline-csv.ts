import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import type { FitExplanation } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { isIdentityHidden } from '#src/domain/screening/blind';
import { loadScreeningQuestions } from '#src/domain/screening/list-screening-questions';
import { skillLabel } from '#src/domain/taxonomy/skills';
import { translate, type Locale } from '#src/i18n';
import type { Actor } from '../accounts/actor';
import { requireOpportunityStaff } from './access';
import { describeFitReason, describeRegionTie } from './fit-score';
import {
  pipelineConditions,
  pipelineFrom,
  pipelineOrder,
  visibleMeanSql,
  type PipelineQuery,
} from './pipeline-filters';
import { requireUuid } from './require-application-participant';
import { ensurePipelineStages, type StageCategory } from './stages';

/**
 * A spreadsheet cell that starts with = + - @ (or a tab / carriage return) would run as a formula in
 * Excel: it is prefixed with a single quote so it shows as the text the applicant typed.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows as CSV the way Excel in Japan opens it: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting. */
export function toExcelCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cells = rows.map((row) =>
    row.map((cell) =>
      cell === null ? '' : typeof cell === 'number' ? String(cell) : neutraliseFormula(cell),
    ),
  );
  // A bare LF inside a field must be quoted too (csv-stringify only quotes the record delimiter).
  return stringify(cells, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

function tokyoParts(date: Date): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
}

/** 2020/06/19 09:30 in Japan time: a form Excel reads as a date and time. */
export function excelDateTime(date: Date): string {
  const p = tokyoParts(date);
  return `${p.year}/${p.month}/${p.day} ${p.hour}:${p.minute}`;
}

/** `pipeline-<slug>-YYYYMMDD.csv`, dated in Japan time. */
export function pipelineCsvFilename(slug: string, now: Date): string {
  const p = tokyoParts(now);
  return `pipeline-${slug}-${p.year}${p.month}${p.day}.csv`;
}

/** attachment; filename="…"; filename*=UTF-8''… (RFC 6266 with the RFC 5987 form for any name). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

interface ExportRow {
  id: string;
  stage_id: string;
  stage_category: StageCategory;
  fit_score: number | null;
  fit_explanation: FitExplanation | null;
  submitted_at: Date | string;
  motivation: string;
  answers: Array<{ questionId: string; value: string | string[] }>;
  family_name: string | null;
  given_name: string | null;
  family_name_kana: string | null;
  given_name_kana: string | null;
  display_name: string;
  email: string;
  phone: string | null;
  visibility: string | null;
  hours_per_week: number | null;
  skills: Array<{ skill: string; level: number }> | null;
  reviewer_name: string | null;
  mean_score: string | number | null;
  review_count: string | number;
  applicant_number: string | number;
}

/**
 * The pipeline (with the same filters and sort as on screen) as a CSV file for Excel, with only
 * what the exporter may see: no names or contact details while blind screening hides them, no
 * profile facts for applicants who keep their profile private, scores only once the exporter has
 * submitted their own. Staff of the opportunity only.
 */
export async function exportPipelineCsv(options: {
  db: DbOrTx;
  actor: Actor | null;
  opportunityId: string;
  query: PipelineQuery;
  locale: Locale;
  now?: Date;
}): Promise<{ filename: string; content: string; rowCount: number }> {
  requireUuid(options.opportunityId);
  const { db, locale, query } = options;
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const opportunity = await requireOpportunityStaff(options);
  const viewerId = options.actor!.accountId;
  const stages = await ensurePipelineStages({ db, opportunityId: opportunity.id });
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  const questions = await loadScreeningQuestions(db, opportunity.id);
  const criteria = await queryRows<{ id: string }>(
    db,
    sql`select id from scorecard_criteria where opportunity_id = ${opportunity.id}`,
  );
  const mean = visibleMeanSql(
    viewerId,
    criteria.map((row) => row.id),
  );
  const conditions = [
    sql`a.opportunity_id = ${opportunity.id}`,
    ...(query.stage ? [sql`a.stage_id = ${query.stage}`] : []),
    ...pipelineConditions({ query, viewerId, blind: opportunity.blindScreening }),
  ];
  const ordered = sql`select a.id, row_number() over (order by ${pipelineOrder(query.sort, { blind: opportunity.blindScreening, mean })}) as pos
    ${pipelineFrom(query)} where ${sql.join(conditions, sql` and `)}`;
  const rows = await queryRows<ExportRow>(
    db,
    sql`with ordered as (${ordered}),
      numbered as (select id, row_number() over (order by submitted_at, id) as n from applications where opportunity_id = ${opportunity.id})
      select a.id, a.stage_id, a.stage_category, a.fit_score, a.fit_explanation, a.submitted_at, a.motivation, a.answers,
        tp.family_name, tp.given_name, tp.family_name_kana, tp.given_name_kana, ac.display_name, ac.email, tp.phone,
        tp.visibility, tp.hours_per_week,
        (select json_agg(json_build_object('skill', ts.skill, 'level', ts.level) order by ts.level desc, ts.skill)
          from talent_skills ts where ts.account_id = a.applicant_id) as skills,
        rv.display_name as reviewer_name,
        ${mean} as mean_score,
        (select count(*) from scorecards s where s.application_id = a.id and s.submitted_at is not null) as review_count,
        numbered.n as applicant_number
      from ordered
      join applications a on a.id = ordered.id
      join numbered on numbered.id = a.id
      join accounts ac on ac.id = a.applicant_id
      left join talent_profiles tp on tp.account_id = a.applicant_id
      left join accounts rv on rv.id = a.assigned_reviewer_id
      order by ordered.pos`,
  );

  const header = [
    t('pipeline.csv.applicationId'),
    t('pipeline.csv.applicantNumber'),
    t('pipeline.csv.name'),
    t('pipeline.csv.nameKana'),
    t('pipeline.csv.email'),
    t('pipeline.csv.phone'),
    t('pipeline.csv.stage'),
    t('pipeline.csv.submittedAt'),
    t('pipeline.csv.fitScore'),
    t('pipeline.csv.fitReasons'),
    t('pipeline.csv.skills'),
    t('pipeline.csv.regionTie'),
    t('pipeline.csv.hoursPerWeek'),
    t('pipeline.csv.reviewer'),
    t('pipeline.csv.meanScore'),
    t('pipeline.csv.reviewCount'),
    t('pipeline.csv.motivation'),
    ...questions.map((question, index) =>
      t('pipeline.csv.question', { number: index + 1, label: question.label }),
    ),
  ];
  const body = rows.map((row) => {
    const stage = stageById.get(row.stage_id)!;
    const hidden = isIdentityHidden({
      blindScreening: opportunity.blindScreening,
      stageCategory: row.stage_category,
    });
    const profileHidden = row.visibility === 'private';
    const answers = new Map(row.answers.map((answer) => [answer.questionId, answer.value]));
    const name = [row.family_name, row.given_name].filter(Boolean).join(' ') || row.display_name;
    const kana = [row.family_name_kana, row.given_name_kana].filter(Boolean).join(' ');
    return [
      row.id,
      Number(row.applicant_number),
      hidden ? null : name,
      hidden ? null : kana,
      hidden ? null : row.email,
      hidden ? null : row.phone,
      locale === 'ja' ? stage.name : stage.nameEn,
      excelDateTime(new Date(row.submitted_at)),
      row.fit_score,
      (row.fit_explanation?.reasons ?? []).map((reason) => describeFitReason(locale, reason)).join(' / '),
      profileHidden
        ? null
        : (row.skills ?? []).map((entry) => `${skillLabel(entry.skill, locale)}(${entry.level})`).join(', '),
      profileHidden ? null : describeRegionTie(locale, row.fit_explanation?.regionTie ?? null),
      profileHidden ? null : row.hours_per_week,
      row.reviewer_name,
      row.mean_score === null ? null : Math.round(Number(row.mean_score) * 100) / 100,
      Number(row.review_count),
      row.motivation,
      ...questions.map((question) => {
        const value = answers.get(question.id);
        if (value === undefined) return null;
        const values = Array.isArray(value) ? value : [value];
        return values
          .map((item) => (question.kind === 'yes_no' ? t(`pipeline.answer.${item}`) : item))
          .join(', ');
      }),
    ];
  });
  return {
    filename: pipelineCsvFilename(opportunity.slug, options.now ?? new Date()),
    content: toExcelCsv([header, ...body]),
    rowCount: body.length,
  };
}

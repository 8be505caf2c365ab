import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import type { FitExplanation } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { AppError } from '#src/lib/errors';
import { computeFit, privateProfileFit, type FitOpportunity, type FitTalent, type FitTieKind } from './fit-score';
import { textArray } from './sql-arrays';

interface OpportunityRow {
  required_skills: string[];
  preferred_skills: string[];
  hours_per_week_min: number | null;
  starts_on: string | Date | null;
  prefecture_codes: string[];
  municipality_codes: string[];
  fields: string[];
  work_style: FitOpportunity['workStyle'];
}

type ApplicantTuple = [
  id: string,
  accountId: string,
  hoursPerWeek: number | null,
  availableFrom: string | null,
  prefectureCode: string | null,
  fieldsOfInterest: string[] | null,
  preferredWorkStyle: FitTalent['preferredWorkStyle'],
  visibility: string | null,
];

/** Rows of a `select json_build_array(…) from …` query, fetched as one JSON array. */
async function jsonRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const [row] = await queryRows<{ rows: string | null }>(
    db,
    sql`select coalesce(json_agg(q.r), '[]')::text as rows from (${query}) as q(r)`,
  );
  return row?.rows ? (JSON.parse(row.rows) as T[]) : [];
}

function groupBy<T, K, V>(items: readonly T[], entry: (item: T) => [K, V]): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const [key, value] = entry(item);
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

function isoDate(value: string | Date | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/**
 * Computes and stores the fit of applications against their opportunity, in a fixed number of
 * set-based queries whatever the number of applicants: the opportunity, the applicants' profiles,
 * their relevant skills, their ties to the opportunity's prefectures, then one batched UPDATE.
 * `applicationIds` narrows the run to some applications (one on submit); otherwise all are scored.
 * Applicants who keep their profile private get no score: their profile is not read for it.
 */
export async function computeFitScores(options: {
  db: DbOrTx;
  opportunityId: string;
  applicationIds?: readonly string[];
}): Promise<{ updated: number }> {
  const { db, opportunityId } = options;
  const [opportunity] = await queryRows<OpportunityRow>(
    db,
    sql`select required_skills, preferred_skills, hours_per_week_min, starts_on, prefecture_codes,
               municipality_codes, fields, work_style
        from opportunities where id = ${opportunityId}`,
  );
  if (!opportunity) throw new AppError('NOT_FOUND');
  const only = options.applicationIds ? sql`and a.id = any(${textArray(options.applicationIds)}::uuid[])` : sql``;

  // Each read returns one JSON document: far cheaper on the embedded database than thousands of rows.
  const applicants = await jsonRows<ApplicantTuple>(
    db,
    sql`select json_build_array(a.id, a.applicant_id, tp.hours_per_week, tp.available_from, tp.prefecture_code,
               tp.fields_of_interest, tp.preferred_work_style, tp.visibility)
        from applications a
        left join talent_profiles tp on tp.account_id = a.applicant_id
        where a.opportunity_id = ${opportunityId} ${only}`,
  );
  if (applicants.length === 0) return { updated: 0 };

  const skills = [...new Set([...opportunity.required_skills, ...opportunity.preferred_skills])];
  const prefectures = [
    ...new Set([...opportunity.prefecture_codes, ...opportunity.municipality_codes.map((code) => code.slice(0, 2))]),
  ];
  const skillRows =
    skills.length === 0
      ? []
      : await jsonRows<[string, string, number]>(
          db,
          sql`select json_build_array(ts.account_id, ts.skill, ts.level)
              from talent_skills ts
              join applications a on a.applicant_id = ts.account_id
              where a.opportunity_id = ${opportunityId} ${only}
                and ts.skill = any(${textArray(skills)}::text[])`,
        );
  const tieRows =
    prefectures.length === 0
      ? []
      : await jsonRows<[string, string, string, FitTieKind]>(
          db,
          sql`select json_build_array(t.account_id, t.region_code, t.prefecture_code, t.kind)
              from talent_region_ties t
              join applications a on a.applicant_id = t.account_id
              where a.opportunity_id = ${opportunityId} ${only}
                and t.prefecture_code = any(${textArray(prefectures)}::text[])`,
        );

  const skillsByAccount = groupBy(skillRows, ([accountId, skill, level]) => [accountId, { skill, level }]);
  const tiesByAccount = groupBy(tieRows, ([accountId, regionCode, prefectureCode, kind]) => [
    accountId,
    { regionCode, prefectureCode, kind },
  ]);

  const fitOpportunity: FitOpportunity = {
    requiredSkills: opportunity.required_skills,
    preferredSkills: opportunity.preferred_skills,
    hoursPerWeekMin: opportunity.hours_per_week_min,
    startsOn: isoDate(opportunity.starts_on),
    prefectureCodes: opportunity.prefecture_codes,
    municipalityCodes: opportunity.municipality_codes,
    fields: opportunity.fields,
    workStyle: opportunity.work_style,
  };

  // Applicants with the same facts get the same explanation: each distinct one travels once.
  const explanations: FitExplanation[] = [];
  const explanationIndex = new Map<string, number>();
  const ids: string[] = [];
  const scores: Array<number | null> = [];
  const refs: number[] = [];
  for (const [id, accountId, hours, availableFrom, prefectureCode, fields, workStyle, visibility] of applicants) {
    const isPrivate = visibility === 'private';
    const explanation = isPrivate
      ? privateProfileFit()
      : computeFit(fitOpportunity, {
          hoursPerWeek: hours,
          availableFrom: isoDate(availableFrom),
          prefectureCode,
          fieldsOfInterest: fields ?? [],
          preferredWorkStyle: workStyle,
          skills: skillsByAccount.get(accountId) ?? [],
          ties: tiesByAccount.get(accountId) ?? [],
        });
    const text = JSON.stringify(explanation);
    let ref = explanationIndex.get(text);
    if (ref === undefined) {
      ref = explanations.push(explanation) - 1;
      explanationIndex.set(text, ref);
    }
    ids.push(id);
    scores.push(isPrivate ? null : explanation.score);
    refs.push(ref);
  }

  // One statement for all rows; rows whose score and explanation did not change are not rewritten.
  const scoreArray = `{${scores.map((score) => (score === null ? 'NULL' : String(score))).join(',')}}`;
  await db.execute(sql`
    update applications a
    set fit_score = r.score, fit_explanation = r.explanation
    from (
      select u.id, u.score, d.doc -> u.ref as explanation
      from unnest(${textArray(ids)}::uuid[], ${scoreArray}::smallint[], ${`{${refs.join(',')}}`}::int[]) as u(id, score, ref),
           (select ${JSON.stringify(explanations)}::jsonb as doc) as d
    ) as r
    where a.id = r.id and a.opportunity_id = ${opportunityId}
      and (a.fit_score is distinct from r.score or a.fit_explanation is distinct from r.explanation)`);
  return { updated: applicants.length };
}

/** Scores one application (on submit, or when its applicant asks to be re-scored). */
export async function computeFitForApplication(options: { db: DbOrTx; applicationId: string }): Promise<void> {
  const [row] = await queryRows<{ opportunity_id: string }>(
    options.db,
    sql`select opportunity_id from applications where id = ${options.applicationId}`,
  );
  if (!row) throw new AppError('NOT_FOUND');
  await computeFitScores({ db: options.db, opportunityId: row.opportunity_id, applicationIds: [options.applicationId] });
}

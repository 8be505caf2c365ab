import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import type { FitExplanation } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { AppError } from '#src/lib/errors';
import {
  computeFit,
  privateProfileFit,
  type FitOpportunity,
  type FitTalent,
  type FitTieKind,
} from './fit-score';
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

// Control characters as separators: none can occur in ids, codes, slugs, dates or numbers.
const RECORD = '\u001e';
const UNIT = '\u001f';
const GROUP = '\u001d';

function parseSkill(entry: string): FitTalent['skills'][number] {
  const [skill = '', level = '0'] = entry.split(':');
  return { skill, level: Number(level) };
}

function parseTie(entry: string): FitTalent['ties'][number] {
  const [regionCode = '', prefectureCode = '', kind = 'visited'] = entry.split(':');
  return { regionCode, prefectureCode, kind: kind as FitTieKind };
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
  const only = options.applicationIds
    ? sql`and a.id = any(${textArray(options.applicationIds)}::uuid[])`
    : sql``;

  const skills = [...new Set([...opportunity.required_skills, ...opportunity.preferred_skills])];
  const prefectures = [
    ...new Set([
      ...opportunity.prefecture_codes,
      ...opportunity.municipality_codes.map((code) => code.slice(0, 2)),
    ]),
  ];
  // One read for everything, returned as one delimited text (far cheaper on the embedded database
  // than thousands of rows, and than building JSON): each applicant's profile facts, the skills the
  // opportunity names and their ties to its prefectures.
  const [result] = await queryRows<{ rows: string | null }>(
    db,
    sql`with apps as (
          select a.id, a.applicant_id from applications a where a.opportunity_id = ${opportunityId} ${only}
        ),
        skill_sets as (
          select ts.account_id, string_agg(ts.skill || ':' || ts.level, ${GROUP}) as skills
          from talent_skills ts join apps on apps.applicant_id = ts.account_id
          where ts.skill = any(${textArray(skills)}::text[])
          group by ts.account_id
        ),
        tie_sets as (
          select t.account_id, string_agg(t.region_code || ':' || t.prefecture_code || ':' || t.kind, ${GROUP}) as ties
          from talent_region_ties t join apps on apps.applicant_id = t.account_id
          where t.prefecture_code = any(${textArray(prefectures)}::text[])
          group by t.account_id
        )
        select string_agg(concat_ws(${UNIT}, apps.id, coalesce(tp.hours_per_week::text, ''),
                 coalesce(tp.available_from::text, ''), coalesce(tp.prefecture_code, ''),
                 coalesce(array_to_string(tp.fields_of_interest, ${GROUP}), ''), coalesce(tp.preferred_work_style::text, ''),
                 coalesce(tp.visibility::text, ''), coalesce(skill_sets.skills, ''), coalesce(tie_sets.ties, '')), ${RECORD}) as rows
        from apps
        left join talent_profiles tp on tp.account_id = apps.applicant_id
        left join skill_sets on skill_sets.account_id = apps.applicant_id
        left join tie_sets on tie_sets.account_id = apps.applicant_id`,
  );
  const applicants = result?.rows ? result.rows.split(RECORD).map((row) => row.split(UNIT)) : [];
  if (applicants.length === 0) return { updated: 0 };

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

  // computeFit is pure: it runs once per distinct set of facts, and each distinct explanation
  // travels to the database once (most applicants share theirs with others).
  const explanations: FitExplanation[] = [];
  const refOfFacts = new Map<string, number>();
  const refOfExplanation = new Map<string, number>();
  const ids: string[] = [];
  const scores: Array<number | null> = [];
  const refs: number[] = [];
  for (const [
    id = '',
    hours = '',
    availableFrom = '',
    prefectureCode = '',
    fields = '',
    workStyle = '',
    visibility = '',
    skillSet = '',
    tieSet = '',
  ] of applicants) {
    const isPrivate = visibility === 'private';
    const facts = isPrivate
      ? 'private'
      : `${hours}|${availableFrom}|${prefectureCode}|${fields}|${workStyle}|${skillSet}|${tieSet}`;
    let ref = refOfFacts.get(facts);
    if (ref === undefined) {
      const explanation = isPrivate
        ? privateProfileFit()
        : computeFit(fitOpportunity, {
            hoursPerWeek: hours === '' ? null : Number(hours),
            availableFrom: availableFrom || null,
            prefectureCode: prefectureCode || null,
            fieldsOfInterest: fields === '' ? [] : fields.split(GROUP),
            preferredWorkStyle: (workStyle || null) as FitTalent['preferredWorkStyle'],
            skills: skillSet === '' ? [] : skillSet.split(GROUP).map(parseSkill),
            ties: tieSet === '' ? [] : tieSet.split(GROUP).map(parseTie),
          });
      const text = JSON.stringify(explanation);
      ref = refOfExplanation.get(text);
      if (ref === undefined) {
        ref = explanations.push(explanation) - 1;
        refOfExplanation.set(text, ref);
      }
      refOfFacts.set(facts, ref);
    }
    ids.push(id);
    scores.push(isPrivate ? null : explanations[ref]!.score);
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
export async function computeFitForApplication(options: {
  db: DbOrTx;
  applicationId: string;
}): Promise<void> {
  const [row] = await queryRows<{ opportunity_id: string }>(
    options.db,
    sql`select opportunity_id from applications where id = ${options.applicationId}`,
  );
  if (!row) throw new AppError('NOT_FOUND');
  await computeFitScores({
    db: options.db,
    opportunityId: row.opportunity_id,
    applicationIds: [options.applicationId],
  });
}

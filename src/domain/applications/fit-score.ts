import type { FitExplanation } from '#src/db/schema';
import { getMunicipality, getPrefecture } from '#src/domain/regions/data';
import { skillLabel } from '#src/domain/taxonomy/skills';
import { workFieldLabel } from '#src/domain/taxonomy/fields';
import { translate, type Locale } from '#src/i18n';

/** What the fit score reads from an opportunity. */
export interface FitOpportunity {
  requiredSkills: readonly string[];
  preferredSkills: readonly string[];
  hoursPerWeekMin: number | null;
  /** ISO date (YYYY-MM-DD) the work starts. */
  startsOn: string | null;
  prefectureCodes: readonly string[];
  municipalityCodes: readonly string[];
  fields: readonly string[];
  workStyle: 'remote' | 'onsite' | 'hybrid';
}

export type FitTieKind = 'hometown' | 'lived' | 'studied' | 'family' | 'visited' | 'wants_to_move';

/** What the fit score reads from a talent profile. */
export interface FitTalent {
  hoursPerWeek: number | null;
  /** ISO date (YYYY-MM-DD) from which the talent can start; null: now. */
  availableFrom: string | null;
  /** Where the talent lives (prefecture code). */
  prefectureCode: string | null;
  fieldsOfInterest: readonly string[];
  preferredWorkStyle: 'remote' | 'onsite' | 'hybrid' | null;
  skills: ReadonlyArray<{ skill: string; level: number }>;
  ties: ReadonlyArray<{ regionCode: string; prefectureCode: string; kind: FitTieKind }>;
}

/**
 * How much each part counts (they add up to 100). A part the opportunity says nothing about (no
 * required skills, no hours, no start date, no place, no field) is left out and the others are scaled
 * up, so a score always reads as "percent of what this opportunity asks for".
 */
export const FIT_WEIGHTS = {
  requiredSkills: 40,
  preferredSkills: 10,
  hours: 15,
  start: 5,
  region: 15,
  fields: 10,
  workStyle: 5,
} as const;

/** A skill counts as held from this self-assessed level (1 = "a little"). */
export const MIN_SKILL_LEVEL = 2;

const STRONG_TIES: readonly FitTieKind[] = ['hometown', 'lived', 'studied', 'family'];
const TIE_ORDER: readonly FitTieKind[] = [
  'hometown',
  'family',
  'lived',
  'studied',
  'visited',
  'wants_to_move',
];

type Reason = FitExplanation['reasons'][number];

/** The city a ward belongs to, so a tie to 北区 of 岡山市 counts as a tie to 岡山市. */
function cityOf(regionCode: string): string {
  if (regionCode.length !== 6) return regionCode;
  const municipality = getMunicipality(regionCode);
  return municipality?.kind === 'ward' && municipality.parentCode ? municipality.parentCode : regionCode;
}

function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000;
}

interface PreparedOpportunity {
  required: string[];
  preferred: string[];
  cities: Set<string>;
  prefectures: Set<string>;
}

// What computeFit derives from an opportunity, worked out once per opportunity object rather than
// once per applicant (scoring 5,000 applicants calls computeFit 5,000 times with the same one).
const preparedOpportunities = new WeakMap<FitOpportunity, PreparedOpportunity>();

function prepared(opportunity: FitOpportunity): PreparedOpportunity {
  let result = preparedOpportunities.get(opportunity);
  if (!result) {
    const required = [...new Set(opportunity.requiredSkills)];
    const prefectures = new Set(opportunity.prefectureCodes);
    for (const code of opportunity.municipalityCodes) prefectures.add(code.slice(0, 2));
    result = {
      required,
      preferred: [...new Set(opportunity.preferredSkills)].filter((skill) => !required.includes(skill)),
      cities: new Set(opportunity.municipalityCodes.map(cityOf)),
      prefectures,
    };
    preparedOpportunities.set(opportunity, result);
  }
  return result;
}

interface RegionMatch {
  value: number;
  tie: string;
  reason: Reason;
}

function regionMatch(opportunity: FitOpportunity, talent: FitTalent): RegionMatch | null {
  const { cities, prefectures } = prepared(opportunity);
  let best: RegionMatch | null = null;
  const consider = (candidate: RegionMatch) => {
    if (!best || candidate.value > best.value) best = candidate;
  };
  const ties = [...talent.ties].sort((a, b) => TIE_ORDER.indexOf(a.kind) - TIE_ORDER.indexOf(b.kind));
  for (const tie of ties) {
    const strong = STRONG_TIES.includes(tie.kind);
    if (tie.regionCode.length === 6 && cities.has(cityOf(tie.regionCode))) {
      consider({
        value: strong ? 1 : 0.6,
        tie: `${tie.kind}:${tie.regionCode}`,
        reason: { key: `fit.tie.${tie.kind}.municipality`, params: { municipality: cityOf(tie.regionCode) } },
      });
    } else if (prefectures.has(tie.prefectureCode)) {
      consider({
        value: strong ? 0.85 : 0.5,
        tie: `${tie.kind}:${tie.regionCode}`,
        reason: { key: `fit.tie.${tie.kind}.prefecture`, params: { prefecture: tie.prefectureCode } },
      });
    }
  }
  if (talent.prefectureCode && prefectures.has(talent.prefectureCode)) {
    consider({
      value: 0.9,
      tie: `residence:${talent.prefectureCode}`,
      reason: { key: 'fit.residence', params: { prefecture: talent.prefectureCode } },
    });
  }
  return best;
}

/**
 * How well a talent fits an opportunity, 0–100, with the reasons in words (i18n keys and
 * parameters, rendered by `describeFitReason`). Pure: the same inputs always give the same answer,
 * so it serves the pipeline, recommendations and tests alike.
 */
export function computeFit(opportunity: FitOpportunity, talent: FitTalent): FitExplanation {
  const reasons: Reason[] = [];
  let earned = 0;
  let possible = 0;
  const add = (weight: number, value: number) => {
    possible += weight;
    earned += weight * Math.max(0, Math.min(1, value));
  };

  const { required, preferred } = prepared(opportunity);
  const held = new Set<string>();
  for (const entry of talent.skills) if (entry.level >= MIN_SKILL_LEVEL) held.add(entry.skill);
  const requiredMatched = required.filter((skill) => held.has(skill)).length;
  if (required.length > 0) {
    add(FIT_WEIGHTS.requiredSkills, requiredMatched / required.length);
    reasons.push({ key: 'fit.requiredSkills', params: { matched: requiredMatched, total: required.length } });
  }

  const hoursNeeded = opportunity.hoursPerWeekMin;
  const hoursAvailable = talent.hoursPerWeek;
  if (hoursNeeded !== null && hoursNeeded > 0) {
    if (hoursAvailable === null) {
      add(FIT_WEIGHTS.hours, 0);
      reasons.push({ key: 'fit.hoursUnknown', params: { needed: hoursNeeded } });
    } else {
      add(FIT_WEIGHTS.hours, hoursAvailable / hoursNeeded);
      reasons.push({
        key: hoursAvailable >= hoursNeeded ? 'fit.hoursEnough' : 'fit.hoursShort',
        params: { available: hoursAvailable, needed: hoursNeeded },
      });
    }
  }

  let regionTie: string | null = null;
  if (opportunity.prefectureCodes.length > 0 || opportunity.municipalityCodes.length > 0) {
    const match = regionMatch(opportunity, talent);
    add(FIT_WEIGHTS.region, match?.value ?? 0);
    if (match) {
      regionTie = match.tie;
      reasons.push(match.reason);
    } else {
      reasons.push({ key: 'fit.noTie' });
    }
  }

  const preferredMatched = preferred.filter((skill) => held.has(skill)).length;
  if (preferred.length > 0) {
    add(FIT_WEIGHTS.preferredSkills, preferredMatched / preferred.length);
    reasons.push({
      key: 'fit.preferredSkills',
      params: { matched: preferredMatched, total: preferred.length },
    });
  }

  if (opportunity.fields.length > 0) {
    const shared = opportunity.fields.filter((field) => talent.fieldsOfInterest.includes(field));
    add(FIT_WEIGHTS.fields, shared.length > 0 ? 1 : 0);
    reasons.push(
      shared.length > 0
        ? { key: 'fit.fieldsShared', params: { fields: shared.join(',') } }
        : { key: 'fit.fieldsNone' },
    );
  }

  if (opportunity.startsOn) {
    const lateBy = talent.availableFrom ? daysBetween(opportunity.startsOn, talent.availableFrom) : 0;
    add(FIT_WEIGHTS.start, lateBy <= 0 ? 1 : lateBy <= 30 ? 0.5 : 0);
    reasons.push(
      lateBy <= 0
        ? { key: 'fit.startOk' }
        : { key: 'fit.startLate', params: { date: talent.availableFrom! } },
    );
  }

  const preferredStyle = talent.preferredWorkStyle;
  const styleValue =
    preferredStyle === null
      ? 0.5
      : preferredStyle === opportunity.workStyle
        ? 1
        : preferredStyle === 'hybrid' || opportunity.workStyle === 'hybrid'
          ? 0.5
          : 0;
  add(FIT_WEIGHTS.workStyle, styleValue);
  if (preferredStyle !== null) {
    reasons.push({
      key:
        styleValue === 1
          ? 'fit.workStyleMatch'
          : styleValue === 0
            ? 'fit.workStyleMismatch'
            : 'fit.workStylePartly',
      params: { style: opportunity.workStyle },
    });
  }

  return {
    score: possible === 0 ? 0 : Math.round((100 * earned) / possible),
    requiredSkillsMatched: requiredMatched,
    requiredSkillsTotal: required.length,
    preferredSkillsMatched: preferredMatched,
    hoursAvailable,
    hoursNeeded,
    regionTie,
    reasons,
  };
}

/** The explanation stored for an applicant who keeps their profile private: no profile data is used. */
export function privateProfileFit(): FitExplanation {
  return {
    score: 0,
    requiredSkillsMatched: 0,
    requiredSkillsTotal: 0,
    preferredSkillsMatched: 0,
    hoursAvailable: null,
    hoursNeeded: null,
    regionTie: null,
    reasons: [{ key: 'fit.profilePrivate' }],
  };
}

function placeName(locale: Locale, code: string): string {
  if (code.length === 2) {
    const prefecture = getPrefecture(code);
    return prefecture ? (locale === 'ja' ? prefecture.name : prefecture.nameEn) : code;
  }
  const municipality = getMunicipality(code);
  if (!municipality) return code;
  return locale === 'ja' ? municipality.name : (municipality.nameEn ?? municipality.name);
}

/** One reason in words, e.g. "必須スキル5件中4件が一致" / "Matches 4 of 5 required skills". */
export function describeFitReason(locale: Locale, reason: Reason): string {
  const params: Record<string, string | number> = { ...reason.params };
  if (typeof params.prefecture === 'string') params.prefecture = placeName(locale, params.prefecture);
  if (typeof params.municipality === 'string') params.municipality = placeName(locale, params.municipality);
  if (typeof params.fields === 'string') {
    params.fields = params.fields
      .split(',')
      .map((field) => workFieldLabel(field, locale))
      .join(locale === 'ja' ? '・' : ', ');
  }
  if (typeof params.style === 'string') params.style = translate(locale, `fit.style.${params.style}`);
  if (typeof params.skill === 'string') params.skill = skillLabel(params.skill, locale);
  return translate(locale, reason.key, params);
}

/** The stored region tie ("hometown:331007") in words: "出身地(岡山市)". */
export function describeRegionTie(locale: Locale, tie: string | null): string | null {
  if (!tie) return null;
  const [kind, code] = tie.split(':');
  if (!kind || !code) return null;
  return translate(locale, 'fit.tieLabel', {
    kind: translate(locale, `fit.tieKind.${kind}`),
    place: placeName(locale, code),
  });
}

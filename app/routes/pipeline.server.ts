// Server-side shaping shared by the host's screening pages: everything that needs the regions
// data, the taxonomy or the dictionaries is turned into plain strings here, so none of it reaches
// the browser bundle.
import { describeFitReason, describeRegionTie } from '#src/domain/applications/fit-score';
import type { PipelineRow } from '#src/domain/applications/list-pipeline';
import type { ReviewerCandidate } from '#src/domain/applications/list-reviewer-candidates';
import type { ScreeningQuestion } from '#src/domain/screening/list-screening-questions';
import { listPrefectures } from '#src/domain/regions/data';
import { SKILLS, skillLabel } from '#src/domain/taxonomy/skills';
import { formatDate, translate, type Locale } from '#src/i18n';

export interface PipelineRowView {
  id: string;
  label: string;
  identityHidden: boolean;
  profileHidden: boolean;
  stageId: string;
  stageCategory: string;
  stageName: string;
  fitScore: number | null;
  fitSummary: string;
  fitReasons: string[];
  skills: string[];
  regionTie: string | null;
  hoursPerWeek: number | null;
  submittedAt: string;
  submittedOn: string;
  reviewerName: string | null;
  meanScore: number | null;
  reviewCount: number;
  reviewedByMe: boolean;
}

export function shapePipelineRow(row: PipelineRow, locale: Locale): PipelineRowView {
  const reasons = row.fitReasons.map((reason) => describeFitReason(locale, reason));
  return {
    id: row.id,
    label: row.name ?? translate(locale, 'pipeline.blindLabel', { number: row.applicantNumber }),
    identityHidden: row.identityHidden,
    profileHidden: row.profileHidden,
    stageId: row.stage.id,
    stageCategory: row.stage.category,
    stageName: locale === 'ja' ? row.stage.name : row.stage.nameEn,
    fitScore: row.fitScore,
    fitSummary: reasons.slice(0, 2).join(locale === 'ja' ? '、' : '; '),
    fitReasons: reasons,
    skills: row.topSkills.map((entry) => skillLabel(entry.skill, locale)),
    regionTie: describeRegionTie(locale, row.regionTie),
    hoursPerWeek: row.hoursPerWeek,
    submittedAt: row.submittedAt,
    submittedOn: formatDate(locale, row.submittedAt, { month: 'numeric' }),
    reviewerName: row.reviewer?.name ?? null,
    meanScore: row.meanScore,
    reviewCount: row.reviewCount,
    reviewedByMe: row.reviewedByMe,
  };
}

export interface Option {
  value: string;
  label: string;
}

export function skillOptions(locale: Locale): Option[] {
  return SKILLS.map((skill) => ({ value: skill.slug, label: skill[locale] })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

export function prefectureOptions(locale: Locale): Option[] {
  return listPrefectures().map((prefecture) => ({
    value: prefecture.code,
    label: locale === 'ja' ? prefecture.name : prefecture.nameEn,
  }));
}

/** Answers one can filter on: yes / no questions and choices, as `<question id>:<value>`. */
export function answerFilterGroups(
  questions: ScreeningQuestion[],
  locale: Locale,
): Array<{ label: string; options: Option[] }> {
  return questions
    .filter(
      (question) =>
        question.kind === 'yes_no' ||
        question.kind === 'single_choice' ||
        question.kind === 'multiple_choice',
    )
    .map((question) => ({
      label: question.label,
      options:
        question.kind === 'yes_no'
          ? (['yes', 'no'] as const).map((value) => ({
              value: `${question.id}:${value}`,
              label: `${question.label}: ${translate(locale, `pipeline.answer.${value}`)}`,
            }))
          : question.options.map((option) => ({
              value: `${question.id}:${option}`,
              label: `${question.label}: ${option}`,
            })),
    }));
}

export function reviewerOptions(candidates: ReviewerCandidate[]): Option[] {
  return candidates.map((candidate) => ({
    value: candidate.id,
    label: `${candidate.displayName}(${candidate.organisationName})`,
  }));
}

/** A public URL for links in e-mails: the configured one, or this request's origin. */
export function publicUrlOf(
  context: { runtime: { config: { PUBLIC_URL?: string } } },
  request: Request,
): string {
  return context.runtime.config.PUBLIC_URL ?? new URL(request.url).origin;
}

import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { accounts, type FitExplanation } from '#src/db/schema';
import { queryRows } from '#src/db/sql';
import { isIdentityHidden, redactTalentProfileView } from '#src/domain/screening/blind';
import { loadScreeningQuestions } from '#src/domain/screening/list-screening-questions';
import { getTalentProfile } from '#src/domain/talent/get-talent-profile';
import type { TalentProfileView } from '#src/domain/talent/view';
import { translate, type Locale } from '#src/i18n';
import { isAppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireOpportunityStaff, requireApplicationStaff, type StaffOpportunity } from './access';
import { requireUuid } from './require-application-participant';
import { ensurePipelineStages, type PipelineStage } from './stages';

export interface StaffAnswer {
  questionId: string;
  /** The question as it reads now; null when the host has since removed it. */
  label: string | null;
  kind: string | null;
  /** Null when the applicant left an optional question unanswered. */
  value: string | string[] | null;
}

export interface StaffApplicationDetail {
  opportunity: StaffOpportunity;
  application: {
    id: string;
    /** The applicant's account; null while blind screening hides who they are. */
    applicantId: string | null;
    stage: PipelineStage;
    submittedAt: string;
    updatedAt: string;
    withdrawnAt: string | null;
    motivation: string;
    answers: StaffAnswer[];
    fitScore: number | null;
    fitExplanation: FitExplanation | null;
    reviewer: { id: string; name: string } | null;
  };
  applicant: {
    /** Place in the order of submission: 応募者 #n under blind screening. */
    applicantNumber: number;
    identityHidden: boolean;
    /** The name, or 応募者 #n while blind screening hides it. */
    label: string;
    /** The profile as the viewer may see it (redacted under blind screening); null if unavailable. */
    profile: TalentProfileView | null;
  };
  stages: PipelineStage[];
}

/**
 * One application with everything a reviewer needs on one page: the applicant's profile (by the
 * talent access rule, redacted under blind screening before the interview stage), motivation,
 * answers, fit explanation, stage and reviewer. Staff of the opportunity only; NOT_FOUND otherwise.
 */
export async function getApplicationForStaff(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
  locale: Locale;
}): Promise<StaffApplicationDetail> {
  requireUuid(options.applicationId);
  const { application } = await requireApplicationStaff(options);
  const opportunity = await requireOpportunityStaff({
    db: options.db,
    actor: options.actor,
    opportunityId: application.opportunityId,
  });
  const stages = await ensurePipelineStages({ db: options.db, opportunityId: opportunity.id });
  const stage = stages.find((candidate) => candidate.id === application.stageId)!;
  const questions = await loadScreeningQuestions(options.db, opportunity.id);
  const [numbering] = await queryRows<{ n: number | string }>(
    options.db,
    sql`select count(*) as n from applications
        where opportunity_id = ${opportunity.id}
          and (submitted_at, id) <= (${application.submittedAt.toISOString()}::timestamptz, ${application.id}::uuid)`,
  );
  const applicantNumber = Number(numbering?.n ?? 0);
  const reviewer = application.assignedReviewerId
    ? await options.db
        .select({ id: accounts.id, name: accounts.displayName })
        .from(accounts)
        .where(eq(accounts.id, application.assignedReviewerId))
        .then((rows) => rows[0] ?? null)
    : null;

  let profile: TalentProfileView | null = null;
  try {
    profile = await getTalentProfile({
      db: options.db,
      actor: options.actor,
      talentId: application.applicantId,
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  const identityHidden = isIdentityHidden({
    blindScreening: opportunity.blindScreening,
    stageCategory: stage.category,
  });
  const blindLabel = translate(options.locale, 'pipeline.blindLabel', { number: applicantNumber });
  if (profile && identityHidden) profile = redactTalentProfileView(profile, blindLabel);

  const answersByQuestion = new Map(application.answers.map((answer) => [answer.questionId, answer.value]));
  const answers: StaffAnswer[] = questions.map((question) => ({
    questionId: question.id,
    label: question.label,
    kind: question.kind,
    value: answersByQuestion.get(question.id) ?? null,
  }));
  const known = new Set(questions.map((question) => question.id));
  for (const answer of application.answers) {
    if (!known.has(answer.questionId))
      answers.push({ questionId: answer.questionId, label: null, kind: null, value: answer.value });
  }

  return {
    opportunity,
    application: {
      id: application.id,
      applicantId: identityHidden ? null : application.applicantId,
      stage,
      submittedAt: application.submittedAt.toISOString(),
      updatedAt: application.updatedAt.toISOString(),
      withdrawnAt: application.withdrawnAt?.toISOString() ?? null,
      motivation: application.motivation,
      answers,
      fitScore: application.fitScore,
      fitExplanation: application.fitExplanation,
      reviewer,
    },
    applicant: {
      applicantNumber,
      identityHidden,
      label: identityHidden ? blindLabel : (profile?.displayName ?? blindLabel),
      profile,
    },
    stages,
  };
}

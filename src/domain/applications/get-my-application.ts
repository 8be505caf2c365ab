import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { organisations, pipelineStages, screeningQuestions } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { listApplicationInterviews, type InterviewView } from '../interviews/list-application-interviews';
import { requireOwnApplication } from './access';
import { listApplicationMessages, type ApplicationMessageView } from './list-application-messages';
import { listApplicationTimeline, type StageLabel, type TimelineEvent } from './list-application-timeline';
import { nextStepFor, type NextStep } from './next-step';
import { requireUuid } from './require-application-participant';
import type { ScreeningQuestionKind } from './screening-answers';
import { CLOSED_CATEGORIES } from './stages';

export interface MyApplicationDetail {
  id: string;
  opportunity: { slug: string; title: string };
  organisation: { name: string; nameEn: string | null };
  stage: StageLabel;
  /** The way forward (応募 → … → 完了), for a progress line; 不採用 and 辞退 are left out. */
  path: StageLabel[];
  motivation: string;
  answers: Array<{
    questionId: string;
    label: string;
    kind: ScreeningQuestionKind;
    value: string | string[];
  }>;
  submittedAt: string;
  updatedAt: string;
  withdrawnAt: string | null;
  canWithdraw: boolean;
  nextStep: NextStep;
  events: TimelineEvent[];
  messages: ApplicationMessageView[];
  interviews: InterviewView[];
}

/**
 * One application of the signed-in account as its applicant sees it: what they submitted, the
 * history meant for them, the messages and the interviews. Never reviewer-only information
 * (scorecards, reviewer assignment, fit score, internal notes). Others' applications: NOT_FOUND.
 */
export async function getMyApplication(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
  now?: Date;
}): Promise<MyApplicationDetail> {
  requireUuid(options.applicationId);
  const { application, opportunity } = await requireOwnApplication(options);
  const [organisation] = await options.db
    .select({ name: organisations.name, nameEn: organisations.nameEn })
    .from(organisations)
    .where(eq(organisations.id, opportunity.organisationId));
  const stages = await options.db
    .select()
    .from(pipelineStages)
    .where(eq(pipelineStages.opportunityId, opportunity.id))
    .orderBy(asc(pipelineStages.position));
  const questions = await options.db
    .select()
    .from(screeningQuestions)
    .where(eq(screeningQuestions.opportunityId, opportunity.id))
    .orderBy(asc(screeningQuestions.position));
  const [{ events }, { messages }, { interviews }] = [
    await listApplicationTimeline(options),
    await listApplicationMessages(options),
    await listApplicationInterviews(options),
  ];
  const label = (stage: (typeof stages)[number]): StageLabel => ({
    category: stage.category,
    name: stage.name,
    nameEn: stage.nameEn,
  });
  const current = stages.find((stage) => stage.id === application.stageId)!;
  return {
    id: application.id,
    opportunity: { slug: opportunity.slug, title: opportunity.title },
    organisation: organisation!,
    stage: label(current),
    path: stages
      .filter((stage) => stage.category !== 'rejected' && stage.category !== 'withdrawn')
      .map(label),
    motivation: application.motivation,
    answers: application.answers.flatMap((answer) => {
      const question = questions.find((candidate) => candidate.id === answer.questionId);
      return question
        ? [{ questionId: question.id, label: question.label, kind: question.kind, value: answer.value }]
        : [];
    }),
    submittedAt: application.submittedAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
    withdrawnAt: application.withdrawnAt?.toISOString() ?? null,
    canWithdraw: !CLOSED_CATEGORIES.includes(application.stageCategory),
    nextStep: nextStepFor(application.stageCategory, interviews, options.now ?? new Date()),
    events,
    messages,
    interviews,
  };
}

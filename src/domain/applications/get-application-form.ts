import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import {
  applications,
  opportunities,
  organisations,
  screeningQuestions,
  talentProfiles,
} from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import type { ScreeningQuestionKind } from './screening-answers';
import { applicationRefusal, OCCUPYING_CATEGORIES, opportunityKeyCondition } from './submit-application';

export interface ApplicationFormQuestion {
  id: string;
  kind: ScreeningQuestionKind;
  label: string;
  options: string[];
  required: boolean;
}

/**
 * What the apply page needs: the opportunity (any published or closed one; drafts are NOT_FOUND),
 * its screening questions, whether it takes applications now, whether the actor already applied, and
 * how much of their profile the host will see (their visibility setting).
 */
export async function getApplicationForm(options: {
  db: DbOrTx;
  actor: Actor | null;
  slug: string;
  now?: Date;
}) {
  requireActor(options.actor);
  const actor = options.actor;
  const now = options.now ?? new Date();
  const [row] = await options.db
    .select({
      opportunity: opportunities,
      organisationName: organisations.name,
      organisationNameEn: organisations.nameEn,
    })
    .from(opportunities)
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .where(opportunityKeyCondition(options.slug))
    .limit(1);
  if (!row || row.opportunity.status === 'draft') throw new AppError('NOT_FOUND');
  const { opportunity } = row;
  const [occupied] = await options.db
    .select({ value: count() })
    .from(applications)
    .where(
      and(
        eq(applications.opportunityId, opportunity.id),
        inArray(applications.stageCategory, OCCUPYING_CATEGORIES),
      ),
    );
  const questions: ApplicationFormQuestion[] = await options.db
    .select({
      id: screeningQuestions.id,
      kind: screeningQuestions.kind,
      label: screeningQuestions.label,
      options: screeningQuestions.options,
      required: screeningQuestions.required,
    })
    .from(screeningQuestions)
    .where(eq(screeningQuestions.opportunityId, opportunity.id))
    .orderBy(asc(screeningQuestions.position));
  const [existing] = await options.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.opportunityId, opportunity.id), eq(applications.applicantId, actor.accountId)))
    .limit(1);
  const [profile] = await options.db
    .select({ visibility: talentProfiles.visibility })
    .from(talentProfiles)
    .where(eq(talentProfiles.accountId, actor.accountId))
    .limit(1);
  return {
    opportunity,
    organisationName: row.organisationName,
    organisationNameEn: row.organisationNameEn,
    questions,
    canApply: actor.role === 'talent',
    refusal: applicationRefusal(opportunity, occupied?.value ?? 0, now),
    existingApplicationId: existing?.id ?? null,
    /** null: no profile yet; the host then sees only what is submitted with the application. */
    profileVisibility: profile?.visibility ?? null,
  };
}

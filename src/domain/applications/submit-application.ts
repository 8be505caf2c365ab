import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import {
  applicationEvents,
  applications,
  opportunities,
  organisations,
  screeningQuestions,
} from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import type { Mailer } from '../notifications/mailer';
import { notifyAccount } from '../notifications/notify-account';
import { computeFitForApplication } from './compute-fit-scores';
import { APPLICATION_MANAGER_ROLES, hostRecipientIds } from './host-recipients';
import { validateScreeningAnswers } from './screening-answers';
import { ensurePipelineStages, type StageCategory } from './stages';
import { SubmitApplicationInputSchema, type SubmitApplicationInput } from './submit-application.schema';

/** An opportunity by its public slug or its id. */
export function opportunityKeyCondition(key: string) {
  return UUID.test(key) ? eq(opportunities.id, key) : eq(opportunities.slug, key);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stages that take up one of the opportunity's openings. */
export const OCCUPYING_CATEGORIES: StageCategory[] = ['offer', 'contract', 'active', 'completed'];

export type ApplicationRow = typeof applications.$inferSelect;

/**
 * Why an opportunity does not take applications now, or null when it does: not published (closed,
 * archived), its window not yet open or already closed, or every opening taken.
 */
export function applicationRefusal(
  opportunity: Pick<
    typeof opportunities.$inferSelect,
    'status' | 'applicationsOpenAt' | 'applicationsCloseAt' | 'openings'
  >,
  occupied: number,
  now: Date,
): 'apply.refused.closed' | 'apply.refused.notYetOpen' | 'apply.refused.full' | null {
  if (opportunity.status !== 'published') return 'apply.refused.closed';
  if (opportunity.applicationsCloseAt && opportunity.applicationsCloseAt.getTime() <= now.getTime()) {
    return 'apply.refused.closed';
  }
  if (opportunity.applicationsOpenAt && opportunity.applicationsOpenAt.getTime() > now.getTime()) {
    return 'apply.refused.notYetOpen';
  }
  if (occupied >= opportunity.openings) return 'apply.refused.full';
  return null;
}

/**
 * A talent applies to a published opportunity with a motivation and answers to its screening
 * questions. One application per person and opportunity: a repeat of the same submit (same
 * idempotency key: a double click, a retry after a network error) returns the application already
 * made (`created: false`); any other second attempt is a CONFLICT naming the existing application.
 * Closed, not-yet-open and full opportunities are refused and nothing is written. On success the
 * applicant gets a confirmation e-mail and the host's owners and admins a notification.
 */
export async function submitApplication(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  /** The opportunity's slug or id. */
  opportunityKey: string;
  input: SubmitApplicationInput;
  publicUrl?: string;
  now?: Date;
}): Promise<{ application: ApplicationRow; created: boolean }> {
  requireActor(options.actor);
  const actor = options.actor;
  if (actor.role !== 'talent') throw new AppError('FORBIDDEN', 'apply.talentOnly');
  const parsed = SubmitApplicationInputSchema.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      fieldErrors[issue.path.map(String).join('.') || '_form'] ??= issue.message.includes(' ')
        ? 'validation.invalid'
        : issue.message;
    }
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrors);
  }
  const input = parsed.data;
  const idempotencyKey = input.idempotencyKey ?? null;
  const now = options.now ?? new Date();

  const outcome = await options.db.transaction(async (tx) => {
    // Locking the opportunity serialises submits to it: a double click cannot create two
    // applications or two pipelines, and the openings count stays exact.
    const [opportunity] = await tx
      .select()
      .from(opportunities)
      .where(opportunityKeyCondition(options.opportunityKey))
      .for('update');
    if (!opportunity || opportunity.status === 'draft') throw new AppError('NOT_FOUND');

    const existing = await findExisting(tx, opportunity.id, actor.accountId);
    if (existing) return replayOrConflict(existing, idempotencyKey, opportunity);

    const [occupied] = await tx
      .select({ value: count() })
      .from(applications)
      .where(
        and(
          eq(applications.opportunityId, opportunity.id),
          inArray(applications.stageCategory, OCCUPYING_CATEGORIES),
        ),
      );
    const refusal = applicationRefusal(opportunity, occupied?.value ?? 0, now);
    if (refusal) throw new AppError('CONFLICT', refusal);

    const questions = await tx
      .select()
      .from(screeningQuestions)
      .where(eq(screeningQuestions.opportunityId, opportunity.id))
      .orderBy(asc(screeningQuestions.position));
    const { answers, fieldErrors } = validateScreeningAnswers(questions, input.answers);
    if (Object.keys(fieldErrors).length > 0)
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', fieldErrors);

    const stages = await ensurePipelineStages({ db: tx, opportunityId: opportunity.id });
    const applied = stages.find((stage) => stage.category === 'applied')!;
    const [application] = await tx
      .insert(applications)
      .values({
        opportunityId: opportunity.id,
        applicantId: actor.accountId,
        stageId: applied.id,
        stageCategory: applied.category,
        motivation: input.motivation,
        answers,
        idempotencyKey,
        submittedAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!application) {
      // Only reachable if the lock was bypassed; the unique index still guarantees one row.
      return replayOrConflict(
        (await findExisting(tx, opportunity.id, actor.accountId))!,
        idempotencyKey,
        opportunity,
      );
    }
    await tx.insert(applicationEvents).values({
      applicationId: application.id,
      actorId: actor.accountId,
      kind: 'submitted',
      toStageId: applied.id,
      createdAt: now,
    });
    await computeFitForApplication({ db: tx, applicationId: application.id });
    const [scored] = await tx.select().from(applications).where(eq(applications.id, application.id));
    return { application: scored!, created: true, opportunity };
  });

  if (outcome.created) {
    await notifySubmitted({
      db: options.db,
      mailer: options.mailer,
      application: outcome.application,
      opportunity: outcome.opportunity,
      publicUrl: options.publicUrl,
    });
  }
  return { application: outcome.application, created: outcome.created };
}

async function findExisting(
  db: Parameters<Parameters<Db['transaction']>[0]>[0],
  opportunityId: string,
  applicantId: string,
) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.opportunityId, opportunityId), eq(applications.applicantId, applicantId)))
    .limit(1);
  return row;
}

function replayOrConflict(
  existing: ApplicationRow,
  idempotencyKey: string | null,
  opportunity: typeof opportunities.$inferSelect,
) {
  if (idempotencyKey !== null && existing.idempotencyKey === idempotencyKey) {
    return { application: existing, created: false, opportunity };
  }
  throw new AppError('CONFLICT', 'apply.alreadyApplied', {}, { applicationId: existing.id });
}

async function notifySubmitted(options: {
  db: Db;
  mailer: Mailer;
  application: ApplicationRow;
  opportunity: typeof opportunities.$inferSelect;
  publicUrl?: string;
}) {
  const { db, mailer, application, opportunity } = options;
  const [organisation] = await db
    .select({ name: organisations.name, nameEn: organisations.nameEn })
    .from(organisations)
    .where(eq(organisations.id, opportunity.organisationId));
  const params = { title: opportunity.title, organisation: organisation?.name ?? '' };
  const paramsByLocale = { en: { organisation: organisation?.nameEn ?? organisation?.name ?? '' } };
  await notifyAccount({
    db,
    mailer,
    accountId: application.applicantId,
    subjectKey: 'apply.email.submittedSubject',
    bodyKey: 'apply.email.submittedBody',
    params,
    paramsByLocale,
    path: `/account/applications/${application.id}`,
    publicUrl: options.publicUrl,
  });
  // The applicant's name stays out of the host's e-mail: blind screening may hide it until the interview.
  const recipients = await hostRecipientIds({
    db,
    organisationId: opportunity.organisationId,
    roles: APPLICATION_MANAGER_ROLES,
  });
  for (const accountId of recipients) {
    await notifyAccount({
      db,
      mailer,
      accountId,
      subjectKey: 'apply.email.newApplicationSubject',
      bodyKey: 'apply.email.newApplicationBody',
      params,
      paramsByLocale,
      path: `/manage/applications/${application.id}`,
      publicUrl: options.publicUrl,
    });
  }
}

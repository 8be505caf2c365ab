import { and, eq, inArray, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { applicationEvents, applications } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import type { Mailer } from '../notifications/mailer';
import { notifyAccount } from '../notifications/notify-account';
import { requireUuid } from './require-application-participant';
import { requireOpportunityStaff } from './access';
import { listReviewerCandidates } from './list-reviewer-candidates';

/**
 * Makes one staff member the reviewer of several applications of an opportunity (or clears the
 * reviewer with `reviewerId: null`). The reviewer must be a member of the host organisation or of
 * the programme's coordinating organisation; each change is recorded (staff-only) and the reviewer
 * is told by e-mail when someone else assigned them.
 */
export async function assignReviewer(options: {
  db: Db;
  mailer: Mailer;
  actor: Actor | null;
  opportunityId: string;
  applicationIds: string[];
  reviewerId: string | null;
  publicUrl?: string;
}): Promise<{ assigned: number }> {
  requireUuid(options.opportunityId);
  if (options.reviewerId !== null) requireUuid(options.reviewerId);
  options.applicationIds.forEach(requireUuid);
  const ids = [...new Set(options.applicationIds)];
  if (ids.length === 0) return { assigned: 0 };
  const result = await options.db.transaction(async (tx) => {
    const opportunity = await requireOpportunityStaff({
      db: tx,
      actor: options.actor,
      opportunityId: options.opportunityId,
    });
    let reviewerName: string | null = null;
    if (options.reviewerId !== null) {
      const candidates = await listReviewerCandidates({ db: tx, opportunity });
      const reviewer = candidates.find((candidate) => candidate.id === options.reviewerId);
      if (!reviewer)
        throw new AppError('INVALID_INPUT', 'pipeline.reviewer.notStaff', {
          reviewerId: 'pipeline.reviewer.notStaff',
        });
      reviewerName = reviewer.displayName;
    }
    const found = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.opportunityId, opportunity.id), inArray(applications.id, ids)));
    if (found.length !== ids.length) throw new AppError('NOT_FOUND');
    const changed = await tx
      .update(applications)
      .set({ assignedReviewerId: options.reviewerId, updatedAt: new Date() })
      .where(
        and(
          inArray(applications.id, ids),
          options.reviewerId === null
            ? isNotNull(applications.assignedReviewerId)
            : or(
                isNull(applications.assignedReviewerId),
                ne(applications.assignedReviewerId, options.reviewerId),
              ),
        ),
      )
      .returning({ id: applications.id });
    if (changed.length > 0) {
      await tx.insert(applicationEvents).values(
        changed.map((row) => ({
          applicationId: row.id,
          actorId: options.actor!.accountId,
          kind: options.reviewerId ? 'reviewer_assigned' : 'reviewer_cleared',
          payload: options.reviewerId ? { reviewerId: options.reviewerId, reviewerName } : {},
          visibleToApplicant: false,
        })),
      );
    }
    return { assigned: changed.length, opportunity };
  });
  if (options.reviewerId && options.reviewerId !== options.actor!.accountId && result.assigned > 0) {
    await notifyAccount({
      db: options.db,
      mailer: options.mailer,
      accountId: options.reviewerId,
      subjectKey: 'pipeline.email.reviewerAssignedSubject',
      bodyKey: 'pipeline.email.reviewerAssignedBody',
      params: { title: result.opportunity.title, count: result.assigned, by: options.actor!.displayName },
      path: `/manage/opportunities/${result.opportunity.id}/pipeline?reviewer=me`,
      publicUrl: options.publicUrl,
    });
  }
  return { assigned: result.assigned };
}

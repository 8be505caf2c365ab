import type {
  compensationUnit,
  opportunities,
  opportunityKind,
  opportunityStatus,
  workStyle,
} from '#src/db/schema';

export type OpportunityKind = (typeof opportunityKind.enumValues)[number];
export type OpportunityStatus = (typeof opportunityStatus.enumValues)[number];
export type WorkStyle = (typeof workStyle.enumValues)[number];
export type CompensationUnit = (typeof compensationUnit.enumValues)[number];
export type OpportunityRow = typeof opportunities.$inferSelect;

export const OPPORTUNITY_KINDS: readonly OpportunityKind[] = [
  'side_job',
  'remote_hq',
  'paid_internship',
  'workcation_internship',
  'training_cohort',
  'municipal_adviser',
];
export const WORK_STYLES: readonly WorkStyle[] = ['remote', 'onsite', 'hybrid'];
export const COMPENSATION_UNITS: readonly CompensationUnit[] = ['hour', 'month', 'project', 'none'];
export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = [
  'draft',
  'published',
  'closed',
  'archived',
];
/** Languages a host can name for the work (ISO 639-1). */
export const OPPORTUNITY_LANGUAGES = ['ja', 'en', 'zh', 'ko', 'vi', 'pt'] as const;

/**
 * Whether people can see it as open: published and its application window has not closed. An
 * opportunity whose closing date has passed counts as closed everywhere, before the scheduled
 * `closeExpiredOpportunities` has flipped its status.
 */
export function isOpportunityOpen(
  opportunity: { status: OpportunityStatus; applicationsCloseAt: Date | string | null },
  now: Date = new Date(),
): boolean {
  if (opportunity.status !== 'published') return false;
  if (opportunity.applicationsCloseAt === null) return true;
  return new Date(opportunity.applicationsCloseAt).getTime() > now.getTime();
}

/** Whether applications are accepted right now (open and its window has started). */
export function isAcceptingApplications(
  opportunity: {
    status: OpportunityStatus;
    applicationsOpenAt: Date | string | null;
    applicationsCloseAt: Date | string | null;
  },
  now: Date = new Date(),
): boolean {
  if (!isOpportunityOpen(opportunity, now)) return false;
  return opportunity.applicationsOpenAt === null || new Date(opportunity.applicationsOpenAt) <= now;
}

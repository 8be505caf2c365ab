import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { interviews } from '#src/db/schema';
import type { Actor } from '../accounts/actor';
import { requireApplicationParticipant } from '../applications/require-application-participant';
import { CLOSED_CATEGORIES } from '../applications/stages';
import { isInterviewOpen, type InterviewRow } from './interview-access';

/** What either side sees of an interview (plain, serialisable). */
export interface InterviewView {
  id: string;
  status: InterviewRow['status'];
  proposedSlots: string[];
  /** Set while scheduled; for a cancelled one, the time that was called off. */
  scheduledStart: string | null;
  durationMinutes: number;
  meetingUrl: string | null;
  place: string | null;
  note: string;
  sequence: number;
  /** Whether an .ics can be downloaded (a time is set, or was before cancelling). */
  hasInvite: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toInterviewView(interview: InterviewRow): InterviewView {
  // A re-proposed interview keeps its previous time only to cancel that invite; it is not "the" time.
  const start = interview.status === 'proposed' ? null : interview.scheduledStart;
  return {
    id: interview.id,
    status: interview.status,
    proposedSlots: interview.proposedSlots,
    scheduledStart: start ? start.toISOString() : null,
    durationMinutes: interview.durationMinutes,
    meetingUrl: interview.meetingUrl,
    place: interview.place,
    note: interview.note,
    sequence: interview.sequence,
    hasInvite: start !== null,
    createdAt: interview.createdAt.toISOString(),
    updatedAt: interview.updatedAt.toISOString(),
  };
}

/**
 * The application's interviews, newest first, for its applicant or its staff (NOT_FOUND for others).
 * `canPropose`: the actor is staff, the application is not closed and no interview is open.
 */
export async function listApplicationInterviews(options: {
  db: DbOrTx;
  actor: Actor | null;
  applicationId: string;
  now?: Date;
}): Promise<{
  side: 'applicant' | 'host';
  opportunity: { slug: string; title: string };
  interviews: InterviewView[];
  canPropose: boolean;
}> {
  const { side, application, opportunity } = await requireApplicationParticipant(options);
  const rows = await options.db
    .select()
    .from(interviews)
    .where(eq(interviews.applicationId, application.id))
    .orderBy(desc(interviews.createdAt));
  const now = options.now ?? new Date();
  const canPropose =
    side === 'host' &&
    !CLOSED_CATEGORIES.includes(application.stageCategory) &&
    !rows.some((interview) => isInterviewOpen(interview, now));
  return {
    side,
    opportunity: { slug: opportunity.slug, title: opportunity.title },
    interviews: rows.map(toInterviewView),
    canPropose,
  };
}

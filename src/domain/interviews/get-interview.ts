import type { DbOrTx } from '#src/db/client';
import type { Actor } from '../accounts/actor';
import type { ApplicationSide } from '../applications/require-application-participant';
import { requireInterviewParticipant } from './interview-access';
import { toInterviewView, type InterviewView } from './list-application-interviews';

/** One interview, for its applicant or staff (NOT_FOUND for anyone else), with its application. */
export async function getInterview(options: {
  db: DbOrTx;
  actor: Actor | null;
  interviewId: string;
}): Promise<{
  side: ApplicationSide;
  applicationId: string;
  opportunity: { slug: string; title: string };
  interview: InterviewView;
}> {
  const { interview, application, opportunity, side } = await requireInterviewParticipant(options);
  return {
    side,
    applicationId: application.id,
    opportunity: { slug: opportunity.slug, title: opportunity.title },
    interview: toInterviewView(interview),
  };
}

import type { StageCategory } from './stages';

/** What the applicant should do or expect next, in words on "My applications". */
export type NextStep =
  | { kind: 'chooseSlot' }
  | { kind: 'attendInterview'; at: string }
  | { kind: 'waitForHost' }
  | { kind: 'waitForInterview' }
  | { kind: 'waitForResult' }
  | { kind: 'offer' }
  | { kind: 'contract' }
  | { kind: 'active' }
  | { kind: 'completed' }
  | { kind: 'rejected' }
  | { kind: 'withdrawn' };

export interface NextStepInterview {
  status: 'proposed' | 'scheduled' | 'cancelled' | 'completed';
  scheduledStart: Date | string | null;
  durationMinutes: number;
}

export function nextStepFor(
  stage: StageCategory,
  interviews: readonly NextStepInterview[],
  now: Date,
): NextStep {
  if (stage === 'rejected' || stage === 'withdrawn' || stage === 'completed') return { kind: stage };
  if (interviews.some((interview) => interview.status === 'proposed')) return { kind: 'chooseSlot' };
  const scheduled = interviews
    .filter((interview) => interview.status === 'scheduled' && interview.scheduledStart)
    .map((interview) => ({
      start: new Date(interview.scheduledStart!),
      end: new Date(new Date(interview.scheduledStart!).getTime() + interview.durationMinutes * 60_000),
    }));
  const upcoming = scheduled
    .filter((interview) => interview.end.getTime() > now.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime())[0];
  if (upcoming) return { kind: 'attendInterview', at: upcoming.start.toISOString() };
  switch (stage) {
    case 'applied':
    case 'screening':
      return { kind: 'waitForHost' };
    case 'interview':
      return scheduled.length > 0 ? { kind: 'waitForResult' } : { kind: 'waitForInterview' };
    default:
      return { kind: stage };
  }
}

import type { Runtime } from '#src/runtime';
import { deleteExpiredSessions } from '#src/domain/accounts/sessions';
import { closeExpiredOpportunities } from '#src/domain/opportunities/close-expired-opportunities';
import { everyHours, type Job } from './scheduler';

/** The platform's periodic jobs, run in-process by the scheduler (see src/jobs/scheduler.ts). */
export function platformJobs(runtime: Pick<Runtime, 'db' | 'mailer' | 'config'>): Job[] {
  return [
    { name: 'delete-expired-sessions', isDue: everyHours(6), run: () => deleteExpiredSessions({ db: runtime.db }) },
    {
      name: 'close-expired-opportunities',
      isDue: everyHours(1),
      run: async (now) => void (await closeExpiredOpportunities({ db: runtime.db, now })),
    },
  ];
}

import type { Runtime } from '#src/runtime';
import { deleteExpiredSessions } from '#src/domain/accounts/sessions';
import { closeExpiredOpportunities } from '#src/domain/opportunities/close-expired-opportunities';
import { sendSavedSearchDigests } from '#src/domain/search/send-saved-search-digests';
import { dailyAtTokyoHour, everyHours, type Job } from './scheduler';

/** The platform's periodic jobs, run in-process by the scheduler (see src/jobs/scheduler.ts). */
export function platformJobs(runtime: Pick<Runtime, 'db' | 'mailer' | 'config'>): Job[] {
  return [
    {
      name: 'delete-expired-sessions',
      isDue: everyHours(6),
      run: () => deleteExpiredSessions({ db: runtime.db }),
    },
    {
      name: 'close-expired-opportunities',
      isDue: everyHours(1),
      run: async (now) => void (await closeExpiredOpportunities({ db: runtime.db, now })),
    },
    {
      // The saved-search e-mail digest, once a day in the morning, Japan time.
      name: 'saved-search-digests',
      isDue: dailyAtTokyoHour(8),
      run: async (now) =>
        void (await sendSavedSearchDigests({
          db: runtime.db,
          mailer: runtime.mailer,
          now,
          publicUrl: runtime.config.PUBLIC_URL,
        })),
    },
  ];
}

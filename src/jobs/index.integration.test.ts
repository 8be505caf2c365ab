import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { opportunities } from '#src/db/schema';
import type { Runtime } from '#src/runtime';
import { buildOrganisation } from '../../tests/factories/accounts';
import { buildBareOpportunity } from '../../tests/factories/applications';
import { createTestDatabase } from '../../tests/support/db';
import { createTestRuntime } from '../../tests/support/runtime';
import { platformJobs } from './index';
import { runDueJobs } from './scheduler';

let handle: DatabaseHandle;
let runtime: Runtime;
beforeAll(async () => {
  handle = await createTestDatabase();
  runtime = createTestRuntime(handle);
});
afterAll(() => handle.close());

describe('platform jobs', () => {
  it('closes opportunities whose application deadline has passed when the scheduler runs', async () => {
    const organisation = await buildOrganisation({ db: handle.db });
    const expired = await buildBareOpportunity({ db: handle.db, organisationId: organisation.id });
    const open = await buildBareOpportunity({ db: handle.db, organisationId: organisation.id });
    await handle.db
      .update(opportunities)
      .set({ applicationsCloseAt: new Date('2026-03-01T00:00:00Z') })
      .where(eq(opportunities.id, expired.id));
    await handle.db
      .update(opportunities)
      .set({ applicationsCloseAt: new Date('2027-03-01T00:00:00Z') })
      .where(eq(opportunities.id, open.id));

    const ran = await runDueJobs({
      db: handle.db,
      jobs: platformJobs(runtime),
      now: new Date('2026-03-02T00:00:00Z'),
    });
    expect(ran).toContain('close-expired-opportunities');
    const statusOf = async (id: string) =>
      (
        await handle.db
          .select({ status: opportunities.status })
          .from(opportunities)
          .where(eq(opportunities.id, id))
      )[0]!.status;
    expect(await statusOf(expired.id)).toBe('closed');
    expect(await statusOf(open.id)).toBe('published');
  });
});

import { sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import type { Actor } from '#src/domain/accounts/actor';
import { requirePlatformAdmin } from '#src/domain/accounts/permissions';

/** Counts for the admin home page (platform admins). */
export async function getAdminOverview(options: { db: Db; actor: Actor | null }) {
  requirePlatformAdmin(options.actor);
  const [row] = await queryRows<{
    accounts: number;
    suspended: number;
    unverified: number;
    organisations: number;
    emailsToday: number;
    emailsFailed: number;
  }>(
    options.db,
    sql`select
      (select count(*)::int from accounts) as "accounts",
      (select count(*)::int from accounts where status = 'suspended') as "suspended",
      (select count(*)::int from accounts where email_verified_at is null) as "unverified",
      (select count(*)::int from organisations) as "organisations",
      (select count(*)::int from email_outbox where created_at > now() - interval '1 day') as "emailsToday",
      (select count(*)::int from email_outbox where status = 'failed') as "emailsFailed"`,
  );
  return row!;
}

import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { organisations } from '#src/db/schema';
import type { OrganisationKind } from '../accounts/actor';

export async function listOrganisations(options: {
  db: Db;
  kind?: OrganisationKind;
  prefectureCode?: string;
  municipalityCode?: string;
  limit?: number;
}) {
  const conditions: SQL[] = [];
  if (options.kind) conditions.push(eq(organisations.kind, options.kind));
  if (options.prefectureCode) conditions.push(eq(organisations.prefectureCode, options.prefectureCode));
  if (options.municipalityCode) conditions.push(eq(organisations.municipalityCode, options.municipalityCode));
  return options.db
    .select()
    .from(organisations)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(organisations.name))
    .limit(options.limit ?? 200);
}

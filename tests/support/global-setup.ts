import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';

export const TEMPLATE_DB = 'tsunagu_test_template';

/** Migrates once per run: a PGlite data-dir tarball, and a PostgreSQL template database. */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB_KIND ?? 'pglite';
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const templateName = `${TEMPLATE_DB}_${process.pid}`;
    await admin.query(`drop database if exists ${templateName}`);
    await admin.query(`create database ${templateName}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${templateName}`;
    const handle = await openDatabase({
      databaseUrl: templateUrl.toString(),
      dataDir: 'unused',
      poolSize: 1,
    });
    await migrateDatabase(handle);
    await handle.close();
    project.provide('postgresTemplate', templateName);
    return async () => {
      await admin.query(`drop database if exists ${templateName}`);
      await admin.end();
    };
  }
  const client = await PGlite.create({ extensions: { pg_trgm } });
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  await migrate(drizzle({ client }), { migrationsFolder: path.resolve('drizzle') });
  const dump = await client.dumpDataDir('none');
  await client.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-test-')), 'migrated.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

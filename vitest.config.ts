import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '~': fileURLToPath(new URL('./app', import.meta.url)),
  '#src': fileURLToPath(new URL('./src', import.meta.url)),
};
const shared = {
  globalSetup: ['tests/support/global-setup.ts'],
  setupFiles: ['tests/support/setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// Unit tests run once; integration tests (*.integration.test.ts) run against PGlite and, when
// TEST_DATABASE_URL is set, again against that PostgreSQL server.
export default defineConfig({
  resolve: { alias },
  test: {
    allowOnly: !process.env.CI,
    projects: [
      {
        resolve: { alias },
        test: {
          ...shared,
          name: 'pglite',
          include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'server/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          env: { TEST_DB_KIND: 'pglite' },
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: {
                ...shared,
                name: 'postgres',
                include: [
                  'src/**/*.integration.test.ts',
                  'app/**/*.integration.test.ts',
                  'server/**/*.integration.test.ts',
                ],
                env: { TEST_DB_KIND: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});

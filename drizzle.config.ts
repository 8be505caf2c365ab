import { defineConfig } from 'drizzle-kit';

// drizzle-kit is used only to *generate* migrations; they are applied by our own
// runner (src/db/migrate.ts) because drizzle-kit cannot load PGlite extensions.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});

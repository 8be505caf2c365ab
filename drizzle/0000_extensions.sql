-- Extensions used by later migrations. pg_trgm ships with PGlite (loaded by src/db/client.ts)
-- and with PostgreSQL's contrib package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

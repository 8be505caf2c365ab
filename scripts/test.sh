#!/usr/bin/env bash
# `npm test`: unit + integration tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
# then the browser tests against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vitest run
bash scripts/test-e2e.sh

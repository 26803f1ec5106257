#!/usr/bin/env bash
# The whole test suite, from a fresh machine: set-up, static checks, unit tests, both builds,
# the size budget, then the browser tests in real Chromium with the built extension.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }
step "typecheck";     npx tsc --noEmit
step "lint";          npx eslint .
step "format";        npx prettier --check .
step "unit tests";    npx vitest run --project unit
step "build";         npx wxt build && npx wxt build -b firefox && npx wxt zip >/dev/null
step "size budget";   npx tsx scripts/size.ts
step "browser tests"; npx vitest run --project e2e

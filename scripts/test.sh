#!/usr/bin/env bash
# The whole test suite, from a fresh machine: set-up, static checks, unit tests, both builds,
# the size budget, then the browser tests in real Chromium with the built extension.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p .test-tmp

step() { printf '\n== %s\n' "$*"; }
vitest() { npx vitest run --project "$1" --reporter=default --reporter=json --outputFile.json=".test-tmp/$1.json"; }

step "typecheck";     npx tsc --noEmit
step "lint";          npx eslint .
step "format";        npx prettier --check .
step "unit tests";    vitest unit
step "models";        bash scripts/check-models.sh
step "build";         npx wxt build && npx wxt build -b firefox && npx wxt zip >/dev/null
step "size budget";   npx tsx scripts/size.ts
step "browser tests"; vitest e2e

# One closing line over both runs, in the plain form CI reads.
node -e '
const r = ["unit", "e2e"].map((p) => require("./.test-tmp/" + p + ".json"));
const sum = (k) => r.reduce((n, x) => n + x[k], 0);
console.log(`\n${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
'

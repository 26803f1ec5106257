#!/usr/bin/env bash
# The main job, from a fresh machine: set up, build the extension for Chrome and Firefox,
# print the sample article's outline with the CLI, then open Chromium with the extension
# on the sample article (a window where there is a display; headless with a screenshot where
# there is none).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build
npx wxt build -b firefox
echo
echo "== npm run outline -- tests/fixtures/seed/source.html"
npx tsx scripts/outline.ts tests/fixtures/seed/source.html
echo
npx tsx scripts/open-sample.ts "$@"

#!/usr/bin/env bash
# The committed models are exactly what `npm run train` makes from ../shared today (issue 3:
# "rebuilds the committed model file ... deterministically"). Each is rebuilt into .test-tmp and
# compared byte for byte. Forced by the twentieth session: gist.json and points.json had gone
# stale after feature changes, and nothing said so.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.test-tmp/models
mkdir -p "$out"
# Gist and points read the committed segment.json: if it is stale, its own check fails first.
npx tsx scripts/train.ts --out "$out/segment.json" 2>/dev/null
npx tsx scripts/train-gist.ts --out "$out/gist.json" >/dev/null 2>&1
npx tsx scripts/tune-points.ts --out "$out/points.json" >/dev/null
status=0
for m in segment gist points; do
  if cmp -s "$out/$m.json" "models/$m.json"; then
    echo "models/$m.json: as npm run train makes it"
  else
    echo "models/$m.json differs from what npm run train makes now: run npm run train, review, commit" >&2
    status=1
  fi
done
exit $status

#!/usr/bin/env bash
# Installs what Lede needs on a fresh Debian machine: npm packages, and Debian's Chromium and
# Firefox ESR for the browser tests (Playwright's own browser download does not work offline; see
# ../shared/guides/extension-testing.md). Safe to run again: skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium for the browser tests; firefox-esr for the Firefox build's (tests/e2e/firefox.test.ts,
# over WebDriver BiDi); fonts-noto-cjk so Japanese renders in them and in the README's
# screenshots (a bare Debian has no CJK font and draws empty boxes).
if ! command -v chromium >/dev/null 2>&1 || ! command -v firefox-esr >/dev/null 2>&1 ||
  ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing Debian's chromium, firefox-esr and fonts-noto-cjk (a few minutes on a fresh machine)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium firefox-esr fonts-noto-cjk >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

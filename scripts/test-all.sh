#!/usr/bin/env bash
# npm test: every check, in the order a failure is cheapest to find. Needs /usr/bin/chromium and /usr/bin/firefox-esr.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
step "dataset check";        npm run --silent data:check
step "build (Chromium, Firefox)"; npm run --silent build >/dev/null
step "typecheck";            npx tsc --noEmit
step "unit tests";           npx vitest run
step "web-ext lint";         npx web-ext lint --source-dir dist-firefox --self-hosted=false --output json 2>/dev/null \
  | node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8"));for(const e of r.errors)console.error(e.code,e.file,e.message);console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings`);process.exit(r.summary.errors?1:0)'
step "content script size";  npm run --silent size
step "end-to-end (Chromium)"; npx playwright test
step "smoke (Firefox)";      npx tsx test/firefox/smoke.ts

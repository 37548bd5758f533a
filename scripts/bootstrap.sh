#!/usr/bin/env bash
# Installs what HiveFS needs on a fresh Debian 12 machine with only Node.js 20, then builds it.
# Idempotent: a second run only re-checks. Used by quickstart.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

# pnpm comes from corepack (bundled with Node 20) or, failing that, from npx.
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_INTEGRITY_KEYS=0
if command -v corepack >/dev/null 2>&1 && corepack pnpm --version >/dev/null 2>&1; then
  PNPM=(corepack pnpm)
else
  PNPM=(npx --yes pnpm@9.15.9)
fi

echo "== installing dependencies (${PNPM[*]})"
"${PNPM[@]}" install --frozen-lockfile --reporter=append-only 2>&1 | tail -n 5

echo "== building"
"${PNPM[@]}" run -s build
echo "== build complete"

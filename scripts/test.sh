#!/usr/bin/env bash
# The README's test command: install, build, type-check the tests, run every test
# (unit tests and cluster tests that start real daemons; the generated-code check is one of them).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0 COREPACK_INTEGRITY_KEYS=0
echo "== type-checking the tests"
npx tsc -p tsconfig.tests.json
exec npx vitest run "$@"

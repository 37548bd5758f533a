#!/usr/bin/env bash
# The README's test command: install, build, type-check the tests, run every test
# (unit tests and cluster tests that start real daemons; the generated-code check is one of them),
# then the FUSE tests (test/fuse) a second time on the fallback engine, fuse-native. Either pass
# failing fails the script; the last lines name every failed test of both passes.
# With arguments, only those are passed to one vitest run (no second pass).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0 COREPACK_INTEGRITY_KEYS=0
echo "== type-checking the tests"
npx tsc -p tsconfig.tests.json
if [ "$#" -gt 0 ]; then
  exec npx vitest run "$@"
fi
# both passes run even when the first fails, so one CI run reports both
status=0
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
json() { echo "--reporter=default --reporter=json --outputFile.json=$reports/$1.json"; }
echo "== every test (FUSE mounts on the default engine)"
npx vitest run $(json all) || status=1
echo "== the FUSE tests again on the fallback engine, fuse-native (HIVEFS_FUSE_ENGINE=native)"
HIVEFS_FUSE_ENGINE=native npx vitest run $(json native) test/fuse || status=1
node scripts/failed-tests.mjs "every test=$reports/all.json" "test/fuse on fuse-native=$reports/native.json"
exit "$status"

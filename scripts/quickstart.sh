#!/usr/bin/env bash
# The README's first command: install, build, and start a local cluster (1 mgmtd, 1 meta,
# 2 storage daemons with 2 targets each) on loopback. Extra arguments go to `hivefs-local up`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec node bin/hivefs-local up "$@"

#!/usr/bin/env bash
# The README's first command: install, build, and start a local cluster (1 mgmtd, 1 meta,
# 2 storage daemons with 2 targets each) on loopback. As root it also mounts the cluster at
# /mnt/hivefs with hivefs-client, unless --mount DIR (mount there) or --no-mount is given;
# other users get a mount only with --mount DIR. Extra arguments go to `hivefs-local up`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
args=("$@")
chose_mount=no
for a in "$@"; do
  case "$a" in
    --mount | --mount=* | --no-mount) chose_mount=yes ;;
  esac
done
if [ "$chose_mount" = no ] && [ "$(id -u)" = 0 ]; then
  args+=(--mount /mnt/hivefs)
fi
exec node bin/hivefs-local up "${args[@]}"

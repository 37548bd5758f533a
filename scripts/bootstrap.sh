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

# FUSE: libfuse2 (what the fuse-native addon links), fuse3 (fusermount), libfuse3-dev and pkg-config
# (the low-level engine's addon, packages/fuse-lowlevel), fio (benchmarks), and a C toolchain: pnpm
# install compiles the patched fuse-native (patches/fuse-native@2.2.6.patch), fuse-lowlevel and
# nowait-io (the storage daemon's reads of page-cached data, packages/nowait-io).
missing=()
libs=$({ ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null || true)
[[ $libs == *"libfuse.so.2 "* ]] || missing+=(libfuse2)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
{ command -v pkg-config >/dev/null 2>&1 && pkg-config --exists fuse3; } || missing+=(libfuse3-dev)
command -v fusermount3 >/dev/null 2>&1 || command -v fusermount >/dev/null 2>&1 || missing+=(fuse3)
command -v fio >/dev/null 2>&1 || missing+=(fio)
{ command -v make && command -v g++ && command -v gcc; } >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing ${missing[*]}; install them as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
[ -e /dev/fuse ] || echo "bootstrap: warning: /dev/fuse is missing; hivefs-client cannot mount (modprobe fuse, or run the container with --device /dev/fuse)" >&2

echo "== installing dependencies (${PNPM[*]})"
"${PNPM[@]}" install --frozen-lockfile --reporter=append-only 2>&1 | tail -n 5

echo "== building"
"${PNPM[@]}" run -s build
echo "== build complete"

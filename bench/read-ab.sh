#!/usr/bin/env bash
# Paired comparison of two client settings on sequential reads: one local cluster, two clients
# mounting it side by side (A and B, each with its own hivefs-client flags), one 1 GiB file,
# then cold reads (caches dropped before each) alternating A, B, A, B... On this VM single runs
# drift by 30 % or more from minute to minute; reads taken in pairs on one cluster see the same
# drift, so their medians can be compared. Prints each read (MiB/s, CPU centiseconds of that
# client and of both storage daemons) and the medians, the first pair left out (warm-up).
#
#   bash bench/read-ab.sh "--tuneReadAheadRunChunks=2" "--tuneReadAheadRunChunks=1" [pairs, default 8]
#   bash bench/read-ab.sh "" "--tuneReadAheadSize=4m" 6
#
# Needs root (mounts, drop_caches). Asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
A_ARGS=${1?flags of client A (may be "")}
B_ARGS=${2?flags of client B (may be "")}
PAIRS=${3:-8}
D=$(mktemp -d /tmp/hivefs-read-ab-XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  for m in "$D/a" "$D/b"; do grep -q " $m fuse" /proc/mounts && umount -l "$m" || true; done
  node bin/hivefs-local down --dir "$D/cluster" >/dev/null 2>&1 || true
  rm -rf "$D"
}
trap cleanup EXIT
node bin/hivefs-local up --dir "$D/cluster" >/dev/null
mkdir -p "$D/a" "$D/b"
mount_client() { # dir, log, flags...
  local dir=$1 log=$2
  shift 2
  # shellcheck disable=SC2068
  node bin/hivefs-client --mount="$dir" --cfgFile="$D/cluster/hivefs-client.conf" $@ >"$log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 150); do grep -q '"msg":"mounted"' "$log" && return 0; sleep 0.2; done
  echo "hivefs-client did not mount $dir:"; cat "$log"; exit 1
}
mount_client "$D/a" "$D/a.log" $A_ARGS
mount_client "$D/b" "$D/b.log" $B_ARGS
CA=${PIDS[0]} CB=${PIDS[1]}
S1=$(cat "$D/cluster/run/storage01.pid") S2=$(cat "$D/cluster/run/storage02.pid")
dd if=/dev/zero of="$D/a/f" bs=1M count=1024 conv=fsync status=none
cpu() { local t=0 s; for p in "$@"; do read -r -a s < <(cut -d' ' -f14,15 "/proc/$p/stat"); t=$((t + s[0] + s[1])); done; echo "$t"; }
echo "A: ${A_ARGS:-(defaults)}"
echo "B: ${B_ARGS:-(defaults)}"
for i in $(seq "$PAIRS"); do
  for side in A B; do
    if [ "$side" = A ]; then m=$D/a c=$CA; else m=$D/b c=$CB; fi
    sync; echo 3 >/proc/sys/vm/drop_caches
    c0=$(cpu "$c"); s0=$(cpu "$S1" "$S2"); t0=$(date +%s%N)
    dd if="$m/f" of=/dev/null bs=1M status=none
    t1=$(date +%s%N); c1=$(cpu "$c"); s1=$(cpu "$S1" "$S2")
    mibs=$(( 1024 * 1000000000 / (t1 - t0) ))
    echo "$i $side $mibs MiB/s client $((c1 - c0)) cs storage $((s1 - s0)) cs"
  done
done | tee "$D/reads"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for side in A B; do
  rows=$(awk -v s="$side" '$1 > 1 && $2 == s' "$D/reads")
  echo "median $side (pairs 2..$PAIRS): $(awk '{ print $3 }' <<<"$rows" | median) MiB/s, client $(awk '{ print $6 }' <<<"$rows" | median) cs, storage $(awk '{ print $9 }' <<<"$rows" | median) cs per GiB"
done

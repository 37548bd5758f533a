#!/usr/bin/env bash
# Profiles hivefs-client on one workload: starts a local cluster in a temp dir, lays out the data
# with a plain client, drops the caches (root), remounts with a client run under the given node
# flags (e.g. --cpu-prof), runs the workload, and prints the workload's result, the CPU seconds of
# the client (main thread vs the rest) and of the servers, and the profile summary.
#
#   bash bench/profile-client.sh seqwrite|seqread|randread|meta [node flags...]
#   bash bench/profile-client.sh seqread --cpu-prof --cpu-prof-interval=250
#   CLIENT_ARGS=--tuneReadAheadSize=0 bash bench/profile-client.sh randread
#   SERVER_PROF=1 bash bench/profile-client.sh meta     # also profiles the daemons
#   DROP=1 PER=2500 bash bench/profile-client.sh meta   # cold stat and read phases, as fuse-bench runs them
#   PHASES=read SERVER_PROF=1 bash bench/profile-client.sh meta   # only create (always) and read: the profiles end with read
#
# The V8 profiler itself costs CPU: compare CPU seconds from runs without flags.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:?workload: seqwrite, seqread, randread or meta}
shift
D=$(mktemp -d /tmp/hivefs-profile-XXXXXX)
M=$D/mnt
mkdir -p "$M" "$D/prof"
flags=("$@")
[[ " $* " == *" --cpu-prof "* ]] && flags+=("--cpu-prof-dir=$D/prof")
CP=
cleanup() {
  [ -n "$CP" ] && kill "$CP" 2>/dev/null && wait "$CP" 2>/dev/null || true
  grep -q " $M fuse" /proc/mounts && umount -l "$M" || true
  node bin/hivefs-local down --dir "$D/cluster" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$D"
}
trap cleanup EXIT
if [ -n "${SERVER_PROF:-}" ]; then # profile the daemons too (written when they stop)
  HIVEFS_PROF_DIR=$D/sprof NODE_OPTIONS="--require $PWD/bench/cpu-prof-hook.cjs" node bin/hivefs-local up --dir "$D/cluster" >/dev/null
else
  node bin/hivefs-local up --dir "$D/cluster" >/dev/null
fi

start_client() { # node flags...
  : >"$D/client.out"
  # shellcheck disable=SC2086
  node "$@" bin/hivefs-client --mount="$M" --cfgFile="$D/cluster/hivefs-client.conf" ${CLIENT_ARGS:-} >>"$D/client.out" 2>&1 &
  CP=$!
  for _ in $(seq 150); do grep -q '"msg":"mounted"' "$D/client.out" && return; sleep 0.2; done
  echo "hivefs-client did not mount:" && cat "$D/client.out" && exit 1
}
stop_client() { kill "$CP" && wait "$CP" || true; CP=; }
cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$1/stat"; }
servers_cpu() { for s in meta01 storage01 storage02; do cpu "$(cat "$D/cluster/run/$s.pid")"; done | paste -sd+ | bc; }
per_server() { for s in meta01 storage01 storage02; do echo -n "$s $(cpu "$(cat "$D/cluster/run/$s.pid")") "; done; echo; }
main_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$CP/task/$CP/stat"; }
fioq() { fio --ioengine=psync --fallocate=none --group_reporting "$@"; }

start_client
case $work in
  seqread) fioq --name=s --directory="$M" --rw=write --bs=1M --size=1G --end_fsync=1 >/dev/null ;;
  randread) fioq --name=l --filename="$M/rr" --rw=write --bs=1M --size=64M --end_fsync=1 >/dev/null ;;
  meta) mkdir "$M/m" ;;
esac
stop_client
sync
echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || echo "(not root: caches not dropped)"
start_client "${flags[@]}"

c0=$(cpu "$CP"); m0=$(main_cpu); s0=$(servers_cpu); t0=$(date +%s.%N)
per_server
case $work in
  seqwrite) fioq --name=s --directory="$M" --rw=write --bs=1M --size=1G --end_fsync=1 | grep -E 'WRITE:' ;;
  seqread) fioq --name=s --directory="$M" --rw=read --bs=1M --size=1G | grep -E 'READ:' ;;
  randread) fioq --name=r --filename="$M/rr" --rw=randread --bs=4k --size=64M --numjobs=4 --time_based --runtime=10 --direct=1 | grep -E 'IOPS' ;;
  meta) node -e '
    const { fork } = require("node:child_process");
    const { readFileSync } = require("node:fs");
    const [dir, per, ...pids] = process.argv.slice(1);
    const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) / 100; };
    const cpus = () => pids.map((p) => cpu(p));
    const ws = [0, 1, 2, 3].map((i) => fork("bench/meta-worker.mjs", [dir, String(i), per]));
    const next = (w) => new Promise((r) => w.once("message", r));
    (async () => {
      await Promise.all(ws.map(next));
      const run = (process.env.PHASES || "create,stat,read,unlink").split(",");
      for (const phase of ["create", "stat", "read", "unlink"].filter((p) => p === "create" || run.includes(p))) {
        if (process.env.DROP && (phase === "stat" || phase === "read")) { require("node:child_process").execFileSync("sync"); require("node:fs").writeFileSync("/proc/sys/vm/drop_caches", "3"); }
        const t = Date.now();
        const c0 = cpus();
        await Promise.all(ws.map((w) => { const p = next(w); w.send({ phase }); return p; }));
        const used = cpus().map((c, i) => ((c - c0[i]) * 1e6 / (4 * per)).toFixed(0));
        console.log(`${phase} ${Math.round((4 * per) / ((Date.now() - t) / 1000))} ops/s; CPU µs per op: client ${used[0]}, meta ${used[1]}, storage ${used.slice(2).join(" + ")}`);
      }
      for (const w of ws) w.connected && w.disconnect();
    })();' "$M/m" "${PER:-1000}" "$CP" $(for s in meta01 storage01 storage02; do cat "$D/cluster/run/$s.pid"; done) ;;
  *) echo "unknown workload $work" && exit 1 ;;
esac
c1=$(cpu "$CP"); m1=$(main_cpu); s1=$(servers_cpu); t1=$(date +%s.%N)
per_server
echo "client CPU $(echo "$c1 - $c0" | bc) s (main thread $(echo "$m1 - $m0" | bc) s), servers CPU $(echo "$s1 - $s0" | bc) s, wall $(echo "$t1 - $t0" | bc | cut -c1-5) s"
stop_client
if [ -n "${SERVER_PROF:-}" ]; then
  node bin/hivefs-local down --dir "$D/cluster" >/dev/null
  for p in "$D"/sprof/*.cpuprofile; do echo "== $p" && node bench/cpuprofile-top.mjs "$p" --top 25 ${PROF_ARGS:-}; done
fi
for p in "$D"/prof/*.cpuprofile; do
  [ -e "$p" ] && node bench/cpuprofile-top.mjs "$p" --top 20 ${PROF_ARGS:-}
done

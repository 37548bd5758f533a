#!/usr/bin/env bash
# Samples one process with Linux perf (kernel and JIT-compiled JavaScript frames) during chosen
# phases of the 4-process metadata workload of bench/fuse-bench.mjs, on a local cluster mounted in
# a temp dir. Where profile-client.sh's V8 profiles count wall time, perf counts CPU time, so it
# also shows the kernel's share (context switches, copies) and native builtins (Map, Set, ...).
#
#   bash bench/perf-meta.sh client|meta01|storage01|storage02 [phases, default unlink]
#   PER=2500 TOP=40 bash bench/perf-meta.sh meta01 read,unlink
#   GRAPH="-g caller,0.5,callee --symbol-filter=MapPrototypeSet" bash bench/perf-meta.sh meta01
#
# Needs root and perf (apt-get install -y linux-perf). Phases: create, stat, read, unlink.
set -euo pipefail
cd "$(dirname "$0")/.."
who=${1:?process: client, meta01, storage01 or storage02}
phases=${2:-unlink}
command -v perf >/dev/null || { echo "perf not found: apt-get install -y linux-perf"; exit 1; }
D=$(mktemp -d /tmp/hivefs-perf-XXXXXX)
M=$D/mnt
mkdir -p "$M"
CP=
cleanup() {
  [ -n "$CP" ] && kill "$CP" 2>/dev/null && wait "$CP" 2>/dev/null || true
  grep -q " $M fuse" /proc/mounts && umount -l "$M" || true
  node bin/hivefs-local down --dir "$D/cluster" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] && echo "kept $D" || rm -rf "$D" /tmp/perf-*.map
}
trap cleanup EXIT
# --perf-basic-prof writes /tmp/perf-<pid>.map so perf can name JavaScript frames
(cd "$D" && NODE_OPTIONS=--perf-basic-prof node "$OLDPWD/bin/hivefs-local" up --dir "$D/cluster" >/dev/null)
(cd "$D" && exec node --perf-basic-prof "$OLDPWD/bin/hivefs-client" --mount="$M" --cfgFile="$D/cluster/hivefs-client.conf" ${CLIENT_ARGS:-} >"$D/client.out" 2>&1) &
CP=$!
for _ in $(seq 150); do grep -q '"msg":"mounted"' "$D/client.out" && break; sleep 0.2; done
grep -q '"msg":"mounted"' "$D/client.out" || { echo "hivefs-client did not mount:"; cat "$D/client.out"; exit 1; }
if [ "$who" = client ]; then pid=$CP; else pid=$(cat "$D/cluster/run/$who.pid"); fi
node -e '
  const { fork, execFileSync, spawn } = require("node:child_process");
  const { writeFileSync, mkdirSync } = require("node:fs");
  const [dir, per, pid, out, phases] = process.argv.slice(1);
  mkdirSync(dir, { recursive: true });
  const ws = [0, 1, 2, 3].map((i) => fork("bench/meta-worker.mjs", [dir, String(i), per]));
  const next = (w) => new Promise((r) => w.once("message", r));
  (async () => {
    await Promise.all(ws.map(next));
    for (const phase of ["create", "stat", "read", "unlink"]) {
      if (phase === "stat" || phase === "read") { execFileSync("sync"); writeFileSync("/proc/sys/vm/drop_caches", "3"); }
      let perf;
      if (phases.split(",").includes(phase)) {
        perf = spawn("perf", ["record", "-g", "-p", pid, "-o", `${out}.${phase}`], { stdio: "ignore" });
        await new Promise((r) => setTimeout(r, 300)); // perf attaches
      }
      const t = Date.now();
      await Promise.all(ws.map((w) => { const p = next(w); w.send({ phase }); return p; }));
      console.log(`${phase} ${Math.round((4 * per) / ((Date.now() - t) / 1000))} ops/s${perf ? " (sampled by perf)" : ""}`);
      if (perf) { perf.kill("SIGINT"); await new Promise((r) => perf.once("exit", r)); }
    }
  })();' "$M/m" "${PER:-2500}" "$pid" "$D/perf.data" "$phases"
for f in "$D"/perf.data.*; do
  echo "== $who, ${f##*.} phase"
  # shellcheck disable=SC2086
  perf report -i "$f" --no-children --sort dso,sym --stdio ${GRAPH:--g none} 2>/dev/null | grep -v '^#' | grep '%' | head -"${TOP:-30}"
done

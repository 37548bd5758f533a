#!/usr/bin/env bash
# Seed 000's metadata mirroring walk-through on a local cluster: two meta daemons paired in meta
# buddy group 200 (--addmirrorgroup, --mirrormd), their states, groups and resync stats, a file
# copied in, the primary meta daemon stopped (by its pid) while mgmtd's view goes Probably-offline
# and then Offline / Needs-resync, the files still readable and writable, the daemon restarted,
# its incremental resync completed and both nodes Good again. Prints each command and its output;
# exits non-zero at the first step whose expectation fails; stops and removes what it started.
# Needs root (FUSE mount). Usage: scripts/walkthrough-meta-mirror.sh [--keep] (keep the cluster dir)
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
KEEP=no
[ "${1:-}" = --keep ] && KEEP=yes

DIR=$(mktemp -d /tmp/hivefs-walkthrough-XXXXXX)
MNT=$(mktemp -d /tmp/hivefs-walkthrough-mnt-XXXXXX)
WORK=$(mktemp -d /tmp/hivefs-walkthrough-work-XXXXXX)
CONF=$DIR/hivefs-client.conf
STARTED=no

cleanup() {
  local rc=$?
  if [ "$STARTED" = yes ]; then
    echo
    echo "# cleaning up: hivefs-local down --dir $DIR"
    node "$REPO/bin/hivefs-local" down --dir "$DIR" >/dev/null 2>&1 || echo "# hivefs-local down failed"
  fi
  if grep -q " $MNT " /proc/mounts; then umount -l "$MNT" 2>/dev/null || true; fi
  rmdir "$MNT" 2>/dev/null || true
  rm -rf "$WORK"
  if [ "$KEEP" = no ]; then rm -rf "$DIR"; else echo "# kept $DIR"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "WALKTHROUGH FAILED: $*" >&2
  exit 1
}

# run CMD...: prints "$ CMD" (hivefs-ctl without its --cfgFile) and its output; fails unless it
# exits $WANT_RC (default 0). Output in $OUT.
run() {
  local want=${WANT_RC:-0}
  echo
  echo "\$ $*"
  local real=("$@")
  case "$1" in
    hivefs-ctl) real=(node "$REPO/bin/hivefs-ctl" "--cfgFile=$CONF" "${@:2}") ;;
    hivefs-local) real=(node "$REPO/bin/hivefs-local" "${@:2}") ;;
  esac
  OUT=$("${real[@]}" 2>&1)
  local rc=$?
  [ -n "$OUT" ] && printf '%s\n' "$OUT"
  [ $rc -eq "$want" ] || fail "'$*' exited $rc (expected $want)"
  [ $rc -eq 0 ] || echo "(exit code $rc)"
}

# expect REGEX WHAT: the last command's output must match (grep -E, per line).
expect() {
  # a here-string, not a pipe: grep -q stops at the first match, and under pipefail the printf
  # still writing into the closed pipe (SIGPIPE, 141) would fail a match that held
  grep -Eq -- "$1" <<<"$OUT" || fail "$2 (expected /$1/ in the output above)"
}

ctl() { node "$REPO/bin/hivefs-ctl" "--cfgFile=$CONF" "$@" 2>&1; }

# state_of NODE: "Reachability Consistency" of meta node NODE in --listtargets --nodetype=meta --state.
state_of() { ctl --listtargets --nodetype=meta --state | awk -v n="$1" '$1 == n { print $2, $3 }'; }

# wait_state NODE REGEX SECS: prints every change of the meta state table until NODE's state matches.
wait_state() {
  local node=$1 re=$2 secs=$3 last='' table
  local end=$((SECONDS + secs))
  echo
  echo "\$ hivefs-ctl --listtargets --nodetype=meta --state   # every 0.2 s until node $node is '$re'"
  while :; do
    table=$(ctl --listtargets --nodetype=meta --state)
    if [ "$table" != "$last" ]; then
      echo "[+$((SECONDS - T0)) s]"
      printf '%s\n' "$table"
      last=$table
    fi
    printf '%s\n' "$table" | awk -v n="$node" '$1 == n { print $2, $3 }' | grep -Eq -- "$re" && return 0
    [ $SECONDS -lt $end ] || fail "meta node $node did not become '$re' within $secs s"
    sleep 0.2
  done
}

[ "$(id -u)" = 0 ] || fail "needs root for the FUSE mount"
echo "# hivefs-ctl stands for: node bin/hivefs-ctl --cfgFile=$CONF"
T0=$SECONDS

STARTED=yes
run hivefs-local up --dir "$DIR" --meta 2 --no-mount
expect '^  meta02 +pid [0-9]+' 'two meta daemons run'

# Creating metadata mirror group
run hivefs-ctl --addmirrorgroup --nodetype=meta --primary=1 --secondary=2 --groupid=200
run hivefs-ctl --mirrormd
run hivefs-ctl --listmirrorgroups --nodetype=meta
expect '^ +200 +1 +2$' 'group 200 has primary 1 and secondary 2'

# Checking metadata mirroring
wait_state 2 '^Online Good$' 30
run hivefs-ctl --listtargets --nodetype=meta --state
expect '^ +1 +Online +Good +1$' 'meta node 1 Online Good'
expect '^ +2 +Online +Good +2$' 'meta node 2 Online Good'
run hivefs-ctl --resyncstats --nodetype=meta --nodeid=2
expect '^Job state: ' 'resync stats of node 2'
run hivefs-ctl --journalstats --nodetype=meta

# A client, a file copied in
run hivefs-local up --dir "$DIR" --mount "$MNT"
head -c $((8 * 1024 * 1024 + 123)) /dev/urandom >"$WORK/before.bin"
run cp "$WORK/before.bin" "$MNT/before.bin"
run mkdir -p "$MNT/smallfiles"
for i in 1 2 3 4 5; do echo "small $i" >"$MNT/smallfiles/f$i" || fail "writing smallfiles/f$i"; done
SUM_BEFORE=$(md5sum <"$WORK/before.bin" | cut -d' ' -f1)
run md5sum "$MNT/before.bin"
expect "^$SUM_BEFORE " 'the copy reads back'
run hivefs-ctl --getentryinfo "$MNT/smallfiles"
run hivefs-ctl --journalstats --nodetype=meta

# Metadata node failure test after mirroring: stop the primary meta daemon by its pid
run hivefs-ctl --listmirrorgroups --nodetype=meta
PRIMARY=$(printf '%s\n' "$OUT" | awk '$1 == 200 { print $2 }')
SECONDARY=$(printf '%s\n' "$OUT" | awk '$1 == 200 { print $3 }')
[ "$PRIMARY" = 1 ] && [ "$SECONDARY" = 2 ] || fail "group 200 should be 1/2 before the failure, is $PRIMARY/$SECONDARY"
run hivefs-local status --dir "$DIR"
PID=$(printf '%s\n' "$OUT" | awk -v d="meta0$PRIMARY" '$1 == d && $2 == "pid" { print $3 }')
[ -n "$PID" ] || fail "no pid for meta0$PRIMARY"
run kill "$PID"
while kill -0 "$PID" 2>/dev/null; do sleep 0.1; done
echo "# meta0$PRIMARY (pid $PID) has exited"
T0=$SECONDS
wait_state "$PRIMARY" '^Probably-offline ' 20
wait_state "$PRIMARY" '^Offline Needs-resync$' 30
run hivefs-ctl --listtargets --nodetype=meta --state
expect "^ +$SECONDARY +Online +Good +$SECONDARY\$" "meta node $SECONDARY stays Online Good"
run hivefs-ctl --listmirrorgroups --nodetype=meta
expect "^ +200 +$SECONDARY +$PRIMARY\$" "group 200 switched to primary $SECONDARY"
run hivefs-ctl --resyncstats --nodetype=meta --nodeid="$PRIMARY"
run hivefs-ctl --resyncstats --nodetype=meta --nodeid="$SECONDARY"

# Files still readable and writable
run ls -l "$MNT" "$MNT/smallfiles"
expect '^-.* before\.bin$' 'before.bin is listed'
run md5sum "$MNT/before.bin"
expect "^$SUM_BEFORE " 'before.bin reads back after the failover'
head -c $((5 * 1024 * 1024 + 7)) /dev/urandom >"$WORK/after.bin"
SUM_AFTER=$(md5sum <"$WORK/after.bin" | cut -d' ' -f1)
run cp "$WORK/after.bin" "$MNT/after.bin"
run mv "$MNT/smallfiles/f1" "$MNT/smallfiles/f1-renamed"
run rm "$MNT/smallfiles/f2"
run mkdir "$MNT/made-while-away"
run md5sum "$MNT/after.bin"
expect "^$SUM_AFTER " 'after.bin reads back'
WANT_RC=3 run hivefs-ctl --journalstats --nodetype=meta
expect "^ +200 +$SECONDARY +primary " "meta node $SECONDARY keeps the journal as primary"
expect "^Meta node $PRIMARY \\(group 200\\): cannot get its journal stats" "meta node $PRIMARY does not answer"

# Restart the stopped meta daemon: it comes back as secondary and is resynced from the journal
T0=$SECONDS
run hivefs-local up --dir "$DIR"
wait_state "$PRIMARY" '^Online Good$' 60
run hivefs-ctl --resyncstats --nodetype=meta --nodeid="$PRIMARY"
expect '^Job state: Completed successfully$' 'the resync completed'
expect '^Mode: incremental$' 'the resync was incremental'
expect '^# of journal entries replayed: [1-9][0-9]*$' 'journal entries were replayed'
run hivefs-ctl --listtargets --nodetype=meta --state
expect '^ +1 +Online +Good +1$' 'meta node 1 Online Good'
expect '^ +2 +Online +Good +2$' 'meta node 2 Online Good'
run hivefs-ctl --listmirrorgroups --nodetype=meta
expect "^ +200 +$SECONDARY +$PRIMARY\$" "group 200 keeps primary $SECONDARY"
run hivefs-ctl --journalstats --nodetype=meta
run ls -l "$MNT" "$MNT/smallfiles"
expect 'f1-renamed$' 'the rename made while the node was away is there'
run md5sum "$MNT/before.bin" "$MNT/after.bin"
expect "^$SUM_BEFORE " 'before.bin reads back'
expect "^$SUM_AFTER " 'after.bin reads back'
echo
echo "# walk-through completed: every expectation held"

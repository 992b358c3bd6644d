#!/usr/bin/env bash
# `make check-cluster`: the cluster's proof (issue 15). Under a steady write
# load through the front (wrk, tests/cluster/writers.lua: posts, backings on
# existing posts and chat messages, every acknowledged one logged) and a
# prober (tests/cluster/prober.py: GET / ten times a second as a visitor and
# as a member), it SIGKILLs db node 2 and brings it back (IST or SST), then
# SIGKILLs app host 2 and restarts it. Afterwards tests/cluster/proof.py
# checks every node on its own socket: every acknowledged write is there,
# none twice, every counter equals its rows; and prints the error rate and
# the seconds until the site answered 200 again for each failover; then
# the same read benchmark through one app host and through the front;
# last, with both app hosts killed, the front's own 502 page in the
# visitor's language (da, sv, en), and the hosts started again.
#
#   scripts/check-cluster.sh
#
# Exits 1 when an acknowledged write is missing on a node, a write is
# stored twice, a counter differs from its rows, the front's 502 page is
# not in the visitor's language (or the cluster did not come up). Error
# rates and rps are figures, not failures.
#
# Environment:
#   PORT            the front (default 18400); app host N on PORT+N
#   CLUSTER_DIR     the cluster's folder (default var/check-cluster); a
#                   cluster already answering there on PORT is used as it
#                   is and left running, else one is started and stopped
#   DB_PORT_OFFSET  its db nodes' ports (default: a cluster's own, made
#                   before in CLUSTER_DIR, else 90: SQL on 3401-3403,
#                   Galera 4661-4663, apart from `make cluster`'s)
#   BIN_DIR, WORKERS  as scripts/cluster.sh
#   CHECK_STEP      seconds between the steps (default 10)
#   CHECK_PAUSE_MS  each writer's pause after an answer (default 250: about
#                   25 writes a second from 8 writers)
#   CHECK_BENCH_SECONDS  each read benchmark's length (default 5)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

export PORT=${PORT:-18400}
CLUSTER_DIR=${CLUSTER_DIR:-var/check-cluster}
case $CLUSTER_DIR in
    /*) ;;
    *) CLUSTER_DIR=$ROOT/$CLUSTER_DIR ;;
esac
export CLUSTER_DIR
# A cluster made before (running or not) keeps its ports: kill-db and
# start-db must render its nodes' my.cnf with the same ones.
if [[ -z ${DB_PORT_OFFSET:-} && -f $CLUSTER_DIR/db1/my.cnf ]]; then
    DB_PORT_OFFSET=$(($(sed -n 's/^port *= *\([0-9]*\)$/\1/p' "$CLUSTER_DIR/db1/my.cnf") - 3311))
fi
export DB_PORT_OFFSET=${DB_PORT_OFFSET:-90}
STEP=${CHECK_STEP:-10}
BENCH_SECONDS=${CHECK_BENCH_SECONDS:-5}
OUT=$CLUSTER_DIR/check
URL=http://127.0.0.1:$PORT
SOCKS=
for n in 1 2 3; do SOCKS+=" $CLUSTER_DIR/db$n/run/mysqld.sock"; done
CLUSTER=$ROOT/scripts/cluster.sh

say() { printf 'check-cluster: %s\n' "$*"; }
die() { printf 'check-cluster: error: %s\n' "$*" >&2; exit 1; }
command -v wrk >/dev/null || die "no wrk: run make deps"

answers() { # URL -> the HTTP status, 000 when nothing answers
    curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true
}
# event NAME: a line "<unix time> NAME" proof.py lines the logs up with
event() { printf '%s %s\n' "$(date +%s.%N)" "$1" >>"$OUT/events"; }
# the state of db node N as Galera tells it (empty when it does not answer)
node_state() {
    mariadb --no-defaults --socket="$CLUSTER_DIR/db$1/run/mysqld.sock" -uroot -N -B \
        -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true
}

started=0
wrk_pid=
probe_pid=
prepared=0
began=$SECONDS
finish() {
    local rc=$?
    [[ -n $wrk_pid ]] && kill -INT "$wrk_pid" 2>/dev/null && wait "$wrk_pid" 2>/dev/null
    [[ -n $probe_pid ]] && kill -TERM "$probe_pid" 2>/dev/null && wait "$probe_pid" 2>/dev/null
    if ((prepared)); then
        python3 tests/cluster/proof.py restore "$OUT" $SOCKS 2>/dev/null || true
    fi
    if ((started)); then
        say "stopping the cluster it started"
        "$CLUSTER" stop >>"$OUT/cluster.log" 2>&1 || true
    fi
    say "took $((SECONDS - began)) s"
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

mkdir -p "$CLUSTER_DIR"
if [[ $(answers "$URL/") == 200 ]] && "$CLUSTER" status >/dev/null 2>&1; then
    say "using the cluster running in $CLUSTER_DIR on $URL"
    rm -rf "$OUT" && mkdir -p "$OUT"
else
    rm -rf "$OUT" && mkdir -p "$OUT"
    say "starting a cluster in $CLUSTER_DIR on $URL (log: $OUT/cluster.log)"
    started=1
    t0=$SECONDS
    "$CLUSTER" start >>"$OUT/cluster.log" 2>&1 || {
        tail -20 "$OUT/cluster.log" >&2
        die "the cluster did not start"
    }
    say "cluster up in $((SECONDS - t0)) s"
fi
for n in 1 2 3; do
    [[ $(node_state "$n") == Synced ]] || die "db node $n is not Synced: $(node_state "$n")"
done

RUN=$(python3 tests/cluster/proof.py prepare "$OUT" "$URL" $SOCKS)
prepared=1
writers=$(grep -c . "$OUT/sessions.tsv")
say "run $RUN: $writers writers (members: posts and backings; tobias_w and his coach:" \
    "chat), prober at 10 + 10 a second"
event load-start
python3 tests/cluster/prober.py "$OUT" "$URL" 10 5 &
probe_pid=$!
CHECK_SESSIONS=$OUT/sessions.tsv CHECK_POSTS=$OUT/posts.txt CHECK_ORIGIN=$URL \
    CHECK_TOPICS=$(cat "$OUT/topics.txt") CHECK_LOG=$OUT/writes CHECK_RUN=$RUN \
    CHECK_PAUSE_MS=${CHECK_PAUSE_MS:-250} wrk -t"$writers" -c"$writers" -d3600s \
    --timeout 60s -s tests/cluster/writers.lua "$URL/" >"$OUT/wrk.out" 2>&1 &
wrk_pid=$!

sleep "$STEP"
say "kill-db 2 (SIGKILL)"
event kill-db
"$CLUSTER" kill-db 2 >>"$OUT/cluster.log" 2>&1
sleep "$STEP"
say "start-db 2"
event start-db
t0=$SECONDS
"$CLUSTER" start-db 2 2>&1 | tee -a "$OUT/cluster.log" | grep -iE 'IST|SST|took|joined' |
    sed 's/^/  /' || true
until [[ $(node_state 2) == Synced ]]; do
    ((SECONDS - t0 < 300)) || die "db node 2 not Synced 300 s after start-db"
    sleep 0.2
done
event db-synced
say "db node 2 Synced $((SECONDS - t0)) s after start-db"
sleep "$STEP"
say "kill-app 2 (SIGKILL)"
event kill-app
"$CLUSTER" kill-app 2 >>"$OUT/cluster.log" 2>&1
sleep "$STEP"
say "start-app 2"
event start-app
"$CLUSTER" start-app 2 >>"$OUT/cluster.log" 2>&1
sleep "$STEP"
event load-stop
kill -INT "$wrk_pid" && wait "$wrk_pid" || true
wrk_pid=
kill -TERM "$probe_pid" && wait "$probe_pid" || true
probe_pid=
say "load stopped; wrk's summary:"
sed -n '/requests in/,/Requests\/sec/p' "$OUT/wrk.out" | sed 's/^/  /'

rc=0
python3 tests/cluster/proof.py verify "$OUT" $SOCKS || rc=1
python3 tests/cluster/proof.py bench "$OUT" \
    "one app host (PORT+1)=http://127.0.0.1:$((PORT + 1))/" "front (both hosts)=$URL/" || true

# No app host at all: the front's own 502, in the visitor's language.
say "both app hosts killed: the front's page"
"$CLUSTER" kill-app 1 >>"$OUT/cluster.log" 2>&1
"$CLUSTER" kill-app 2 >>"$OUT/cluster.log" 2>&1
for lang in da sv en; do
    page=$(curl -s -m 5 -H "Accept-Language: $lang" -w '\n%{http_code}' "$URL/" || true)
    if [[ ${page##*$'\n'} == 502 && $page == *"<html lang=\"$lang\""* ]]; then
        printf '  Accept-Language %s: 502, the page in %s\n' "$lang" "$lang"
    else
        printf '  Accept-Language %s: FAILED: %s, not the 502 page in %s\n' "$lang" \
            "${page##*$'\n'}" "$lang"
        rc=1
    fi
done
"$CLUSTER" start-app 1 >>"$OUT/cluster.log" 2>&1
"$CLUSTER" start-app 2 >>"$OUT/cluster.log" 2>&1
if ((rc)); then
    say "FAILED (logs: $OUT)"
else
    say "OK"
fi
exit "$rc"

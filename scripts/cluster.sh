#!/usr/bin/env bash
# `make cluster`: Opbak on several machines, played on one. Under
# $CLUSTER_DIR (default var/cluster):
#
#   db1..db3/   a three-node MariaDB Galera cluster (scripts/cluster-db.sh)
#   redis/      Redis for nchan: live messages reach every app host
#   app1, app2/ two app hosts: each a STACK_DIR of scripts/stack.sh
#               without a MariaDB of its own (its executables and its
#               nginx on 127.0.0.1:PORT+N)
#   front/      the front nginx on 127.0.0.1:PORT, balancing over the hosts
#   media/, exports/, secret, db.env   what every app host shares
#
#   scripts/cluster.sh start            all of it (demo content once)
#   scripts/cluster.sh stop             all of it
#   scripts/cluster.sh status           each part
#   scripts/cluster.sh kill-app N       SIGKILL app host N: its nginx and
#                                       every executable (a crashed host)
#   scripts/cluster.sh start-app N      app host N again
#   scripts/cluster.sh start-front      the front again (its config anew)
#   scripts/cluster.sh start-redis      Redis again (nchan reconnects by itself)
#   scripts/cluster.sh stop-front       the front only
#   scripts/cluster.sh kill-db N        SIGKILL db node N (cluster-db.sh kill)
#   scripts/cluster.sh start-db N       db node N rejoins (IST or SST)
#
# Every process is started with setsid (or daemonizes) and stopped by pid
# file; nothing here touches system service managers.
#
# Environment:
#   CLUSTER_DIR  where it lives (default var/cluster, relative to the root)
#   PORT         the front's port (default 8080); app host N on PORT+N
#   WORKERS      FastCGI workers per executable per host (default 2)
#   BIN_DIR      the executables (default build/bin), the same for all hosts
#   APP_HOSTS    how many app hosts (default 2)
#   REDIS_PORT   Redis on 127.0.0.1 (default 6380 with PORT 8080, else
#                PORT+9, so a second cluster on the machine, a test's,
#                has its own)
#   DB_PORT_OFFSET  passed to cluster-db.sh (its ports; a second cluster)
#   DB_ENV       a db.env of a database started elsewhere: no db nodes are
#                started or stopped here (kill-db/start-db refuse), the
#                app hosts use that one (a test of the app side alone)
#   DEMO         0: no demo content
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

CLUSTER_DIR=${CLUSTER_DIR:-var/cluster}
case $CLUSTER_DIR in
    /*) ;;
    *) CLUSTER_DIR=$ROOT/$CLUSTER_DIR ;;
esac
CLUSTER_DIR=$(realpath -m -- "$CLUSTER_DIR")
PORT=${PORT:-8080}
WORKERS=${WORKERS:-2}
APP_HOSTS=${APP_HOSTS:-2}
BIN_DIR=${BIN_DIR:-$ROOT/build/bin}
case $BIN_DIR in
    /*) ;;
    *) BIN_DIR=$ROOT/$BIN_DIR ;;
esac
DB_ENV=${DB_ENV:-}
if [[ -n $DB_ENV ]]; then
    case $DB_ENV in
        /*) ;;
        *) DB_ENV=$ROOT/$DB_ENV ;;
    esac
fi
ME=$(id -un)
MYGROUP=$(id -gn)

say() { printf 'cluster: %s\n' "$*"; }
die() { printf 'cluster: error: %s\n' "$*" >&2; exit 1; }

[[ $PORT =~ ^[0-9]+$ ]] || die "PORT must be a number, not '$PORT'"
[[ $WORKERS =~ ^[1-9][0-9]*$ ]] || die "WORKERS must be a positive number, not '$WORKERS'"
[[ $APP_HOSTS =~ ^[1-8]$ ]] || die "APP_HOSTS must be 1 to 8, not '$APP_HOSTS'"
if [[ -z ${REDIS_PORT:-} ]]; then
    if [[ $PORT == 8080 ]]; then REDIS_PORT=6380; else REDIS_PORT=$((PORT + 9)); fi
fi
[[ $REDIS_PORT =~ ^[0-9]+$ ]] || die "REDIS_PORT must be a number, not '$REDIS_PORT'"
export CLUSTER_DIR PORT BIN_DIR

FRONT=$CLUSTER_DIR/front
FRONT_CONF=$FRONT/nginx.conf
FRONT_PID=$FRONT/nginx.pid
REDIS_DIR=$CLUSTER_DIR/redis
REDIS_CONF=$REDIS_DIR/redis.conf
REDIS_PID=$REDIS_DIR/redis.pid
MEDIA=$CLUSTER_DIR/media
EXPORTS=$CLUSTER_DIR/exports
SECRET=$CLUSTER_DIR/secret

db_env() { printf '%s\n' "${DB_ENV:-$CLUSTER_DIR/db.env}"; }
app_dir() { printf '%s/app%s\n' "$CLUSTER_DIR" "$1"; }
app_port() { echo $((PORT + $1)); }
hosts() { seq 1 "$APP_HOSTS"; }

check_host() {
    [[ ${1:-} =~ ^[1-9]$ && $1 -le $APP_HOSTS ]] || die "an app host is 1 to $APP_HOSTS, not '${1:-}'"
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------- processes
# As scripts/stack.sh: a pid is signalled only when its command line is
# the one started here (a stale pid file may name someone else's now).

source "$ROOT/scripts/procs.sh"

alive() { # PIDFILE NEEDLE
    local pid
    [[ -s $1 ]] || return 1
    pid=$(tr -dc '0-9' < "$1" 2>/dev/null) || return 1
    is_ours "$pid" "$2" || return 1
    printf '%s\n' "$pid"
}

# stop_pid LABEL PIDFILE NEEDLE SIGNAL: signal, wait up to 10 s, then
# SIGKILL the process and its group (nginx's master leads its workers').
stop_pid() {
    local label=$1 pidfile=$2 needle=$3 sig=$4 pid i
    pid=$(alive "$pidfile" "$needle") || { rm -f -- "$pidfile"; return 0; }
    say "stopping $label (pid $pid)"
    kill "-$sig" "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        is_ours "$pid" "$needle" || break
        sleep 0.1
    done
    if is_ours "$pid" "$needle"; then
        say "$label did not stop within 10s; killing it"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f -- "$pidfile"
}

# ------------------------------------------------------------------ shared

shared_start() {
    mkdir -p -- "$MEDIA" "$FRONT/log" "$FRONT/tmp" "$REDIS_DIR"
    mkdir -p -- "$EXPORTS"
    chmod 0700 -- "$EXPORTS"
    if [[ ! -s $SECRET ]]; then
        say "creating $SECRET (the session secret every app host reads)"
        (
            umask 077
            od -An -v -tx1 -N32 /dev/urandom | tr -d ' \n' >"$SECRET.tmp"
            mv -f -- "$SECRET.tmp" "$SECRET"
        )
    fi
}

# ------------------------------------------------------------------- redis
# Only nchan's channels (the last messages of each, a few minutes): lost
# with Redis, nothing of the site's is. No persistence, loopback only.

redis_start() {
    local pid i
    if pid=$(alive "$REDIS_PID" "redis-server"); then
        say "redis already running (pid $pid)"
        return 0
    fi
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        die "127.0.0.1:$REDIS_PORT already answers Redis, not this cluster's: set REDIS_PORT"
    fi
    cat >"$REDIS_CONF" <<EOF
# Written by scripts/cluster.sh: nchan's channels for the app hosts.
bind 127.0.0.1
port $REDIS_PORT
protected-mode yes
daemonize yes
pidfile $REDIS_PID
dir $REDIS_DIR
logfile $REDIS_DIR/redis.log
save ""
appendonly no
maxmemory 64mb
maxmemory-policy volatile-lru
EOF
    rm -f -- "$REDIS_PID"
    say "starting redis on 127.0.0.1:$REDIS_PORT"
    redis-server "$REDIS_CONF" </dev/null 9>&- || die "redis-server did not start (see $REDIS_DIR/redis.log)"
    for ((i = 0; i < 50; i++)); do
        redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    die "redis does not answer on 127.0.0.1:$REDIS_PORT (see $REDIS_DIR/redis.log)"
}

redis_stop() {
    stop_pid redis "$REDIS_PID" "redis-server" TERM
}

# --------------------------------------------------------------- app hosts

# stack N VERB: scripts/stack.sh for app host N, without its own MariaDB
# (DB_ENV), on the shared folders and secret, nchan in Redis, the client's
# address from the front (REAL_IP_FROM), the site's address the front's.
stack() {
    local n=$1 site=http://127.0.0.1:$PORT host_port
    shift
    host_port=$(app_port "$n")
    STACK_DIR=$(app_dir "$n") PORT=$host_port WORKERS=$WORKERS BIN_DIR=$BIN_DIR \
        DB_ENV=$(db_env) SECRET_FILE=$SECRET MEDIA_DIR=$MEDIA EXPORT_DIR=$EXPORTS \
        SITE_URL=$site NCHAN_REDIS=redis://127.0.0.1:$REDIS_PORT \
        REAL_IP_FROM=127.0.0.1 DEMO=0 \
        "$ROOT/scripts/stack.sh" "$@" 9>&- 2>&1 | sed -u "s/^/app$n: /"
    return "${PIPESTATUS[0]}"
}

app_start() {
    [[ -s $(db_env) ]] || die "no $(db_env): the database is not set up (scripts/cluster-db.sh start)"
    stack "$1" start
}

app_stop() {
    [[ -d $(app_dir "$1") ]] || return 0
    stack "$1" stop
}

# Every process of app host N, by its pid files: nginx's master (its
# workers are its process group) and each executable's supervisor (its
# workers are its group: stack.sh starts it with setsid).
app_pids() {
    local dir f pid needle name
    dir=$(app_dir "$1")/run
    for f in "$dir"/*.pid; do
        [[ -e $f ]] || continue
        name=$(basename -- "$f" .pid)
        [[ $name == mysqld ]] && continue
        if [[ $name == nginx ]]; then needle=$(app_dir "$1")/nginx/nginx.conf; else needle=$dir/$name.sock; fi
        pid=$(alive "$f" "$needle") || continue
        printf '%s\n' "$pid"
    done
}

app_kill() {
    local n=$1 pids pid
    pids=$(app_pids "$n")
    [[ -n $pids ]] || { say "app$n: nothing running"; return 0; }
    say "app$n: SIGKILL nginx and every executable (pids $(tr '\n' ' ' <<<"$pids"))"
    for pid in $pids; do
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    done
    for pid in $pids; do
        while [[ -d /proc/$pid && $(ps -o stat= -p "$pid" 2>/dev/null) != Z* ]]; do sleep 0.05; done
    done
}

# ------------------------------------------------------------------- front

front_start() {
    local servers='' n out lang
    lang=$(nginx_lang)
    for n in $(hosts); do
        servers+="        server 127.0.0.1:$(app_port "$n") max_fails=1 fail_timeout=3s;\\n"
    done
    sed -e "s|@ROOT@|$ROOT|g" -e "s|@FRONT@|$FRONT|g" -e "s|@PORT@|$PORT|g" \
        -e "s|@USER@|$ME|g" -e "s|@GROUP@|$MYGROUP|g" -e "s|^@APP_SERVERS@$|$servers|" \
        -e "s|@LANG@|$lang|g" "$ROOT/nginx/cluster-front.conf.in" >"$FRONT_CONF.tmp"
    mv -f -- "$FRONT_CONF.tmp" "$FRONT_CONF"
    if ! out=$(nginx -t -q -e "$FRONT/log/error.log" -p "$FRONT" -c "$FRONT_CONF" 2>&1); then
        printf '%s\n' "$out" >&2
        die "nginx rejected $FRONT_CONF"
    fi
    front_stop
    say "starting the front on http://127.0.0.1:$PORT/"
    nginx -e "$FRONT/log/error.log" -p "$FRONT" -c "$FRONT_CONF" </dev/null 9>&- \
        || die "the front's nginx did not start (see $FRONT/log/error.log)"
}

front_stop() {
    stop_pid front "$FRONT_PID" "$FRONT_CONF" QUIT
}

wait_http() { # URL
    local code=000 deadline=$((SECONDS + 20))
    while ((SECONDS < deadline)); do
        code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" || true)
        [[ $code == 200 ]] && return 0
        sleep 0.1
    done
    die "$1 answers $code after 20s"
}

# ---------------------------------------------------------------- database

db() { # VERB [N]: scripts/cluster-db.sh, unless DB_ENV names another database
    if [[ -n $DB_ENV ]]; then
        case $1 in
            start | stop | status | demo) say "database: $DB_ENV (not started or stopped here)"; return 0 ;;
            *) die "DB_ENV is set: this cluster has no db nodes of its own" ;;
        esac
    fi
    "$ROOT/scripts/cluster-db.sh" "$@" 9>&-
}

# ---------------------------------------------------------------- commands

lock() {
    mkdir -p -- "$CLUSTER_DIR"
    exec 9>"$CLUSTER_DIR/.lock"
    flock -w 900 9 || die "another cluster.sh is busy with $CLUSTER_DIR"
}

cmd_start() {
    local t0 n pids="" rc=0
    t0=$(now)
    lock
    shared_start
    db start
    redis_start
    # The hosts start side by side (each waits on its own executables).
    for n in $(hosts); do
        app_start "$n" &
        pids+=" $!"
    done
    for n in $pids; do wait "$n" || rc=1; done
    ((rc == 0)) || die "an app host did not start (see $CLUSTER_DIR/app*/log/)"
    if [[ ${DEMO:-1} != 0 ]]; then
        OPBAK_MEDIA_DIR=$MEDIA OPBAK_BASE_URL=http://127.0.0.1:$PORT db demo
    fi
    front_start
    wait_http "http://127.0.0.1:$PORT/"
    say "up in $(since "$t0")s"
    echo
    echo "Opbak (cluster) is running at http://127.0.0.1:$PORT/ (the front)"
    for n in $(hosts); do
        echo "  app host $n: http://127.0.0.1:$(app_port "$n")/  ($(app_dir "$n"))"
    done
    echo "  redis (nchan): 127.0.0.1:$REDIS_PORT"
    if [[ -z $DB_ENV ]]; then
        "$ROOT/scripts/cluster-db.sh" status 2>/dev/null | sed 's/^cluster-db: /  /' || true
    else
        echo "  database: $DB_ENV"
    fi
    echo "  shared: $MEDIA $EXPORTS $SECRET"
}

cmd_stop() {
    local n
    [[ -d $CLUSTER_DIR ]] || { say "nothing at $CLUSTER_DIR"; return 0; }
    lock
    front_stop
    for n in $(hosts); do app_stop "$n"; done
    redis_stop
    db stop
    say "stopped"
}

cmd_status() {
    local pid n
    if pid=$(alive "$FRONT_PID" "$FRONT_CONF"); then
        say "front    running (pid $pid) on http://127.0.0.1:$PORT/"
    else
        say "front    stopped"
    fi
    for n in $(hosts); do
        if [[ -d $(app_dir "$n") && -s $(db_env) ]]; then
            stack "$n" status | sed 's/stack: //'
        else
            say "app$n     never started"
        fi
    done
    if pid=$(alive "$REDIS_PID" "redis-server"); then
        say "redis    running (pid $pid) on 127.0.0.1:$REDIS_PORT"
    else
        say "redis    stopped"
    fi
    db status
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    kill-app) check_host "${2:-}"; app_kill "$2" ;;
    start-app)
        check_host "${2:-}"
        t0=$(now)
        app_start "$2"
        say "app$2 up in $(since "$t0")s"
        ;;
    start-redis) redis_start ;;
    stop-redis) redis_stop ;;
    start-front) front_start; wait_http "http://127.0.0.1:$PORT/" ;;
    stop-front) front_stop ;;
    kill-db) [[ -n ${2:-} ]] || die "kill-db N"; db kill "$2" ;;
    start-db) [[ -n ${2:-} ]] || die "start-db N"; db start "$2" ;;
    *)
        printf 'usage: %s start|stop|status|kill-app N|start-app N|start-front|stop-front|start-redis|stop-redis|kill-db N|start-db N\n' "$0" >&2
        exit 2
        ;;
esac

#!/usr/bin/env bash
# The local three-node MariaDB Galera cluster of `make cluster`, under
# $CLUSTER_DIR/db<N>/ (data/, run/mysqld.sock, run/mysqld.pid, log/), each
# node its own mariadbd started with setsid and stopped by pid file, like
# scripts/stack.sh's one MariaDB. Nothing here touches system services.
#
#   scripts/cluster-db.sh start          every node: bootstraps one when none
#                                        is up, the others join; database,
#                                        user, db.env and migrations once
#   scripts/cluster-db.sh stop           every node, the first one last
#   scripts/cluster-db.sh status         each node's state and cluster size
#   scripts/cluster-db.sh kill N         SIGKILL node N's mariadbd (a crash)
#   scripts/cluster-db.sh start N        node N (re)joins; prints how long it
#                                        took and whether by IST or SST
#   scripts/cluster-db.sh bootstrap [N]  start N (default: the most advanced
#                                        node) as a new cluster, when no node
#                                        is up (a cluster that lost them all)
#   scripts/cluster-db.sh demo           the demo content, once (needs the
#                                        executables: BIN_DIR's opbak-user)
#
# Environment:
#   CLUSTER_DIR     where it lives (default var/cluster, relative to the root)
#   DB_PORT_OFFSET  added to every port (default 0): node N speaks SQL on
#                   3310+N, Galera on 4570+N, IST on 4580+N, SST on 4590+N;
#                   a second cluster on the machine (a test) uses another
#   DB_BUFFER_POOL  each node's innodb_buffer_pool_size (default 64M)
#   BIN_DIR, PORT   for `demo` only: the executables (default build/bin)
#                   and the front port the podcast feed's guid is made from
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

CLUSTER_DIR=${CLUSTER_DIR:-var/cluster}
case $CLUSTER_DIR in
    /*) ;;
    *) CLUSTER_DIR=$ROOT/$CLUSTER_DIR ;;
esac
CLUSTER_DIR=$(realpath -m -- "$CLUSTER_DIR")
DB_PORT_OFFSET=${DB_PORT_OFFSET:-0}
DB_BUFFER_POOL=${DB_BUFFER_POOL:-64M}
NODES="1 2 3"
ME=$(id -un)

say() { printf 'cluster-db: %s\n' "$*"; }
die() { printf 'cluster-db: error: %s\n' "$*" >&2; exit 1; }

[[ $DB_PORT_OFFSET =~ ^[0-9]+$ ]] || die "DB_PORT_OFFSET must be a number, not '$DB_PORT_OFFSET'"
[[ $DB_BUFFER_POOL =~ ^[1-9][0-9]*[KMG]?$ ]] || die "DB_BUFFER_POOL must be a size like 64M, not '$DB_BUFFER_POOL'"
[[ -e /usr/lib/galera/libgalera_smm.so ]] || die "no /usr/lib/galera/libgalera_smm.so: run make deps (galera-4)"

node_dir() { printf '%s/db%s' "$CLUSTER_DIR" "$1"; }
sock() { printf '%s/run/mysqld.sock' "$(node_dir "$1")"; }
pidfile() { printf '%s/run/mysqld.pid' "$(node_dir "$1")"; }
cnf() { printf '%s/my.cnf' "$(node_dir "$1")"; }
logfile() { printf '%s/log/mysqld.log' "$(node_dir "$1")"; }
sql_port() { echo $((3310 + $1 + DB_PORT_OFFSET)); }
gcomm_port() { echo $((4570 + $1 + DB_PORT_OFFSET)); }
ist_port() { echo $((4580 + $1 + DB_PORT_OFFSET)); }
sst_port() { echo $((4590 + $1 + DB_PORT_OFFSET)); }

check_node() {
    [[ ${1:-} =~ ^[123]$ ]] || die "a node is 1, 2 or 3, not '${1:-}'"
}

# ---------------------------------------------------------------- processes
# The same guards as scripts/stack.sh: a pid is only signalled when its
# command line is the one this script started (its own --defaults-file).

source "$ROOT/scripts/procs.sh"

needle() { printf -- '--defaults-file=%s' "$(cnf "$1")"; }

# node_pid N: print node N's mariadbd pid when it runs.
node_pid() {
    local f pid
    f=$(pidfile "$1")
    [[ -s $f ]] || return 1
    pid=$(tr -dc '0-9' < "$f" 2>/dev/null) || return 1
    is_ours "$pid" "$(needle "$1")" || return 1
    printf '%s\n' "$pid"
}

# The pid file appears only once InnoDB is up (after an SST): until then,
# the pid this script started is in run/start.pid.
starting_pid() {
    local f pid
    f=$(node_dir "$1")/run/start.pid
    [[ -s $f ]] || return 1
    pid=$(tr -dc '0-9' < "$f" 2>/dev/null) || return 1
    is_ours "$pid" "$(needle "$1")" || return 1
    printf '%s\n' "$pid"
}

running_pid() { node_pid "$1" || starting_pid "$1"; }

root_sql() { # N SQL...
    local n=$1
    shift
    mariadb --no-defaults --default-character-set=utf8mb4 --socket="$(sock "$n")" -u"$ME" \
        --connect-timeout=2 --batch --skip-column-names "$@"
}

status_var() { # N NAME
    root_sql "$1" -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}

running_nodes() {
    local n
    for n in $NODES; do running_pid "$n" >/dev/null && printf '%s ' "$n"; done
    return 0
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ------------------------------------------------------------------- nodes

write_cnf() {
    local n=$1 dir
    dir=$(node_dir "$n")
    mkdir -p -- "$dir/data" "$dir/run" "$dir/log" "$dir/tmp"
    sed -e "s|@USER@|$ME|g" -e "s|@DIR@|$dir|g" -e "s|@N@|$n|g" \
        -e "s|@SQL_PORT@|$(sql_port "$n")|g" -e "s|@BUFFER_POOL@|$DB_BUFFER_POOL|g" \
        -e "s|@SST_METHOD@|$(sst_method)|g" \
        -e "s|@GCOMM_1@|$(gcomm_port 1)|g" -e "s|@GCOMM_2@|$(gcomm_port 2)|g" \
        -e "s|@GCOMM_3@|$(gcomm_port 3)|g" -e "s|@GCOMM_PORT@|$(gcomm_port "$n")|g" \
        -e "s|@IST_PORT@|$(ist_port "$n")|g" -e "s|@SST_PORT@|$(sst_port "$n")|g" \
        "$ROOT/scripts/cluster-node.cnf.in" >"$(cnf "$n").tmp"
    mv -f -- "$(cnf "$n").tmp" "$(cnf "$n")"
}

# Node 1 gets the system tables from mariadb-install-db (root by unix
# socket, as scripts/stack.sh); nodes 2 and 3 start empty and receive
# node 1's whole data directory by SST when they first join, which would
# replace whatever was installed there.
install_node() {
    local n=$1 dir
    dir=$(node_dir "$n")
    [[ -d $dir/data/mysql || -e $dir/data/grastate.dat ]] && return 0
    [[ $n == 1 ]] || return 0
    say "db$n: creating the data directory"
    if ! mariadb-install-db --no-defaults --datadir="$dir/data" \
            --auth-root-authentication-method=socket --skip-test-db \
            --user="$ME" >>"$dir/log/install.log" 2>&1; then
        tail -n 20 "$dir/log/install.log" >&2 || true
        rm -rf -- "$dir/data"
        die "mariadb-install-db failed (see $dir/log/install.log)"
    fi
}

grastate() { printf '%s/data/grastate.dat' "$(node_dir "$1")"; }

# recovered N: after a crash (grastate.dat's seqno is -1: mariadbd did not
# stop cleanly and write it), the position "uuid:seqno" node N's InnoDB
# holds, read by mariadbd --wsrep-recover as mysqld_safe and systemd's
# unit do. Started with it (--wsrep_start_position), a node that was
# SIGKILLed catches up by IST; started without, it knows no position and
# is sent the whole data directory (SST). Empty when not needed.
recovered() {
    local n=$1 s out
    [[ -e $(grastate "$n") && -d $(node_dir "$n")/data/mysql ]] || return 0
    s=$(awk '$1 == "seqno:" {print $2}' "$(grastate "$n")")
    [[ ${s:--1} == -1 ]] || return 0
    out=$(node_dir "$n")/log/recover.log
    : >"$out"
    mariadbd --defaults-file="$(cnf "$n")" --wsrep-recover --log-error="$out" \
        >/dev/null 2>&1 </dev/null 9>&- || true
    sed -n 's/.*WSREP: Recovered position: \([0-9a-f-]*:-\{0,1\}[0-9]*\).*/\1/p' "$out" | tail -n 1
}

# seqno N: the last write node N holds (-1: none known).
seqno() {
    local n=$1 s=-1 pos
    [[ -e $(grastate "$n") ]] && s=$(awk '$1 == "seqno:" {print $2}' "$(grastate "$n")")
    if [[ ${s:--1} == -1 ]]; then
        pos=$(recovered "$n")
        [[ -n $pos ]] && s=${pos##*:}
    fi
    printf '%s\n' "${s:--1}"
}

# The node to bootstrap a stopped cluster from: the one Galera marked
# safe_to_bootstrap (the last to stop cleanly), else the one holding the
# most writes (after a crash of all), node 1 on a new cluster.
pick_bootstrap() {
    local n best=1 bestseq=-2 s
    for n in $NODES; do
        if [[ -e $(grastate "$n") ]] && grep -q '^safe_to_bootstrap: 1' "$(grastate "$n")"; then
            printf '%s\n' "$n"
            return 0
        fi
    done
    for n in $NODES; do
        [[ -e $(grastate "$n") || -d $(node_dir "$n")/data/mysql ]] || continue
        s=$(seqno "$n")
        if (( s > bestseq )); then best=$n; bestseq=$s; fi
    done
    printf '%s\n' "$best"
}

# Galera's rsync SST runs an rsync daemon on the joiner, and an rsync
# daemon started by root drops to uid nobody (its default), which may not
# write into a root-owned data directory. On a real host mariadbd runs as
# mysql and the method is plain rsync. Here, as root (a container), the
# nodes use the method rsync_as_root: mariadbd runs wsrep_sst_<method>
# from its PATH, but puts its own bin directory (/usr/bin) first, so a
# wrapper named rsync would not be found; this one is (no such file in
# /usr/bin), puts the rsync wrapper first and runs Debian's rsync SST.
sst_method() {
    if [[ $(id -u) == 0 ]]; then echo rsync_as_root; else echo rsync; fi
}

sst_wrappers() {
    local bin=$CLUSTER_DIR/bin
    mkdir -p -- "$bin"
    # shellcheck disable=SC2016 # the wrappers' own "$@", not ours
    printf '%s\n' '#!/bin/sh' \
        '# Written by scripts/cluster-db.sh (sst_method): an rsync daemon that stays root.' \
        'for a in "$@"; do' \
        '    if [ "$a" = --daemon ]; then' \
        '        exec /usr/bin/rsync "$@" --dparam=uid=0 --dparam=gid=0' \
        '    fi' \
        'done' \
        'exec /usr/bin/rsync "$@"' >"$bin/rsync.tmp"
    printf '%s\n' '#!/bin/sh' \
        '# Written by scripts/cluster-db.sh (sst_method): rsync SST with the rsync above.' \
        "PATH=$bin:\$PATH" 'export PATH' \
        'exec /usr/bin/wsrep_sst_rsync "$@"' >"$bin/wsrep_sst_rsync_as_root.tmp"
    chmod 755 -- "$bin/rsync.tmp" "$bin/wsrep_sst_rsync_as_root.tmp"
    mv -f -- "$bin/rsync.tmp" "$bin/rsync"
    mv -f -- "$bin/wsrep_sst_rsync_as_root.tmp" "$bin/wsrep_sst_rsync_as_root"
}

# launch N [--wsrep-new-cluster]
launch() {
    local n=$1 boot=${2:-} extra=${2:-} dir pid pos
    dir=$(node_dir "$n")
    write_cnf "$n"
    install_node "$n"
    pos=$(recovered "$n")
    if [[ -n $pos ]]; then
        say "db$n: recovered position $pos after a crash"
        extra+="${extra:+ }--wsrep_start_position=$pos"
    fi
    rm -f -- "$(pidfile "$n")" "$(sock "$n")"
    if [[ -n $boot && -e $(grastate "$n") ]] &&
        ! grep -q '^safe_to_bootstrap: 1' "$(grastate "$n")"; then
        say "db$n: marking it safe to bootstrap (the most advanced node)"
        sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(grastate "$n")"
    fi
    sst_wrappers
    # shellcheck disable=SC2086
    PATH=$CLUSTER_DIR/bin:$PATH setsid mariadbd --defaults-file="$(cnf "$n")" $extra \
        >>"$dir/log/mysqld.log" 2>&1 </dev/null 9>&- &
    pid=$!
    printf '%s\n' "$pid" >"$dir/run/start.pid"
}

# wait_synced N SIZE SECONDS: node N answers, is Synced and sees SIZE nodes.
wait_synced() {
    local n=$1 want=$2 secs=$3 deadline state size pid
    deadline=$((SECONDS + secs))
    while ((SECONDS < deadline)); do
        if ! pid=$(running_pid "$n"); then
            tail -n 30 "$(logfile "$n")" >&2 || true
            die "db$n: mariadbd exited (see $(logfile "$n"))"
        fi
        state=$(status_var "$n" wsrep_local_state_comment || true)
        if [[ $state == Synced ]]; then
            size=$(status_var "$n" wsrep_cluster_size || true)
            [[ $size == "$want" ]] && return 0
        fi
        sleep 0.2
    done
    tail -n 30 "$(logfile "$n")" >&2 || true
    die "db$n: not Synced in a cluster of $want within ${secs}s (state '${state:-}', size '${size:-}')"
}

# How node N came to be in sync, from what its log says since byte OFFSET.
transfer() {
    local n=$1 off=$2 part
    part=$(tail -c +"$((off + 1))" "$(logfile "$n")" 2>/dev/null || true)
    # The joiner always starts its SST script and IST receiver, and logs
    # "SST received" either way; the script says which it did.
    if grep -q "SST completed on joiner" <<<"$part"; then
        echo "SST (the whole data directory)"
    elif grep -q "IST completed on joiner\|IST received" <<<"$part"; then
        echo "IST ($(sed -n 's/.*Receiving IST: \([0-9]*\) writesets.*/\1/p' <<<"$part" | tail -n 1) writes missed)"
    else
        echo "no transfer (already in step)"
    fi
}

start_node() { # N [--wsrep-new-cluster]
    local n=$1 extra=${2:-} t0 off up want pid
    if pid=$(running_pid "$n"); then
        say "db$n: already running (pid $pid)"
        return 0
    fi
    up=$(running_nodes)
    want=$(( $(wc -w <<<"$up") + 1 ))
    [[ -n $extra ]] && want=1
    mkdir -p -- "$(node_dir "$n")/log"
    off=$(stat -c %s "$(logfile "$n")" 2>/dev/null || echo 0)
    t0=$(now)
    if [[ -n $extra ]]; then
        say "db$n: bootstrapping a new cluster"
    else
        say "db$n: joining the cluster (nodes up: ${up% })"
    fi
    launch "$n" "$extra"
    wait_synced "$n" "$want" 600
    say "db$n: Synced in $(since "$t0")s, cluster size $want, by $(transfer "$n" "$off")"
}

stop_node() {
    local n=$1 pid i
    pid=$(running_pid "$n") || { rm -f -- "$(pidfile "$n")" "$(node_dir "$n")/run/start.pid"; return 0; }
    say "db$n: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 600; i++)); do
        is_ours "$pid" "$(needle "$n")" || break
        sleep 0.1
    done
    if is_ours "$pid" "$(needle "$n")"; then
        say "db$n: did not stop within 60s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.2
    fi
    rm -f -- "$(pidfile "$n")" "$(node_dir "$n")/run/start.pid"
}

kill_node() {
    local n=$1 pid
    pid=$(running_pid "$n") || { say "db$n: not running"; return 0; }
    say "db$n: SIGKILL (pid $pid)"
    kill -KILL "$pid" 2>/dev/null || true
    while is_ours "$pid" "$(needle "$n")"; do sleep 0.1; done
    # An rsync daemon of an SST in progress dies with it (same group).
    kill -KILL -- "-$pid" 2>/dev/null || true
}

# ------------------------------------------------------- database and user

random_hex() { od -An -v -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

# db.env: what both app hosts read (as a stack's db.env, and more).
# OPBAK_DB_NODES is the list core/db.h parses; OPBAK_DB_SOCKET stays for
# the tools that talk to one node (scripts/demo.sh, backup).
make_env() {
    local n nodes=
    [[ -s $CLUSTER_DIR/db.env ]] && return 0
    for n in $NODES; do nodes+="${nodes:+,}$(sock "$n")"; done
    say "creating $CLUSTER_DIR/db.env"
    (
        umask 077
        {
            printf 'OPBAK_DB_NODES=%s\n' "$nodes"
            printf 'OPBAK_DB_GALERA=1\n'
            printf 'OPBAK_DB_SOCKET=%s\n' "$(sock 1)"
            printf 'OPBAK_DB_NAME=opbak\n'
            printf 'OPBAK_DB_USER=opbak\n'
            printf 'OPBAK_DB_PASSWORD=%s\n' "$(random_hex 24)"
        } >"$CLUSTER_DIR/db.env.tmp"
        mv -f -- "$CLUSTER_DIR/db.env.tmp" "$CLUSTER_DIR/db.env"
    )
}

load_env() {
    set -a
    # shellcheck disable=SC1091
    . "$CLUSTER_DIR/db.env"
    set +a
    [[ $OPBAK_DB_PASSWORD =~ ^[0-9a-f]+$ ]] || die "OPBAK_DB_PASSWORD in $CLUSTER_DIR/db.env must be hex"
}

# Database and user on one node: Galera replicates DDL and account
# statements to the others (total order), so once is enough. The user
# may come by socket (localhost) or over TCP from this machine.
db_setup() {
    local n=$1
    say "ensuring database opbak and user opbak (through db$n)"
    root_sql "$n" <<SQL
CREATE DATABASE IF NOT EXISTS opbak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'opbak'@'localhost' IDENTIFIED BY '$OPBAK_DB_PASSWORD';
ALTER USER 'opbak'@'localhost' IDENTIFIED BY '$OPBAK_DB_PASSWORD';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES, EXECUTE ON opbak.* TO 'opbak'@'localhost';
CREATE USER IF NOT EXISTS 'opbak'@'127.0.0.1' IDENTIFIED BY '$OPBAK_DB_PASSWORD';
ALTER USER 'opbak'@'127.0.0.1' IDENTIFIED BY '$OPBAK_DB_PASSWORD';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES, EXECUTE ON opbak.* TO 'opbak'@'127.0.0.1';
SQL
}

# A node that answers SQL and is Synced: where migrations and demo go.
synced_node() {
    local n
    for n in $NODES; do
        running_pid "$n" >/dev/null || continue
        [[ $(status_var "$n" wsrep_local_state_comment || true) == Synced ]] && { echo "$n"; return 0; }
    done
    return 1
}

# ---------------------------------------------------------------- commands

lock() {
    mkdir -p -- "$CLUSTER_DIR"
    exec 9>"$CLUSTER_DIR/.db.lock"
    flock -w 900 9 || die "another cluster-db.sh is busy with $CLUSTER_DIR"
}

cmd_start_all() {
    local t0 up first n
    t0=$(now)
    up=$(running_nodes)
    if [[ -z $up ]]; then
        first=$(pick_bootstrap)
        start_node "$first" --wsrep-new-cluster
    fi
    for n in $NODES; do running_pid "$n" >/dev/null || start_node "$n"; done
    n=$(synced_node) || die "no node is Synced"
    make_env
    load_env
    db_setup "$n"
    DB_SOCKET=$(sock "$n") STACK_DIR=$CLUSTER_DIR "$ROOT/scripts/migrate.sh" 9>&-
    say "cluster of $(wc -w <<<"$(running_nodes)") nodes up in $(since "$t0")s"
}

cmd_status() {
    local n pid state size
    for n in $NODES; do
        if pid=$(running_pid "$n"); then
            state=$(status_var "$n" wsrep_local_state_comment || true)
            size=$(status_var "$n" wsrep_cluster_size || true)
            say "db$n running (pid $pid) on $(sock "$n") and 127.0.0.1:$(sql_port "$n"): ${state:-not answering yet}${size:+, cluster size $size}"
        else
            say "db$n stopped"
        fi
    done
}

cmd_demo() {
    local n
    [[ -e $CLUSTER_DIR/.demo-loaded ]] && { say "demo content already loaded"; return 0; }
    [[ -s $CLUSTER_DIR/db.env ]] || die "no $CLUSTER_DIR/db.env: run start first"
    load_env
    n=$(synced_node) || die "no node is Synced: run start first"
    say "loading demo content (through db$n)"
    # demo.sh's mariadb client uses OPBAK_DB_SOCKET; opbak-user goes
    # through core's db.c and so through OPBAK_DB_NODES.
    OPBAK_DB_SOCKET=$(sock "$n") OPBAK_MEDIA_DIR=${OPBAK_MEDIA_DIR:-$CLUSTER_DIR/media} \
        OPBAK_BASE_URL=${OPBAK_BASE_URL:-http://127.0.0.1:${PORT:-8080}} \
        STACK_DIR=$CLUSTER_DIR "$ROOT/scripts/demo.sh" 9>&-
    touch -- "$CLUSTER_DIR/.demo-loaded"
}

case ${1:-} in
    start)
        lock
        if [[ -n ${2:-} ]]; then
            check_node "$2"
            if [[ -z $(running_nodes) ]]; then
                start_node "$2" --wsrep-new-cluster
            else
                start_node "$2"
            fi
        else
            cmd_start_all
        fi
        ;;
    bootstrap)
        lock
        [[ -z $(running_nodes) ]] || die "nodes $(running_nodes)are up: bootstrap only a cluster with none"
        n=${2:-$(pick_bootstrap)}
        check_node "$n"
        start_node "$n" --wsrep-new-cluster
        ;;
    stop)
        [[ -d $CLUSTER_DIR ]] || { say "nothing at $CLUSTER_DIR"; exit 0; }
        lock
        # Node 1 last: it is then the one safe to bootstrap from.
        for n in 3 2 1; do stop_node "$n"; done
        say "stopped"
        ;;
    kill) check_node "${2:-}"; kill_node "$2" ;;
    status) cmd_status ;;
    demo) lock; cmd_demo ;;
    *)
        printf 'usage: %s start [N]|stop|status|kill N|bootstrap [N]|demo\n' "$0" >&2
        exit 2
        ;;
esac

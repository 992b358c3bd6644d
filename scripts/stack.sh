#!/usr/bin/env bash
# The local stack: a private MariaDB, the FastCGI executables and nginx, all
# under $STACK_DIR, all started in the background with setsid and stopped by
# pid file. Nothing here touches system service managers.
#
#   scripts/stack.sh start|stop|status|db-start|db-stop|destroy
#
# Environment:
#   STACK_DIR  where everything lives (default var, relative to the project root)
#   PORT       nginx listens on 127.0.0.1:$PORT (default 8080)
#   WORKERS    FastCGI worker processes per executable (default 4)
#   APPS       the executables to run, built at build/bin/<name>
#              (default: every cgi-bin/<name>/main.c)
#   DEMO       set to 0 to skip loading demo content on the first start
#   BIN_DIR    where the executables are (default build/bin; build/asan/bin
#              runs the sanitizer build)
#   DB_BUFFER_POOL  MariaDB's innodb_buffer_pool_size (default 128M; make
#              bench's stack with a million posts uses 2G)
#   DB_LOG_SIZE     MariaDB's innodb_log_file_size, the redo log (default
#              48M; make bench uses 512M, so loading its data set and its
#              writes do not wait on checkpoints)
#   LIMIT_*    nginx's rate limits per client address on POSTs (a rate is
#              Nr/m or Nr/s; a burst is how many may come at once):
#              LIMIT_LOGIN_RATE/_BURST  logging in       (10r/m, 10)
#              LIMIT_JOIN_RATE/_BURST   joining          (2r/m, 5)
#              LIMIT_WRITE_RATE/_BURST  feedback, reports, questions to a
#                                       support person, the editors' uploads,
#                                       each apart (4r/m, 8)
#              LIMIT_RETRY_AFTER        seconds nginx's 429 says to wait (60)
#   LIMIT_EXEMPT  addresses (or CIDR ranges, space-separated) nginx does not
#              rate-limit (default 127.0.0.1: the local and test stacks'
#              own tests and browser come from it and join and log in
#              hundreds of times a minute; tests of the limits come from
#              other loopback addresses). LIMIT_EXEMPT= limits everyone.
#
# An app host of a cluster (scripts/cluster.sh): the executables and nginx
# of this STACK_DIR, without a MariaDB of its own. Each unset: as before.
#   DB_ENV       a db.env of a database started elsewhere (the cluster's
#                var/cluster/db.env: OPBAK_DB_NODES, or OPBAK_DB_SOCKET);
#                set, start runs no MariaDB, no migrations, no demo here
#   SECRET_FILE  the session secret (default $STACK_DIR/secret, made on
#                the first start); every host of one site reads the same
#   MEDIA_DIR    the media folder (default $STACK_DIR/media) and
#   EXPORT_DIR   the members' exports (default $STACK_DIR/exports): one
#                shared path for every host; $STACK_DIR/media and
#                $STACK_DIR/exports become links to them, so nginx serves
#                what any host stored
#   SITE_URL     the site's address, OPBAK_BASE_URL (default
#                http://127.0.0.1:$PORT): the front's in a cluster
#   NCHAN_REDIS  redis://host:port: nchan keeps its channels in that Redis,
#                so a message published on one host reaches subscribers
#                on every host (default none: in this nginx's memory)
#   REAL_IP_FROM addresses (space-separated) whose X-Real-IP nginx takes
#                as the client's (ngx_http_realip_module): the front's, so
#                rate limits and the login throttle see the real client
#                (default none: the connection's address)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
# is_ours (the guard against stale pid files) and nginx_lang.
source "$ROOT/scripts/procs.sh"

STACK_DIR=${STACK_DIR:-var}
case $STACK_DIR in
    /*) ;;
    *) STACK_DIR=$ROOT/$STACK_DIR ;;
esac
STACK_DIR=$(realpath -m -- "$STACK_DIR")
PORT=${PORT:-8080}
WORKERS=${WORKERS:-4}
# Default: every cgi-bin/<name>/main.c, as the Makefile builds them.
APPS=${APPS-$(cd "$ROOT/cgi-bin" && for m in */main.c; do printf '%s ' "${m%/main.c}"; done)}
# nginx's rate limits (see above and nginx/opbak.conf.in).
LIMIT_LOGIN_RATE=${LIMIT_LOGIN_RATE:-10r/m}
LIMIT_LOGIN_BURST=${LIMIT_LOGIN_BURST:-10}
LIMIT_JOIN_RATE=${LIMIT_JOIN_RATE:-2r/m}
LIMIT_JOIN_BURST=${LIMIT_JOIN_BURST:-5}
LIMIT_WRITE_RATE=${LIMIT_WRITE_RATE:-4r/m}
LIMIT_WRITE_BURST=${LIMIT_WRITE_BURST:-8}
LIMIT_RETRY_AFTER=${LIMIT_RETRY_AFTER:-60}
LIMIT_EXEMPT=${LIMIT_EXEMPT-127.0.0.1}
DB_BUFFER_POOL=${DB_BUFFER_POOL:-128M}
DB_LOG_SIZE=${DB_LOG_SIZE:-48M}
NGINX_LANG=$(nginx_lang)
# An app host of a cluster (see above): paths made absolute like STACK_DIR.
abs_path() {
    case $1 in
        /*) realpath -m -- "$1" ;;
        *) realpath -m -- "$ROOT/$1" ;;
    esac
}
DB_ENV=${DB_ENV:-}
[[ -n $DB_ENV ]] && DB_ENV=$(abs_path "$DB_ENV")
SECRET_FILE=$(abs_path "${SECRET_FILE:-$STACK_DIR/secret}")
MEDIA_DIR=$(abs_path "${MEDIA_DIR:-$STACK_DIR/media}")
EXPORT_DIR=$(abs_path "${EXPORT_DIR:-$STACK_DIR/exports}")
NCHAN_REDIS=${NCHAN_REDIS:-}
REAL_IP_FROM=${REAL_IP_FROM:-}
export STACK_DIR PORT WORKERS APPS

RUN=$STACK_DIR/run
LOG=$STACK_DIR/log
DATADIR=$STACK_DIR/mysql
SOCK=$RUN/mysqld.sock
MYSQL_PID=$RUN/mysqld.pid
NGINX_PID=$RUN/nginx.pid
NGINX_CONF=$STACK_DIR/nginx/nginx.conf
ME=$(id -un)
MYGROUP=$(id -gn)
# mariadb-install-db --auth-root-authentication-method=socket gives root and
# the installing OS user unix-socket access: as root here, that is root.
DB_ADMIN=$ME

say() { printf 'stack: %s\n' "$*"; }
die() { printf 'stack: error: %s\n' "$*" >&2; exit 1; }

[[ $PORT =~ ^[0-9]+$ ]] || die "PORT must be a number, not '$PORT'"
[[ $WORKERS =~ ^[0-9]+$ && $WORKERS -ge 1 ]] || die "WORKERS must be a positive number, not '$WORKERS'"
for app in $APPS; do
    [[ $app =~ ^[a-z][a-z0-9_-]*$ ]] || die "bad name in APPS: '$app'"
done
for v in LIMIT_LOGIN_RATE LIMIT_JOIN_RATE LIMIT_WRITE_RATE; do
    [[ ${!v} =~ ^[1-9][0-9]*r/[sm]$ ]] || die "$v must be like 10r/m or 2r/s, not '${!v}'"
done
for v in LIMIT_LOGIN_BURST LIMIT_JOIN_BURST LIMIT_WRITE_BURST LIMIT_RETRY_AFTER; do
    [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a number, not '${!v}'"
done
for v in DB_BUFFER_POOL DB_LOG_SIZE; do
    [[ ${!v} =~ ^[1-9][0-9]*[KMG]?$ ]] || die "$v must be a size like 128M or 2G, not '${!v}'"
done
for a in $LIMIT_EXEMPT $REAL_IP_FROM; do
    [[ $a =~ ^[0-9A-Fa-f.:]+(/[0-9]+)?$ ]] || die "bad address in LIMIT_EXEMPT or REAL_IP_FROM: '$a'"
done
[[ -z $NCHAN_REDIS || $NCHAN_REDIS =~ ^redis://[A-Za-z0-9.:_-]+(/[0-9]+)?$ ]] \
    || die "NCHAN_REDIS must be like redis://127.0.0.1:6380, not '$NCHAN_REDIS'"
[[ -z ${SITE_URL:-} || $SITE_URL =~ ^https?://[A-Za-z0-9.:_-]+(/[A-Za-z0-9._/-]*)?$ ]] \
    || die "SITE_URL must be like http://127.0.0.1:8080, not '$SITE_URL'"
[[ -z $DB_ENV || -s $DB_ENV ]] || die "DB_ENV: no $DB_ENV"

# ---------------------------------------------------------------- processes

# alive PIDFILE NEEDLE: print the pid from PIDFILE if that process is ours.
alive() {
    local pidfile=$1 needle=$2 pid
    [[ -s $pidfile ]] || return 1
    pid=$(tr -dc '0-9' < "$pidfile" 2>/dev/null) || return 1
    is_ours "$pid" "$needle" || return 1
    printf '%s\n' "$pid"
}

# group_alive PGID: some non-zombie process is still in process group PGID.
group_alive() {
    ps -e -o pgid= -o stat= 2>/dev/null | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

# stop_proc LABEL PIDFILE NEEDLE SIGNAL SECONDS [group]
# Send SIGNAL, wait up to SECONDS, then SIGKILL. With "group", the process was
# started with setsid (so it leads its own process group): wait for, and if
# need be kill, its whole group too, so no orphaned worker survives.
stop_proc() {
    local label=$1 pidfile=$2 needle=$3 sig=$4 secs=$5 group=${6:-} pid i pgid=
    if ! pid=$(alive "$pidfile" "$needle"); then
        rm -f -- "$pidfile"
        return 0
    fi
    if [[ $group == group ]]; then
        pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') || pgid=
        [[ $pgid == "$pid" ]] || pgid=
    fi
    say "stopping $label (pid $pid)"
    kill "-$sig" "$pid" 2>/dev/null || true
    for ((i = 0; i < secs * 10; i++)); do
        if ! is_ours "$pid" "$needle"; then
            [[ -z $pgid ]] && break
            group_alive "$pgid" || break
            # The leader is gone but some of its children are not.
            if (( i % 10 == 9 )); then kill -TERM -- "-$pgid" 2>/dev/null || true; fi
        fi
        sleep 0.1
    done
    if is_ours "$pid" "$needle" || { [[ -n $pgid ]] && group_alive "$pgid"; }; then
        say "$label did not stop within ${secs}s; killing it"
        if [[ -n $pgid ]]; then kill -KILL -- "-$pgid" 2>/dev/null || true; fi
        if is_ours "$pid" "$needle"; then kill -KILL "$pid" 2>/dev/null || true; fi
        sleep 0.2
    fi
    rm -f -- "$pidfile"
}

# ------------------------------------------------------------------ MariaDB

mysqld_needle() { printf '%s' "--pid-file=$MYSQL_PID"; }

db() { mariadb --no-defaults --default-character-set=utf8mb4 --socket="$SOCK" -u"$DB_ADMIN" "$@"; }

db_ping() {
    mariadb-admin --no-defaults --socket="$SOCK" -u"$DB_ADMIN" --connect-timeout=2 ping >/dev/null 2>&1
}

db_install() {
    [[ -d $DATADIR ]] && return 0
    say "creating the MariaDB data directory $DATADIR"
    if ! mariadb-install-db --no-defaults --datadir="$DATADIR" \
            --auth-root-authentication-method=socket --skip-test-db \
            --user="$ME" >>"$LOG/mysql-install.log" 2>&1; then
        tail -n 20 "$LOG/mysql-install.log" >&2 || true
        rm -rf -- "$DATADIR"
        die "mariadb-install-db failed (see $LOG/mysql-install.log)"
    fi
}

db_start() {
    local pid i
    mkdir -p -- "$RUN" "$LOG"
    db_install
    if pid=$(alive "$MYSQL_PID" "$(mysqld_needle)"); then
        say "MariaDB already running (pid $pid)"
    else
        rm -f -- "$MYSQL_PID" "$SOCK"
        say "starting MariaDB"
        setsid mariadbd --no-defaults --datadir="$DATADIR" --socket="$SOCK" \
            --pid-file="$MYSQL_PID" --skip-networking \
            --log-error="$LOG/mysqld.log" \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            --innodb-buffer-pool-size="$DB_BUFFER_POOL" --innodb-log-file-size="$DB_LOG_SIZE" \
            --skip-log-bin --user="$ME" \
            >>"$LOG/mysqld.log" 2>&1 </dev/null 9>&- &
        pid=$!
    fi
    for ((i = 0; i < 300; i++)); do
        db_ping && return 0
        if ! kill -0 "$pid" 2>/dev/null || [[ $(ps -o stat= -p "$pid" 2>/dev/null) == Z* ]]; then
            tail -n 20 "$LOG/mysqld.log" >&2 || true
            die "mariadbd exited (see $LOG/mysqld.log)"
        fi
        sleep 0.1
    done
    tail -n 20 "$LOG/mysqld.log" >&2 || true
    die "MariaDB did not answer within 30s (see $LOG/mysqld.log)"
}

db_stop() {
    stop_proc MariaDB "$MYSQL_PID" "$(mysqld_needle)" TERM 30
}

# ------------------------------------------------------------------ secrets

random_hex() { # N bytes -> 2N hex characters
    od -An -v -tx1 -N"$1" /dev/urandom | tr -d ' \n'
}

make_secrets() {
    (
        umask 077
        if [[ ! -s $SECRET_FILE ]]; then
            say "creating $SECRET_FILE"
            mkdir -p -- "$(dirname -- "$SECRET_FILE")"
            random_hex 32 >"$SECRET_FILE.tmp"
            mv -f -- "$SECRET_FILE.tmp" "$SECRET_FILE"
        fi
        if [[ -z $DB_ENV && ! -s $STACK_DIR/db.env ]]; then
            say "creating $STACK_DIR/db.env"
            {
                printf 'OPBAK_DB_SOCKET=%s\n' "$SOCK"
                printf 'OPBAK_DB_NAME=opbak\n'
                printf 'OPBAK_DB_USER=opbak\n'
                printf 'OPBAK_DB_PASSWORD=%s\n' "$(random_hex 24)"
            } >"$STACK_DIR/db.env.tmp"
            mv -f -- "$STACK_DIR/db.env.tmp" "$STACK_DIR/db.env"
        fi
    )
    chmod 600 -- "$SECRET_FILE"
    [[ -n $DB_ENV ]] || chmod 600 -- "$STACK_DIR/db.env"
}

load_env() {
    set -a
    # shellcheck disable=SC1091
    . "${DB_ENV:-$STACK_DIR/db.env}"
    set +a
    # A cluster's db.env names every node (OPBAK_DB_NODES, core/db.h);
    # a stack's its one socket.
    [[ -n ${OPBAK_DB_NODES:-} ]] || : "${OPBAK_DB_SOCKET:?missing in db.env}"
    : "${OPBAK_DB_NAME:?missing in db.env}"
    : "${OPBAK_DB_USER:?missing in db.env}" "${OPBAK_DB_PASSWORD:?missing in db.env}"
    [[ $OPBAK_DB_PASSWORD =~ ^[0-9a-f]+$ ]] || die "OPBAK_DB_PASSWORD in ${DB_ENV:-$STACK_DIR/db.env} must be hex"
    export OPBAK_ROOT=$ROOT
    export OPBAK_SECRET_FILE=$SECRET_FILE
    # The one address of this stack (nginx listens on it and nowhere else):
    # absolute links (feeds) and the Origin check of every POST use it.
    # In a cluster, the front's (SITE_URL): the apps' absolute links and
    # the Origin they accept are the site's, not this host's.
    export OPBAK_BASE_URL=${SITE_URL:-http://127.0.0.1:$PORT}
    # nginx's pub/sub publisher (nginx/opbak.conf.in): the apps announce
    # live updates there (cgi-bin/core/live.h); never on the public port.
    export OPBAK_LIVE_SOCKET=$RUN/live.sock
    # Uploads (cgi-bin/core/app.h ROUTE_UPLOAD): nginx writes each upload's
    # body to a file in uploads/, the apps read only files there; what
    # they keep goes to media/, which nginx serves at /media/.
    export OPBAK_UPLOAD_DIR=$STACK_DIR/uploads
    export OPBAK_MEDIA_DIR=$MEDIA_DIR
    # Members' exports of their data (cgi-bin/account/export.c): written
    # by the account executable, sent by nginx (/_exports/, internal).
    export OPBAK_EXPORT_DIR=$EXPORT_DIR
}

db_setup() {
    say "ensuring database opbak and user opbak@localhost"
    db --batch <<SQL
CREATE DATABASE IF NOT EXISTS opbak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'opbak'@'localhost' IDENTIFIED BY '$OPBAK_DB_PASSWORD';
ALTER USER 'opbak'@'localhost' IDENTIFIED BY '$OPBAK_DB_PASSWORD';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES, EXECUTE ON opbak.* TO 'opbak'@'localhost';
SQL
}

# --------------------------------------------------------------------- apps

app_needle() { printf '%s' "$RUN/$1.sock"; }

# Every executable this STACK_DIR runs: the ones in APPS and any other that
# left a pid file behind (APPS may have changed since the last start).
known_apps() {
    local f name
    {
        for name in $APPS; do printf '%s\n' "$name"; done
        for f in "$RUN"/*.pid; do
            [[ -e $f ]] || continue
            name=$(basename -- "$f" .pid)
            [[ $name == mysqld || $name == nginx ]] && continue
            printf '%s\n' "$name"
        done
    } | awk '!seen[$0]++'
}

apps_stop() {
    local name
    for name in $(known_apps); do
        stop_proc "$name" "$RUN/$name.pid" "$(app_needle "$name")" TERM 10 group
        rm -f -- "$RUN/$name.sock"
    done
}

apps_start() {
    local name bin pid i
    for name in $APPS; do
        bin=${BIN_DIR:-$ROOT/build/bin}/$name
        [[ -x $bin ]] || die "$bin is missing: build it first (make)"
        rm -f -- "$RUN/$name.sock" "$RUN/$name.pid"
        say "starting $name ($WORKERS workers)"
        setsid "$bin" --socket "$RUN/$name.sock" --workers "$WORKERS" \
            --pidfile "$RUN/$name.pid" \
            >>"$LOG/$name.log" 2>&1 </dev/null 9>&- &
        pid=$!
        for ((i = 0; i < 100; i++)); do
            [[ -S $RUN/$name.sock ]] && break
            if ! kill -0 "$pid" 2>/dev/null || [[ $(ps -o stat= -p "$pid" 2>/dev/null) == Z* ]]; then
                tail -n 20 "$LOG/$name.log" >&2 || true
                die "$name exited at start (see $LOG/$name.log)"
            fi
            sleep 0.1
        done
        if [[ ! -S $RUN/$name.sock ]]; then
            tail -n 20 "$LOG/$name.log" >&2 || true
            die "$name did not create $RUN/$name.sock within 10s (see $LOG/$name.log)"
        fi
    done
}

# -------------------------------------------------------------------- nginx

nginx_needle() { printf '%s' "$NGINX_CONF"; }

nginx_stop() {
    stop_proc nginx "$NGINX_PID" "$(nginx_needle)" QUIT 10 group
}

nginx_start() {
    local out a exempt=
    mkdir -p -- "$STACK_DIR/nginx/tmp" "$STACK_DIR/nginx/extra"
    # One geo line per exempt address (the geo block's lines).
    for a in $LIMIT_EXEMPT; do exempt+="        $a 1;\\n"; done
    # An app host of a cluster: nchan's channels in the shared Redis, and
    # the client's address from the front's X-Real-IP (the comments in
    # nginx/opbak.conf.in). Empty for a plain stack.
    # nchan_redis_pass at the http level reaches the publisher and the
    # subscriber locations only with nchan_redis_pass_inheritable (nchan
    # 1.3.6; without it they stay in memory: measured, nothing in Redis).
    local redis= realip=
    if [[ -n $NCHAN_REDIS ]]; then
        redis="upstream opbak_redis { nchan_redis_server $NCHAN_REDIS; }\\n    nchan_redis_pass opbak_redis;\\n    nchan_redis_pass_inheritable on;"
    fi
    if [[ -n $REAL_IP_FROM ]]; then
        for a in $REAL_IP_FROM; do realip+="set_real_ip_from $a;\\n    "; done
        realip+="real_ip_header X-Real-IP;"
    fi
    sed -e "s|@ROOT@|$ROOT|g" -e "s|@STACK@|$STACK_DIR|g" -e "s|@PORT@|$PORT|g" \
        -e "s|@USER@|$ME|g" -e "s|@GROUP@|$MYGROUP|g" \
        -e "s|@LIMIT_LOGIN_RATE@|$LIMIT_LOGIN_RATE|g" -e "s|@LIMIT_LOGIN_BURST@|$LIMIT_LOGIN_BURST|g" \
        -e "s|@LIMIT_JOIN_RATE@|$LIMIT_JOIN_RATE|g" -e "s|@LIMIT_JOIN_BURST@|$LIMIT_JOIN_BURST|g" \
        -e "s|@LIMIT_WRITE_RATE@|$LIMIT_WRITE_RATE|g" -e "s|@LIMIT_WRITE_BURST@|$LIMIT_WRITE_BURST|g" \
        -e "s|@LIMIT_RETRY_AFTER@|$LIMIT_RETRY_AFTER|g" -e "s|@LIMIT_EXEMPT@|$exempt|" \
        -e "s|@LANG@|$NGINX_LANG|g" -e "s|^\( *\)@NCHAN_REDIS@$|\1$redis|" -e "s|^\( *\)@REAL_IP@$|\1$realip|" \
        "$ROOT/nginx/opbak.conf.in" >"$NGINX_CONF.tmp"
    mv -f -- "$NGINX_CONF.tmp" "$NGINX_CONF"
    # A publisher socket left by an nginx that was killed: bind would fail.
    rm -f -- "$RUN/live.sock"
    if ! out=$(nginx -t -q -e "$LOG/nginx-error.log" -p "$STACK_DIR/nginx" -c "$NGINX_CONF" 2>&1); then
        printf '%s\n' "$out" >&2
        die "nginx rejected $NGINX_CONF"
    fi
    say "starting nginx on http://127.0.0.1:$PORT/"
    nginx -e "$LOG/nginx-error.log" -p "$STACK_DIR/nginx" -c "$NGINX_CONF" </dev/null 9>&- \
        || die "nginx did not start (see $LOG/nginx-error.log)"
}

wait_http() {
    local code=000 want_app=0 name deadline=$((SECONDS + 10))
    # Without feed, "/" has no executable behind it and 502 is the right answer.
    for name in $APPS; do [[ $name == feed ]] && want_app=1; done
    while ((SECONDS < deadline)); do
        code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)
        if [[ $code != 000 && ( $code != 502 || $want_app == 0 ) ]]; then
            say "up: http://127.0.0.1:$PORT/ answers $code"
            return 0
        fi
        sleep 0.1
    done
    die "http://127.0.0.1:$PORT/ still answers $code after 10s (see $LOG/nginx-error.log and $LOG/*.log)"
}

# ------------------------------------------------------------ shared folders

# link_dir NAME TARGET: $STACK_DIR/NAME is the folder TARGET. nginx serves
# $STACK_DIR/media and $STACK_DIR/exports (nginx/opbak.conf.in); a host of
# a cluster links them to the shared folders. The default (TARGET is
# $STACK_DIR/NAME itself) is a plain folder, as before.
link_dir() {
    local name=$1 target=$2 mode=$3 here=$STACK_DIR/$1
    mkdir -p -m "$mode" -- "$target"
    [[ $target == "$here" ]] && return 0
    if [[ -L $here ]]; then
        [[ $(readlink -- "$here") == "$target" ]] && return 0
        rm -f -- "$here"
    elif [[ -d $here ]]; then
        rmdir -- "$here" 2>/dev/null || die "$here has files: move them to $target first"
    fi
    ln -s -- "$target" "$here"
}

# ----------------------------------------------------------------- commands

lock() {
    mkdir -p -- "$STACK_DIR"
    exec 9>"$STACK_DIR/.lock"
    flock -w 120 9 || die "another stack.sh is busy with $STACK_DIR"
}

cmd_start() {
    lock
    mkdir -p -- "$RUN" "$LOG" "$STACK_DIR/nginx/tmp" "$STACK_DIR/uploads"
    link_dir media "$MEDIA_DIR" 0755
    link_dir exports "$EXPORT_DIR" 0700
    if [[ -z $DB_ENV ]]; then
        db_start
    fi
    make_secrets
    load_env
    if [[ -z $DB_ENV ]]; then
        # The database is this stack's: its user, schema and demo.
        db_setup
        "$ROOT/scripts/migrate.sh" 9>&-
    fi
    if [[ -z $DB_ENV && ! -e $STACK_DIR/.demo-loaded && ${DEMO:-1} != 0 ]]; then
        if [[ -x $ROOT/scripts/demo.sh ]]; then
            say "loading demo content"
            "$ROOT/scripts/demo.sh" 9>&-
            touch -- "$STACK_DIR/.demo-loaded"
        fi
    fi
    nginx_stop
    apps_stop
    apps_start
    nginx_start
    wait_http
}

cmd_stop() {
    [[ -d $STACK_DIR ]] || { say "nothing at $STACK_DIR"; return 0; }
    lock
    nginx_stop
    apps_stop
    db_stop
    say "stopped"
}

cmd_status() {
    local pid name up=0
    if [[ -n $DB_ENV ]]; then
        say "MariaDB  none here: $DB_ENV"
    elif pid=$(alive "$MYSQL_PID" "$(mysqld_needle)"); then
        if db_ping; then say "MariaDB  running (pid $pid), answers on $SOCK"; else say "MariaDB  running (pid $pid), not answering yet"; fi
        up=1
    else
        say "MariaDB  stopped"
    fi
    for name in $(known_apps); do
        if pid=$(alive "$RUN/$name.pid" "$(app_needle "$name")"); then
            say "$(printf '%-8s' "$name") running (pid $pid)"; up=1
        else
            say "$(printf '%-8s' "$name") stopped"
        fi
    done
    if pid=$(alive "$NGINX_PID" "$(nginx_needle)"); then
        say "nginx    running (pid $pid)"; up=1
    else
        say "nginx    stopped"
    fi
    (( up )) || say "(nothing running for $STACK_DIR)"
    return 0
}

cmd_destroy() {
    local vardir
    vardir=$(realpath -m -- "$ROOT/var")
    case $STACK_DIR/ in
        "$vardir"/*) ;;
        *) die "refusing to remove $STACK_DIR: it is not inside $vardir" ;;
    esac
    cmd_stop
    say "removing $STACK_DIR"
    rm -rf -- "$STACK_DIR"
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    db-start) lock; db_start; say "MariaDB answers on $SOCK" ;;
    db-stop) lock; db_stop ;;
    destroy) cmd_destroy ;;
    *)
        printf 'usage: %s start|stop|status|db-start|db-stop|destroy\n' "$0" >&2
        exit 2
        ;;
esac

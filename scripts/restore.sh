#!/usr/bin/env bash
# make restore BACKUP=path: load an archive made by scripts/backup.sh into a
# stack. The stack is started (DEMO=0) if its database is not running, so a
# STACK_DIR that does not exist yet becomes a fresh stack holding the copy.
# A database that already holds members is refused unless FORCE=1: restoring
# replaces every table.
#
# Environment: BACKUP (required), STACK_DIR (default var), MEDIA_DIR
# (default $STACK_DIR/media: the uploaded files go there), FORCE, and the
# stack's PORT, WORKERS, BIN_DIR when it has to be started.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

die() { printf 'restore: error: %s\n' "$*" >&2; exit 1; }

[[ -n ${BACKUP:-} ]] || die "say which archive: make restore BACKUP=var/backups/opbak-....tar.gz"
[[ -f $BACKUP ]] || die "no archive at $BACKUP"
STACK_DIR=${STACK_DIR:-var}
export STACK_DIR
SOCK=$STACK_DIR/run/mysqld.sock
MEDIA_DIR=${MEDIA_DIR:-$STACK_DIR/media}
dbroot() { mariadb --no-defaults --socket="$SOCK" -uroot --default-character-set=utf8mb4 -N -B "$@"; }

work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
tar -C "$work" -xzf "$BACKUP" || die "cannot read $BACKUP"
[[ -s $work/opbak.sql ]] || die "$BACKUP holds no opbak.sql"
tail -n 1 "$work/opbak.sql" | grep -q '^-- Dump completed' || die "the dump in $BACKUP is incomplete"

if ! mariadb-admin --no-defaults --socket="$SOCK" -uroot --connect-timeout=2 ping >/dev/null 2>&1; then
	printf 'restore: starting the stack in %s\n' "$STACK_DIR"
	DEMO=0 scripts/stack.sh start >/dev/null
fi
members=$(dbroot opbak -e "SELECT COUNT(*) FROM users" 2>/dev/null || echo 0)
if [[ $members != 0 && ${FORCE:-} != 1 ]]; then
	die "the database in $STACK_DIR already holds $members members: FORCE=1 replaces it"
fi
if [[ -d $MEDIA_DIR && -n $(ls -A -- "$MEDIA_DIR") && ${FORCE:-} != 1 ]]; then
	die "$MEDIA_DIR is not empty: FORCE=1 replaces it"
fi

# The database becomes exactly the dump: no table of a newer migration
# that the dump does not know is left behind (the grants on opbak.* stay).
dbroot -e "DROP DATABASE IF EXISTS opbak; CREATE DATABASE opbak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
dbroot opbak <"$work/opbak.sql" || die "loading the dump failed"
if [[ -n $(ls -A -- "$work/media") ]]; then
	mkdir -p -- "$MEDIA_DIR"
	rm -rf -- "${MEDIA_DIR:?}"/*
	cp -a -- "$work/media/." "$MEDIA_DIR/"
fi
# The copy is the content: no demo content on top of it, ever.
touch -- "$STACK_DIR/.demo-loaded"
# Newer migrations than the dump's, and the executables restarted (no
# prepared statement or cache of the old tables survives).
DEMO=0 scripts/stack.sh start >/dev/null
printf 'restore: %s into %s (%s tables, %s members)\n' "$BACKUP" "$STACK_DIR" \
	"$(dbroot opbak -e 'SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "opbak"')" \
	"$(dbroot opbak -e 'SELECT COUNT(*) FROM users')"

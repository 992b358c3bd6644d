#!/usr/bin/env bash
# make backup: a consistent copy of a running stack's database and of the
# uploaded files, in one dated archive.
#
#   scripts/backup.sh            -> var/backups/opbak-YYYYmmddTHHMMSSZ.tar.gz
#   BACKUP=path scripts/backup.sh
#
# The database comes from mariadb-dump --single-transaction (one InnoDB
# snapshot: the site keeps answering and writing meanwhile, and the dump is
# the database as it was at one moment). Uploaded files come from MEDIA_DIR
# (default $STACK_DIR/media, the media folder) when it exists. The archive holds opbak.sql,
# media/ and MANIFEST (when, from where, the server version, the migrations).
#
# Environment: STACK_DIR (default var), BACKUP, MEDIA_DIR.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

STACK_DIR=${STACK_DIR:-var}
SOCK=$STACK_DIR/run/mysqld.sock
MEDIA_DIR=${MEDIA_DIR:-$STACK_DIR/media}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
BACKUP=${BACKUP:-var/backups/opbak-$STAMP.tar.gz}

die() { printf 'backup: error: %s\n' "$*" >&2; exit 1; }

mariadb-admin --no-defaults --socket="$SOCK" -uroot --connect-timeout=2 ping >/dev/null 2>&1 \
	|| die "no MariaDB answers on $SOCK (start the stack: STACK_DIR=$STACK_DIR scripts/stack.sh start)"

mkdir -p -- "$(dirname -- "$BACKUP")"
work=$(mktemp -d "$(dirname -- "$BACKUP")/.backup.XXXXXX")
trap 'rm -rf -- "$work"' EXIT

mariadb-dump --no-defaults --socket="$SOCK" -uroot --default-character-set=utf8mb4 \
	--single-transaction --quick --routines --triggers --events --hex-blob \
	--add-drop-table --order-by-primary opbak >"$work/opbak.sql" \
	|| die "mariadb-dump failed"
tail -n 1 "$work/opbak.sql" | grep -q '^-- Dump completed' || die "the dump is incomplete"

mkdir -p -- "$work/media"
if [[ -d $MEDIA_DIR ]]; then
	cp -a -- "$MEDIA_DIR/." "$work/media/"
fi

{
	printf 'created %s\n' "$STAMP"
	printf 'stack %s\n' "$(realpath -m -- "$STACK_DIR")"
	printf 'server %s\n' "$(mariadb --no-defaults --socket="$SOCK" -uroot -N -B -e 'SELECT VERSION()')"
	printf 'media %s files\n' "$(find "$work/media" -type f | wc -l)"
	printf 'tables'
	mariadb --no-defaults --socket="$SOCK" -uroot -N -B opbak -e 'SHOW TABLES' | tr '\n' ' '
	printf '\n'
} >"$work/MANIFEST"

tar -C "$work" -czf "$BACKUP.tmp" MANIFEST opbak.sql media
mv -f -- "$BACKUP.tmp" "$BACKUP"
printf 'backup: %s (%s bytes)\n' "$BACKUP" "$(stat -c %s -- "$BACKUP")"

#!/usr/bin/env bash
# Apply the numbered migrations in sql/ (001_schema.sql, 002_...) that the
# database has not seen yet, in order, and record each in schema_version.
#
# Connects as the database administrator (root, by unix socket) to the
# database opbak of the local stack in $STACK_DIR (default var), or to the
# MariaDB at $DB_SOCKET when set (scripts/cluster-db.sh: one node of the
# cluster, which replicates the DDL to the others). The application's own
# user has no DDL rights: migrations only run here.
#
# MariaDB commits DDL statement by statement: a migration that fails halfway
# leaves what ran before the error in place and is not recorded. Fix it (or
# the database) and run again.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
STACK_DIR=${STACK_DIR:-var}
case $STACK_DIR in
    /*) ;;
    *) STACK_DIR=$ROOT/$STACK_DIR ;;
esac
STACK_DIR=$(realpath -m -- "$STACK_DIR")
SOCK=${DB_SOCKET:-$STACK_DIR/run/mysqld.sock}
DB_NAME=opbak

say() { printf 'migrate: %s\n' "$*"; }
die() { printf 'migrate: error: %s\n' "$*" >&2; exit 1; }

db() {
    mariadb --no-defaults --default-character-set=utf8mb4 --socket="$SOCK" \
        -u"$(id -un)" --batch --skip-column-names "$@"
}

[[ -S $SOCK ]] || die "no MariaDB socket at $SOCK: start the stack first (scripts/stack.sh start)"
db -e "SELECT 1" "$DB_NAME" >/dev/null \
    || die "cannot connect to database $DB_NAME over $SOCK"

db "$DB_NAME" <<'SQL'
CREATE TABLE IF NOT EXISTS schema_version (
    version    INT          NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    applied_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
SQL

declare -A applied=()
while read -r v; do
    [[ -n $v ]] && applied[$v]=1
done < <(db -e "SELECT version FROM schema_version" "$DB_NAME")

# The migrations on disk, by number; two files with one number is a mistake.
declare -A byversion=()
shopt -s nullglob
for f in "$ROOT"/sql/[0-9][0-9][0-9]_*.sql; do
    name=$(basename -- "$f")
    [[ $name =~ ^[0-9]{3}_[A-Za-z0-9._-]+\.sql$ ]] \
        || die "sql/$name: use only letters, digits, '.', '_' and '-' in migration names"
    v=$((10#${name:0:3}))
    [[ -z ${byversion[$v]:-} ]] \
        || die "sql/${byversion[$v]} and sql/$name share the number ${name:0:3}"
    byversion[$v]=$name
done

count=0
for v in $(printf '%s\n' "${!byversion[@]}" | sort -n); do
    [[ -n ${applied[$v]:-} ]] && continue
    name=${byversion[$v]}
    if ! db "$DB_NAME" <"$ROOT/sql/$name"; then
        die "sql/$name failed; it is not recorded, and the migrations after it were not run.
  Statements before the failing one may have taken effect (MariaDB does not roll back DDL).
  Fix the file or the database, then run scripts/migrate.sh again."
    fi
    db -e "INSERT INTO schema_version (version, name) VALUES ($v, '$name')" "$DB_NAME" \
        || die "sql/$name ran but could not be recorded in schema_version"
    say "applied $name"
    count=$((count + 1))
done

(( count > 0 )) || say "up to date"

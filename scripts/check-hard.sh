#!/usr/bin/env bash
# make check-hard: the fault and load checks (tests/hard/hard.py) against a
# private stack built afresh in HARD_STACK_DIR (default var/hard); the
# restore check uses a second one, HARD_RESTORE_DIR (default
# var/hard-restore), on the same port while the first is stopped. Not part
# of make test: it mounts a tmpfs (disk full: needs root), kills workers,
# stops MariaDB and runs a soak of SOAK_SECONDS (default 600).
#
#   HARD_PORT (18190), HARD_WORKERS (2), BIN_DIR (build/bin), SOAK_SECONDS,
#   SOAK_RATE (50 requests/s), HARD_TIMEOUT (5 s), KILL_ROUNDS (3);
#   arguments: the checks to run (crash dbrestart cutshort backup diskfull soak)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

export STACK_DIR=${HARD_STACK_DIR:-var/hard}
export RESTORE_DIR=${HARD_RESTORE_DIR:-var/hard-restore}
export PORT=${HARD_PORT:-18190}
export WORKERS=${HARD_WORKERS:-2}
export BIN_DIR=${BIN_DIR:-build/bin}
export OPBAK_URL=http://127.0.0.1:$PORT
unset APPS

for d in "$STACK_DIR" "$RESTORE_DIR"; do
	STACK_DIR=$d scripts/stack.sh destroy >/dev/null
done
scripts/stack.sh start >/dev/null
trap 'for d in "$RESTORE_DIR" "$STACK_DIR"; do STACK_DIR=$d scripts/stack.sh stop >/dev/null || true; done' EXIT
echo "check-hard: stack $STACK_DIR on $OPBAK_URL, $WORKERS workers per executable, binaries in $BIN_DIR"
python3 tests/hard/hard.py "$@"

#!/bin/sh
# Demo content for the local stack: one user of every role, with known
# passwords (printed by `make run`). Runs once per data directory; the
# environment (OPBAK_DB_*) comes from scripts/stack.sh.
#
# login: admin      / demo-password-admin       (admin)
# login: mads       / demo-password-mads        (member)
# login: sofie_sp   / demo-password-sofie       (counsellor)
# login: karim_sp   / demo-password-karim       (counsellor)
# login: coach_lars / demo-password-lars        (coach)
# login: ella_work  / demo-password-ella        (employer)
# login: editor     / demo-password-editor      (editor)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
USERTOOL="$ROOT/build/bin/opbak-user"

add() { # handle role birth password bio
	printf '%s\n' "$4" | "$USERTOOL" add --if-missing --handle "$1" --role "$2" \
		--birth "$3" --bio "$5" >/dev/null
}

add admin admin 1985-03-02 demo-password-admin "Runs Opbak's moderation."
add mads member 2008-06-14 demo-password-mads "16, plays handball, likes cooking."
add sofie_sp counsellor 1990-11-20 demo-password-sofie \
	"Grew up with divorced parents and two homes. Studied social work. Climbs on weekends."
add karim_sp counsellor 1988-01-09 demo-password-karim \
	"Was bullied through most of school, found my people through football. Now a youth worker."
add coach_lars coach 1979-05-30 demo-password-lars "Job coach for people on their way back to work."
add ella_work employer 1983-09-12 demo-password-ella "Runs a bicycle workshop that takes trainees."
add editor editor 1992-02-17 demo-password-editor "Writes articles and hosts the podcast."

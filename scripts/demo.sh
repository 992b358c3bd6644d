#!/bin/sh
# Demo content for the local stack: one user of every role, with known
# passwords (printed by `make run`), more members, and the community in
# sql/demo/community.sql (51 posts across the topics, backings, votes,
# best marks and the points they earned), and the goals part in
# sql/demo/goals.sql (the programme Work Step: coach_lars, three
# participants at different stages, ella_work's trainee, a relative).
# Runs once per data directory; the environment (OPBAK_DB_*) comes from scripts/stack.sh.
#
# login: admin      / demo-password-admin       (admin)
# login: mads       / demo-password-mads        (member)
# login: sofie_sp   / demo-password-sofie       (counsellor who may moderate)
# login: karim_sp   / demo-password-karim       (counsellor: answers questions, no moderation)
# login: maja_lead  / demo-password-maja        (lead counsellor: reads every conversation)
# login: coach_lars / demo-password-lars        (coach)
# login: ella_work  / demo-password-ella        (employer)
# login: editor     / demo-password-editor      (editor: /editor, the articles)
# login: jonas_17, ali_b, frederik, oskar_s, emil99, noah_k, viktor_se, lucas_m, sebastian / demo-password-<handle> (members)
# goals (coach_lars's participants in Work Step; ella_work is Tobias's employer):
# login: amir_w     / demo-password-amir_w      (participant, just starting: two proposed goals)
# login: tobias_w   / demo-password-tobias_w    (participant, mid-way: goals, indicators, chats)
# login: daniel_w   / demo-password-daniel_w    (participant, quiet for 20 days)
# login: hanne_rel  / demo-password-hanne       (Tobias's close relative, /supporter)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
USERTOOL="${BIN_DIR:-$ROOT/build/bin}/opbak-user" # the stack's (scripts/stack.sh BIN_DIR)

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
add maja_lead counsellor 1984-08-25 demo-password-maja \
	"Lost my big brother when I was 19. Has been a volunteer for ten years and now trains the new ones."
add coach_lars coach 1979-05-30 demo-password-lars "Job coach for people on their way back to work."
add ella_work employer 1983-09-12 demo-password-ella "Runs a bicycle workshop that takes trainees."
add editor editor 1992-02-17 demo-password-editor "Writes articles and hosts the podcast."
for m in jonas_17:2009-02-03 ali_b:2007-09-21 frederik:2006-12-01 oskar_s:2010-04-18 \
	emil99:2005-07-07 noah_k:2008-03-30 viktor_se:2004-10-10 lucas_m:2009-11-11 sebastian:2003-05-05; do
	add "${m%%:*}" member "${m#*:}" "demo-password-${m%%:*}" ""
done
# The goals part's people (sql/demo/goals.sql).
add amir_w member 2004-02-11 demo-password-amir_w "Just started in Work Step."
add tobias_w member 1998-10-03 demo-password-tobias_w "Trainee at a bicycle workshop."
add daniel_w member 2001-06-24 demo-password-daniel_w ""
add hanne_rel member 1969-04-15 demo-password-hanne "Tobias's mother."

# The community, as the app's own database user (it may only read and write
# rows). The demo accounts are backdated two months: no new-member limits.
cnf=$(mktemp)
trap 'rm -f "$cnf"' EXIT
chmod 600 "$cnf"
printf '[client]\nuser=%s\npassword=%s\nsocket=%s\n' "$OPBAK_DB_USER" "$OPBAK_DB_PASSWORD" \
	"$OPBAK_DB_SOCKET" >"$cnf"
{
	echo "UPDATE users SET created_at = UTC_TIMESTAMP() - INTERVAL 60 DAY;"
	echo "UPDATE users SET life_experience = bio WHERE role = 'counsellor';"
	cat "$ROOT/sql/demo/community.sql" "$ROOT/sql/demo/inbox.sql" "$ROOT/sql/demo/articles.sql" \
		"$ROOT/sql/demo/podcast.sql" "$ROOT/sql/demo/goals.sql"
} | mariadb --defaults-extra-file="$cnf" --default-character-set=utf8mb4 "$OPBAK_DB_NAME"

# The podcast's files (sql/demo/podcast.sql): a short tone per episode
# (MP3, 8 to 14 s), the show's artwork (a 1400 px square PNG) and the
# first episode's transcript, made with ffmpeg into the media folder; the
# columns get what was made (bytes, seconds). Two episodes are published,
# the third scheduled two days ahead. No ffmpeg: they stay drafts.
media=${OPBAK_MEDIA_DIR:-${STACK_DIR:-$ROOT/var}/media}
podcast_sql() { mariadb --defaults-extra-file="$cnf" --default-character-set=utf8mb4 "$OPBAK_DB_NAME"; }
base=${OPBAK_BASE_URL:-http://127.0.0.1:${PORT:-8080}}
guid=$(python3 -c 'import sys, uuid; u = sys.argv[1].split("://", 1)[-1].rstrip("/")
print(uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), u))' "$base/podcast/feed.xml")
echo "UPDATE podcast_show SET guid = '$guid' WHERE id = 1;" | podcast_sql
if command -v ffmpeg >/dev/null 2>&1; then
	mkdir -p "$media/audio" "$media/images" "$media/transcripts"
	n=0
	for e in two-homes:12:330 left-out:14:262 exam-nerves:8:392; do
		n=$((n + 1))
		slug=${e%%:*} rest=${e#*:}
		secs=${rest%%:*} hz=${rest#*:}
		file=audio/demo-$slug.mp3
		ffmpeg -nostdin -loglevel error -y -f lavfi -i "sine=frequency=$hz:duration=$secs" \
			-ac 1 -ar 44100 -b:a 64k "$media/$file"
		bytes=$(stat -c %s "$media/$file")
		case $n in
		3) state="status = 'scheduled', publish_at = UTC_TIMESTAMP() + INTERVAL 2 DAY" ;;
		*) state="status = 'published', published_at = UTC_TIMESTAMP() - INTERVAL $((30 - 10 * n)) DAY" ;;
		esac
		echo "UPDATE episodes SET audio_path = '$file', audio_type = 'audio/mpeg',
			audio_bytes = $bytes, duration_s = $secs, $state WHERE slug = '$slug';"
	done | podcast_sql
	ffmpeg -nostdin -loglevel error -y -f lavfi -i "color=c=0x1f6f5c:s=1400x1400" -frames:v 1 \
		"$media/images/demo-artwork.png"
	echo "UPDATE podcast_show SET artwork_path = 'images/demo-artwork.png',
		artwork_type = 'image/png' WHERE id = 1;" | podcast_sql
	printf 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nWelcome to Opbak, the podcast.\n\n00:00:05.000 --> 00:00:12.000\nToday Frederik tells us about having two homes.\n' \
		>"$media/transcripts/demo-two-homes.vtt"
	echo "UPDATE episodes SET transcript_path = 'transcripts/demo-two-homes.vtt',
		transcript_type = 'text/vtt',
		transcript_text = 'Welcome to Opbak, the podcast.\nToday Frederik tells us about having two homes.'
		WHERE slug = 'two-homes';" | podcast_sql
fi

#!/usr/bin/env bash
# make bench: load a private stack (var/bench) with wrk and report the
# median and p99 latency and throughput of five pages (the front, a post,
# a topic, login, settings; the community at BENCH_POSTS posts), then the peak RSS
# (VmHWM) of every worker. Fails when a median misses its target below,
# which is where Opbak's speed targets live (never in a timed test).
#
#   BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 4), BENCH_POSTS
#   (default 10000), PORT (18090)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
cd "$ROOT"
export STACK_DIR=var/bench
PORT=${PORT:-18090}
SECONDS_EACH=${BENCH_SECONDS:-10}
CONNS=${BENCH_CONNECTIONS:-4} # one per worker: service time, not queueing
URL=http://127.0.0.1:$PORT

BENCH_POSTS=${BENCH_POSTS:-10000}

PORT=$PORT WORKERS=4 scripts/stack.sh start >/dev/null
trap 'scripts/stack.sh stop >/dev/null' EXIT

# Fill the community up to BENCH_POSTS posts (once per var/bench), with
# three backings on every tenth post, so pages are measured at size.
dbroot() { mariadb --no-defaults --socket="$STACK_DIR/run/mysqld.sock" -uroot --batch --skip-column-names opbak "$@"; }
have=$(dbroot -e "SELECT COUNT(*) FROM posts")
if ((have < BENCH_POSTS)); then
	echo "bench: adding $((BENCH_POSTS - have)) posts"
	dbroot <<SQL
INSERT INTO posts (user_id, topic_id, title, body, body_html, created_at)
SELECT (SELECT id FROM users WHERE handle = 'mads'), 1 + s.seq % 9,
       CONCAT('Bench post number ', s.seq, ' about school, friends and family'),
       CONCAT('This is bench post ', s.seq, '. ', REPEAT('Some words about a dilemma in my life. ', 20)),
       CONCAT('<p>This is bench post ', s.seq, '. ', REPEAT('Some words about a dilemma in my life. ', 20), '</p>'),
       UTC_TIMESTAMP() - INTERVAL (${BENCH_POSTS} - s.seq) MINUTE
FROM seq_1_to_$((BENCH_POSTS - have)) s;
INSERT INTO backings (post_id, user_id, body, body_html, created_at)
SELECT p.id, (SELECT MAX(id) FROM users WHERE role = 'member'), 'Try talking to someone you trust.',
       '<p>Try talking to someone you trust.</p>', p.created_at
FROM posts p, seq_1_to_3 s WHERE p.id % 10 = 0 AND p.title LIKE 'Bench post%';
UPDATE posts SET backing_count = 3 WHERE id % 10 = 0 AND title LIKE 'Bench post%';
SQL
fi
post_id=$(dbroot -e "SELECT MAX(id) FROM posts WHERE backing_count >= 3 AND status = 'visible'")

# page target-median-in-ms
TARGETS=(
	"/ 5"
	"/p/$post_id 5"
	"/t/family 5"
	"/account/login 5"
	"/account/settings 10"
)

# Log in as the demo member for the logged-in page.
jar=$(mktemp)
curl -s -c "$jar" -o /dev/null "$URL/account/login"
token=$(curl -s -b "$jar" "$URL/account/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data "handle=mads&password=demo-password-mads&csrf=$token" "$URL/account/login"
cookie=$(awk '$6 ~ /^opbak_/ { printf "%s=%s; ", $6, $7 }' "$jar")
rm -f "$jar"
[[ $cookie == *opbak_session=* ]] || { echo "bench: could not log in as mads" >&2; exit 1; }

to_ms() { # wrk prints 475.00us / 1.35ms / 1.02s
	awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.3f", n }'
}

fail=0
printf '%-20s %10s %10s %12s %8s\n' page median_ms p99_ms requests/s target
for t in "${TARGETS[@]}"; do
	read -r page target <<<"$t"
	out=$(wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency -H "Cookie: $cookie" "$URL$page")
	if grep -q "Non-2xx" <<<"$out"; then
		echo "bench: $page answered errors:"; echo "$out"; fail=1
	fi
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
	rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
	verdict=ok
	if awk -v a="$p50" -v b="$target" 'BEGIN { exit !(a > b) }'; then verdict=MISSED; fail=1; fi
	printf '%-20s %10s %10s %12s %5sms %s\n' "$page" "$p50" "$p99" "$rps" "$target" "$verdict"
done

echo
echo "peak RSS (VmHWM) per worker after the load:"
for pidfile in "$STACK_DIR"/run/*.pid; do
	app=$(basename "$pidfile" .pid)
	[[ $app == mysqld || $app == nginx ]] && continue
	parent=$(cat "$pidfile")
	for pid in $(pgrep -P "$parent"); do
		printf '  %-8s worker %-7s %s\n' "$app" "$pid" "$(awk '/VmHWM/ { print $2, $3 }' /proc/"$pid"/status)"
	done
done
exit $fail

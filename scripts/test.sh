#!/usr/bin/env bash
# Every test, counted: unit tests (plain and with ASan/UBSan), the fuzz
# corpora replayed, then the HTTP tests against a throw-away stack under
# var/test on port $PORT. Ends with "N passed, N failed"; exit 1 on any
# failure. A test program that dies (a crash, a sanitizer report) counts
# as a failure even if it printed no "not ok".
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
PORT=${PORT:-18080}
export STACK_DIR=var/test
LOGDIR=$ROOT/build/test-logs
rm -rf "$LOGDIR"
mkdir -p "$LOGDIR"

passed=0
failed=0
failures=()

# run_tap LABEL COMMAND...: run a TAP-printing program and count its lines.
run_tap() {
	local label=$1 log
	shift
	log=$LOGDIR/$(printf '%s' "$label" | tr '/ ' '__').log
	"$@" >"$log" 2>&1
	local rc=$?
	local ok notok
	ok=$(grep -c '^ok ' "$log")
	notok=$(grep -c '^not ok ' "$log")
	passed=$((passed + ok))
	failed=$((failed + notok))
	if ((notok > 0)); then
		failures+=("$label")
		grep -A15 '^not ok ' "$log" | head -80
	fi
	if ((rc != 0 && notok == 0)); then
		failed=$((failed + 1))
		failures+=("$label (exit $rc)")
		echo "--- $label exited with status $rc; last lines:"
		tail -n 30 "$log"
	fi
	printf 'test: %-34s %3d ok, %d not ok\n' "$label" "$ok" "$notok"
}

export CMOCKA_MESSAGE_OUTPUT=TAP
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

for variant in build build/asan; do
	kind=unit
	[[ $variant == build/asan ]] && kind=asan
	for t in "$variant"/tests/test_*; do
		[[ -x $t && $t != *.o ]] || continue
		run_tap "$kind/$(basename "$t")" "$t"
	done
	for f in "$variant"/fuzz/fuzz_*; do
		[[ -x $f && $f != *.o ]] || continue
		name=$(basename "$f")
		[[ -d tests/fuzz/corpus/${name#fuzz_} ]] || continue
		run_tap "$kind/$name corpus" "$f" "tests/fuzz/corpus/${name#fuzz_}"
	done
done

# The browser tests' one package (playwright-core, which drives Debian's
# chromium), from the committed lock; again only when the lock is newer.
e2e_install() {
	local dir=tests/e2e
	if [[ -d $dir/node_modules/playwright-core && ! $dir/package-lock.json -nt $dir/node_modules ]]; then
		return 0
	fi
	(cd "$dir" && npm ci --no-audit --no-fund) >"$LOGDIR/e2e-install.log" 2>&1 &&
		touch "$dir/node_modules"
}

# The browser logs in, but test_throttle_address.py (the HTTP tests' last)
# leaves this address throttled for 15 minutes: forget those failures.
forget_login_failures() {
	(
		. "$STACK_DIR/db.env" &&
			MYSQL_PWD=$OPBAK_DB_PASSWORD mariadb --no-defaults --socket="$OPBAK_DB_SOCKET" \
				-u"$OPBAK_DB_USER" "$OPBAK_DB_NAME" -e 'DELETE FROM login_failures'
	) >"$LOGDIR/e2e-forget-throttle.log" 2>&1
}

# The HTTP tests on a fresh stack of their own.
stop_stack() { scripts/stack.sh stop >"$LOGDIR/stack-stop.log" 2>&1; }
trap stop_stack EXIT
scripts/stack.sh destroy >"$LOGDIR/stack-destroy.log" 2>&1
if PORT=$PORT WORKERS=2 scripts/stack.sh start >"$LOGDIR/stack-start.log" 2>&1; then
	OPBAK_URL=http://127.0.0.1:$PORT run_tap "http" python3 tests/http/run.py
	# The browser tests (tests/e2e) on the same stack: headless Chromium.
	if ! e2e_install; then
		failed=$((failed + 1))
		failures+=("the browser tests could not be installed (see $LOGDIR/e2e-install.log)")
		tail -n 20 "$LOGDIR/e2e-install.log"
	elif ! forget_login_failures; then
		failed=$((failed + 1))
		failures+=("could not reset login throttling for the browser tests")
		cat "$LOGDIR/e2e-forget-throttle.log"
	else
		OPBAK_URL=http://127.0.0.1:$PORT run_tap "e2e" node tests/e2e/run.mjs
	fi
	# No worker may have crashed during the tests (a test that kills one
	# on purpose uses SIGKILL, which is not a crash).
	crashes='worker [0-9]+ (crashed|ended)'
	if grep -hE "$crashes" var/test/log/*.log >/dev/null 2>&1; then
		failed=$((failed + 1))
		failures+=("a FastCGI worker crashed during the HTTP tests")
		grep -hE "$crashes" var/test/log/*.log | head
	else
		passed=$((passed + 1))
	fi
else
	cat "$LOGDIR/stack-start.log"
	failed=$((failed + 1))
	failures+=("the test stack did not start")
fi

echo
if ((${#failures[@]})); then
	printf 'failed: %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
((failed == 0))

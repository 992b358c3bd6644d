#!/usr/bin/env bash
# Every test, counted: unit tests (plain and with ASan/UBSan), the fuzz
# corpora replayed (both builds), `make lint`, then the HTTP and browser
# tests against a throw-away stack, and the HTTP tests again against the
# sanitizer build's executables. Ends with "N passed, N failed"; exit 1 on
# any failure.
#
# A program counts only for what it proves: each prints TAP, and its plan
# (1..N) must be met exactly, so one that stops early, even with exit 0,
# fails for every test it did not run. A test that did not build, a fuzz
# target without a corpus, a program that dies (a crash, a sanitizer
# report) or overruns its time limit, and stack logs that are missing all
# fail, each named in the summary.
#
# Environment (the defaults are what `make test` uses):
#   PORT           nginx port of the test stack (18080)
#   STACK_DIR      the throw-away stack, destroyed and rebuilt (var/test)
#   BUILD_DIR      the plain build (build)
#   ASAN_DIR       the ASan/UBSan build (build/asan)
#   LOGDIR         every program's output ($BUILD_DIR/test-logs)
#   E2E_ARTIFACTS  the browser tests' screenshots go under it ($BUILD_DIR)
#   UNIT_TIMEOUT   seconds for one unit test or corpus replay (120)
#   STORY_TIMEOUT  seconds for all HTTP or all browser tests (600)
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT" || exit 1
PORT=${PORT:-18080}
export STACK_DIR=${STACK_DIR:-var/test}
BUILD_DIR=${BUILD_DIR:-build}
ASAN_DIR=${ASAN_DIR:-build/asan}
LOGDIR=${LOGDIR:-$ROOT/$BUILD_DIR/test-logs}
export E2E_ARTIFACTS=${E2E_ARTIFACTS:-$ROOT/$BUILD_DIR}
UNIT_TIMEOUT=${UNIT_TIMEOUT:-120}
STORY_TIMEOUT=${STORY_TIMEOUT:-600}
LINT_TIMEOUT=${LINT_TIMEOUT:-600}
STACK_LOG=$STACK_DIR/log
rm -rf "$LOGDIR"
mkdir -p "$LOGDIR"

passed=0
failed=0
failures=()
# Distinct behaviours, by kind: the plain build's unit tests and corpus
# inputs, the HTTP and browser stories, and the checks (lint, logs). The
# sanitizer build's runs of the same tests count as runs only.
KINDS=(unit "fuzz inputs" http e2e checks)
declare -A distinct=()
for k in "${KINDS[@]}"; do distinct[$k]=0; done

# count KIND PASSED FAILED: add one program's results to the totals; KIND
# "-" for a repeat (a run but no new behaviour).
count() {
	passed=$((passed + $2))
	failed=$((failed + $3))
	[[ $1 == - ]] || distinct[$1]=$((${distinct[$1]} + $2 + $3))
}

# fail_check LABEL KIND WHY: one failed check (a missing program or corpus,
# a stack that did not start, a crash in the logs).
fail_check() {
	count "$2" 0 1
	failures+=("$1: $3")
	printf 'test: %-34s FAILED: %s\n' "$1" "$3"
}

pass_check() {
	count "$2" 1 0
	printf 'test: %-34s ok\n' "$1"
}

# tap_summary LOG: "plans planned ok notok bailout" of a TAP log.
tap_summary() {
	awk '
		/^1\.\.[0-9]+/ { plans++; match($0, /^1\.\.[0-9]+/); planned += substr($0, 4, RLENGTH - 3) }
		/^ok( |$)/ { ok++ }
		/^not ok( |$)/ { notok++ }
		/^Bail out!/ { bail = 1 }
		END { printf "%d %d %d %d %d\n", plans, planned, ok, notok, bail }
	' "$1"
}

# run_tap LABEL KIND SECONDS COMMAND...: run a TAP-printing program under a
# time limit and count what it proved. Tests planned but not run are
# failures; so is a program that ends badly even when every line said ok
# (one extra failure then, named LABEL).
run_tap() {
	local label=$1 kind=$2 secs=$3 log
	shift 3
	log=$LOGDIR/$(printf '%s' "$label" | tr '/ ' '__').log
	local began=$SECONDS
	timeout --kill-after=10 "$secs" "$@" >"$log" 2>&1 </dev/null
	local rc=$?
	local plans planned ok notok bail
	read -r plans planned ok notok bail < <(tap_summary "$log")
	local seen=$((ok + notok)) bad=$notok problems=()
	if ((rc == 124 || (rc == 137 && SECONDS - began >= secs))); then
		problems+=("timed out after ${secs} s")
	elif ((rc != 0 && notok == 0)); then
		problems+=("exited with status $rc")
	fi
	((bail)) && problems+=("bailed out: $(grep -m1 '^Bail out!' "$log")")
	if ((plans == 0)); then
		problems+=("printed no TAP plan (1..N)")
	elif ((planned == 0)); then
		problems+=("planned no tests (1..0): it checks nothing")
	elif ((seen < planned)); then
		problems+=("stopped early: $seen of $planned planned tests ran")
		bad=$((bad + planned - seen))
	elif ((seen > planned)); then
		problems+=("ran $seen tests but planned $planned")
	fi
	((${#problems[@]} && bad == notok)) && bad=$((bad + 1))
	count "$kind" "$ok" "$bad"
	if ((notok > 0)); then
		failures+=("$label ($notok not ok)")
		grep -A15 '^not ok ' "$log" | head -80
	fi
	local said=
	if ((${#problems[@]})); then
		local p
		for p in "${problems[@]}"; do failures+=("$label: $p"); done
		said=$(printf '%s; ' "${problems[@]}")
		said=${said%; }
		echo "--- $label: $said; last lines of $log:"
		tail -n 30 "$log"
		said=", FAILED: $said"
	fi
	printf 'test: %-34s %3d ok, %d not ok%s\n' "$label" "$ok" "$notok" "$said"
}

export CMOCKA_MESSAGE_OUTPUT=TAP
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# A bare assert that vanishes passes everything: the HTTP runner refuses
# -O, and nothing here asks for it.
unset PYTHONOPTIMIZE

# ------------------------------------------------- unit tests, fuzz corpora

# The tests expected are the sources: a test that failed to build is a
# failure, not a smaller count.
for variant in plain asan; do
	dir=$BUILD_DIR unit_kind=unit fuzz_kind="fuzz inputs" prefix=unit
	if [[ $variant == asan ]]; then
		dir=$ASAN_DIR unit_kind=- fuzz_kind=- prefix=asan
	fi
	for src in tests/unit/test_*.c; do
		name=$(basename "$src" .c)
		t=$dir/tests/$name
		if [[ ! -x $t ]]; then
			fail_check "$prefix/$name" "$unit_kind" "$t is missing (did $src build?)"
			continue
		fi
		run_tap "$prefix/$name" "$unit_kind" "$UNIT_TIMEOUT" "$t"
	done
	for src in tests/fuzz/fuzz_*.c; do
		name=$(basename "$src" .c)
		f=$dir/fuzz/$name
		corpus=tests/fuzz/corpus/${name#fuzz_}
		if [[ ! -x $f ]]; then
			fail_check "$prefix/$name corpus" "$fuzz_kind" "$f is missing (did $src build?)"
		elif [[ ! -d $corpus ]]; then
			fail_check "$prefix/$name corpus" "$fuzz_kind" "no corpus: $corpus is not a directory"
		elif [[ -z $(find "$corpus" -maxdepth 1 -type f ! -name '.*' -print -quit) ]]; then
			fail_check "$prefix/$name corpus" "$fuzz_kind" "the corpus $corpus is empty"
		else
			run_tap "$prefix/$name corpus" "$fuzz_kind" "$UNIT_TIMEOUT" "$f" "$corpus"
		fi
	done
done

# ------------------------------------------------------------------- lint

if timeout --kill-after=10 "$LINT_TIMEOUT" make --no-print-directory lint >"$LOGDIR/lint.log" 2>&1; then
	pass_check lint checks
else
	echo "--- make lint failed:"
	cat "$LOGDIR/lint.log"
	fail_check lint checks "make lint failed (cppcheck or clang-format; see $LOGDIR/lint.log)"
fi

# ------------------------------------------------------------------ stack

# The browser tests' packages (playwright-core, which drives Debian's
# chromium; axe-core; vnu-jar, the Nu Html Checker run by Debian's Java),
# from the committed lock; again only when the lock is newer or one is
# missing. --ignore-scripts: vnu-jar's install script would fetch a Java
# of its own.
e2e_install() {
	local dir=tests/e2e p missing=0
	for p in playwright-core axe-core vnu-jar; do
		[[ -d $dir/node_modules/$p ]] || missing=1
	done
	if ((!missing)) && [[ ! $dir/package-lock.json -nt $dir/node_modules ]]; then
		return 0
	fi
	(cd "$dir" && timeout 600 npm ci --no-audit --no-fund --ignore-scripts) >"$LOGDIR/e2e-install.log" 2>&1 &&
		touch "$dir/node_modules"
}

# The browser logs in, but test_throttle_address.py (the HTTP tests' last)
# leaves this address throttled for 15 minutes: forget those failures.
forget_login_failures() {
	(
		# shellcheck disable=SC1091
		. "$STACK_DIR/db.env" &&
			MYSQL_PWD=$OPBAK_DB_PASSWORD timeout 60 mariadb --no-defaults --socket="$OPBAK_DB_SOCKET" \
				-u"$OPBAK_DB_USER" "$OPBAK_DB_NAME" -e 'DELETE FROM login_failures'
	) >"$LOGDIR/e2e-forget-throttle.log" 2>&1
}

stack_running=0
stop_stack() {
	((stack_running)) || return 0
	scripts/stack.sh stop >>"$LOGDIR/stack-stop.log" 2>&1
	stack_running=0
}
trap stop_stack EXIT

APPS_ALL=$(cd cgi-bin && for m in */main.c; do printf '%s ' "${m%/main.c}"; done)

# check_logs ROUND CRASH_KIND [sanitizer SAN_KIND]: after a stack round
# (stopped, so exit-time reports are written too), every executable's log
# must exist and show it started, no worker may have crashed (a test that
# kills one on purpose uses SIGKILL, which is not a crash) and, for the
# sanitizer build, no sanitizer may have reported anything. The logs are
# kept under $LOGDIR/stack-ROUND.
check_logs() {
	local round=$1 crash_kind=$2 san=${3:-} san_kind=${4:-} app missing=() logs=()
	rm -rf "$LOGDIR/stack-$round"
	cp -r "$STACK_LOG" "$LOGDIR/stack-$round" 2>/dev/null
	for app in $APPS_ALL; do
		if ! grep -qE "^.* $app: [0-9]+ workers on " "$STACK_LOG/$app.log" 2>/dev/null; then
			missing+=("$STACK_LOG/$app.log")
		else
			logs+=("$STACK_LOG/$app.log")
		fi
	done
	if ((${#missing[@]})); then
		fail_check "$round/logs" "$crash_kind" "no log of this run to check: ${missing[*]}"
		[[ -n $san ]] && fail_check "$round/sanitizers" "$san_kind" "no log of this run to check"
		return
	fi
	# The supervisor's own line (no request id), from the start of a line:
	# a request's logged path can hold the same words, escaped, mid-line.
	local crashes='^[0-9TZ:-]+ \[[0-9]+\] \[-\] [a-z]+: worker [0-9]+ (crashed|ended)'
	if grep -hE "$crashes" "${logs[@]}" >/dev/null; then
		grep -hE "$crashes" "${logs[@]}" | head
		fail_check "$round/logs" "$crash_kind" "a FastCGI worker crashed during the tests"
	else
		pass_check "$round/logs: no worker crashed" "$crash_kind"
	fi
	[[ -n $san ]] || return
	local reports='ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|SUMMARY: (Address|Leak|Undefined)'
	if grep -qE "$reports" "${logs[@]}"; then
		grep -hE -A20 "$reports" "${logs[@]}" | head -60
		fail_check "$round/sanitizers" "$san_kind" "a sanitizer reported an error in the stack logs"
	else
		pass_check "$round/sanitizers: no report" "$san_kind"
	fi
}

# start_stack ROUND BIN: a fresh stack under $STACK_DIR running the
# executables of BIN.
start_stack() {
	local round=$1 bin=$2
	stop_stack
	scripts/stack.sh destroy >"$LOGDIR/stack-destroy-$round.log" 2>&1
	if [[ ! -d $bin ]]; then
		fail_check "$round/stack" - "$bin is missing: build it first"
		return 1
	fi
	stack_running=1
	if ! PORT=$PORT WORKERS=2 BIN_DIR=$bin timeout 600 scripts/stack.sh start >"$LOGDIR/stack-start-$round.log" 2>&1; then
		cat "$LOGDIR/stack-start-$round.log"
		fail_check "$round/stack" - "the test stack did not start (BIN_DIR=$bin)"
		return 1
	fi
}

export OPBAK_URL=http://127.0.0.1:$PORT

# The plain build: the HTTP stories, then the browser's on the same stack.
if start_stack plain "$BUILD_DIR/bin"; then
	run_tap http http "$STORY_TIMEOUT" python3 tests/http/run.py
	if ! e2e_install; then
		tail -n 20 "$LOGDIR/e2e-install.log"
		fail_check e2e e2e "the browser tests could not be installed (see $LOGDIR/e2e-install.log)"
	elif ! forget_login_failures; then
		cat "$LOGDIR/e2e-forget-throttle.log"
		fail_check e2e e2e "could not reset login throttling for the browser tests"
	else
		run_tap e2e e2e "$STORY_TIMEOUT" node tests/e2e/run.mjs
	fi
	stop_stack
	check_logs plain checks
fi

# The sanitizer build: the same HTTP stories on a fresh stack whose
# executables stop at the first ASan or UBSan report (ASAN_OPTIONS above).
if start_stack asan "$ASAN_DIR/bin"; then
	run_tap asan/http - "$STORY_TIMEOUT" python3 tests/http/run.py
	stop_stack
	check_logs asan - sanitizer checks
fi

# ----------------------------------------------------------------- totals

echo
if ((${#failures[@]})); then
	printf 'failed: %s\n' "${failures[@]}"
fi
total=0 parts=()
for k in "${KINDS[@]}"; do
	total=$((total + ${distinct[$k]}))
	parts+=("$k ${distinct[$k]}")
done
summary=$(printf '%s, ' "${parts[@]}")
echo "distinct behaviours: $total (${summary%, }); runs: $((passed + failed))"
echo "$passed passed, $failed failed"
((failed == 0))

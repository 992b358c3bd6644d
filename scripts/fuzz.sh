#!/usr/bin/env bash
# make fuzz: build each tests/fuzz/fuzz_*.c with clang's libFuzzer plus
# ASan/UBSan and run it for FUZZ_SECONDS (default 60) from its committed
# corpus tests/fuzz/corpus/<name> (the name after fuzz_).
#
#   scripts/fuzz.sh                 every target
#   scripts/fuzz.sh route tmpl      only fuzz_route and fuzz_tmpl
#   FUZZ_SECONDS=10 BUILD=build/me scripts/fuzz.sh
#   FUZZ_RUNS=10000000 FUZZ_SECONDS=1200 scripts/fuzz.sh crisis   stop at 10 M runs
#
# What the targets test lives in the core and community layers (and two
# parsers of cgi-bin/media, the date parser and calendar writer of
# cgi-bin/goals), so every source of those (tmpl.cc with clang++) is
# compiled once with the fuzzer's coverage instrumentation into
# $BUILD/fuzz-obj/libfuzzed.a, and each target links it (only what it
# uses is pulled in). New inputs go to $BUILD/fuzz-corpus/<name>, crashes
# and slow inputs to $BUILD/fuzz-crashes/ (fix the bug, add a test named
# for it, then add the input to tests/fuzz/corpus/<name>). An input that
# runs longer than FUZZ_TIMEOUT seconds (default 10) counts as a crash.
# The script goes on with the next target after a failure and exits 1 at
# the end if any target failed.
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
TIMEOUT=${FUZZ_TIMEOUT:-10}
RUNS=${FUZZ_RUNS:--1} # -1: no limit, only FUZZ_SECONDS
BUILD=${BUILD:-build}
OBJ=$BUILD/fuzz-obj
BIN=$BUILD/fuzz-bin
PKGS="fcgi libmariadb libctemplate_nothreads libsodium libcmark libxml-2.0"

for tool in clang clang++; do
	command -v "$tool" >/dev/null || {
		echo "fuzz: $tool is missing (scripts/deps.sh installs it)" >&2
		exit 1
	}
done

SAN="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
INCLUDES="-Icgi-bin/core -Icgi-bin/community -Icgi-bin/media -Icgi-bin/goals $(pkg-config --cflags $PKGS)"
CFLAGS="-std=c11 -D_DEFAULT_SOURCE $SAN -fsanitize=fuzzer-no-link $INCLUDES"
CXXFLAGS="-std=c++17 $SAN -fsanitize=fuzzer-no-link $INCLUDES"
LIBS="$(pkg-config --libs $PKGS) -lunistring"
mkdir -p "$OBJ" "$BIN" "$BUILD/fuzz-crashes"

# The layers under test, rebuilt when a source or any header is newer
# than its object (headers are few; a stale object costs a wrong run).
newest_header=$(ls -t cgi-bin/core/*.h cgi-bin/community/*.h cgi-bin/media/*.h cgi-bin/goals/*.h |
	head -n 1)
objs=""
# (and media's parsers of uploaded files, which need no library of media's)
for src in cgi-bin/core/*.c cgi-bin/community/*.c cgi-bin/media/transcript.c \
	cgi-bin/media/filecheck.c cgi-bin/goals/dates.c cgi-bin/goals/ical.c cgi-bin/core/tmpl.cc; do
	obj=$OBJ/$(echo "$src" | tr / _).o
	objs="$objs $obj"
	if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_header" -nt "$obj" ]; then
		case $src in
		*.cc) clang++ $CXXFLAGS -c "$src" -o "$obj" ;;
		*) clang $CFLAGS -c "$src" -o "$obj" ;;
		esac
	fi
done
rm -f "$OBJ/libfuzzed.a"
ar rcs "$OBJ/libfuzzed.a" $objs

if [ $# -gt 0 ]; then
	targets=""
	for t in "$@"; do
		targets="$targets tests/fuzz/fuzz_${t#fuzz_}.c"
	done
else
	targets=$(ls tests/fuzz/fuzz_*.c)
fi

failed=""
for src in $targets; do
	name=$(basename "$src" .c)
	target=${name#fuzz_}
	[ -f "$src" ] || {
		echo "fuzz: no target $src" >&2
		failed="$failed $name"
		continue
	}
	[ -d "tests/fuzz/corpus/$target" ] || {
		echo "fuzz: $name has no corpus tests/fuzz/corpus/$target" >&2
		failed="$failed $name"
		continue
	}
	clang $CFLAGS -c "$src" -o "$OBJ/$name.o"
	clang++ $SAN -fsanitize=fuzzer -o "$BIN/$name" "$OBJ/$name.o" "$OBJ/libfuzzed.a" $LIBS
	mkdir -p "$BUILD/fuzz-corpus/$target"
	echo "fuzz: $name for ${SECONDS_EACH}s"
	if "$BIN/$name" -max_total_time="$SECONDS_EACH" -runs="$RUNS" -timeout="$TIMEOUT" -max_len=65536 \
		-print_final_stats=1 -artifact_prefix="$BUILD/fuzz-crashes/$name-" \
		"$BUILD/fuzz-corpus/$target" "tests/fuzz/corpus/$target" \
		>"$BUILD/fuzz-crashes/$name.log" 2>&1; then
		echo "fuzz: $name ok: $(grep -E '^Done [0-9]+ runs' "$BUILD/fuzz-crashes/$name.log")"
	else
		echo "fuzz: $name FAILED (log: $BUILD/fuzz-crashes/$name.log)"
		grep -E 'ERROR|SUMMARY|Test unit written' "$BUILD/fuzz-crashes/$name.log" | head -n 5
		failed="$failed $name"
	fi
done
if [ -n "$failed" ]; then
	echo "fuzz: failed:$failed" >&2
	exit 1
fi

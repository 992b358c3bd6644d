#!/bin/sh
# make fuzz: build each tests/fuzz/fuzz_*.c with clang's libFuzzer plus
# ASan/UBSan and run it for FUZZ_SECONDS (default 60) from its committed
# corpus. New inputs go to build/fuzz-corpus/<target>, crashes to
# build/fuzz-crashes/ (add a crash to tests/fuzz/corpus/ once it is fixed).
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
FLAGS="-std=c11 -D_DEFAULT_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -Icgi-bin/core $(pkg-config --cflags libmariadb)"
LIBS="$(pkg-config --libs fcgi libmariadb libctemplate_nothreads libsodium libcmark) -lstdc++"
mkdir -p build/fuzz-bin build/fuzz-crashes
# The parsers under test, compiled with the fuzzer's instrumentation.
CORE="cgi-bin/core/request.c cgi-bin/core/arena.c cgi-bin/core/text.c"
for src in tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	target=${name#fuzz_}
	clang $FLAGS -o "build/fuzz-bin/$name" "$src" $CORE $LIBS
	mkdir -p "build/fuzz-corpus/$target"
	echo "fuzz: $name for ${SECONDS_EACH}s"
	"build/fuzz-bin/$name" -max_total_time="$SECONDS_EACH" -max_len=65536 \
		-artifact_prefix=build/fuzz-crashes/ \
		"build/fuzz-corpus/$target" "tests/fuzz/corpus/$target"
done

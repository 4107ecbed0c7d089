#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz/CMakeLists.txt, clang++) and runs each for SECONDS
# (default 60) from its seed corpus. Exits non-zero if a target crashes or fails to build; the
# crashing input is left in the build dir as crash-<hash> (reproduce: <build>/fuzz_x crash-<hash>).
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]     BUILD_DIR defaults to <repo>/build/fuzz
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
build=${2:-$root/build/fuzz}
jobs=${FUZZ_JOBS:-2}
targets="fuzz_xmlstream fuzz_jid fuzz_sasl fuzz_controlcodec fuzz_s2sheader fuzz_tls13records fuzz_xmlstream_diff"

command -v clang++ >/dev/null || { echo "run.sh: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j "$jobs"

failed=""
for t in $targets; do
    # A scratch corpus dir gets new inputs; the checked-in seeds stay untouched.
    work="$build/corpus/$t"
    mkdir -p "$work"
    echo "== $t ($seconds s)"
    if ! (cd "$build" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            "./$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
            -print_final_stats=1 "$work" "$here/corpus/$t" 2>"$build/$t.log"); then
        tail -n 60 "$build/$t.log" >&2
        failed="$failed $t"
    else
        grep -E '^(stat::number_of_executed_units|Done)' "$build/$t.log" || true
    fi
done
if [ -n "$failed" ]; then
    echo "run.sh: crashes in:$failed" >&2
    exit 1
fi
echo "run.sh: all targets ran $seconds s without a crash"

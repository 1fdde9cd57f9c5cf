#!/usr/bin/env bash
# Builds the parsers' libFuzzer target (fuzz preset, clang) and runs it for a bounded time over a
# scratch copy of the corpus. Usage: tests/fuzz/run.sh [SECONDS]   (default 60; CI uses this)
# A crash input is saved under tests/fuzz/crashes/ (keep it in the repository once fixed; the
# corpus run replays every kept crash first).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
if ! command -v clang++ >/dev/null; then # libFuzzer comes with clang (Debian: package clang)
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get install -y --no-install-recommends clang
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/* "$work/"
mkdir -p tests/fuzz/crashes
# Inputs that once crashed it must still pass.
if compgen -G "tests/fuzz/crashes/*" >/dev/null; then
    ./build/fuzz/tests/fuzz/clientele_parsers_fuzzer -runs=0 tests/fuzz/crashes/
fi
status=0
./build/fuzz/tests/fuzz/clientele_parsers_fuzzer \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=tests/fuzz/crashes/ "$work" >"$work/log.txt" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    tail -60 "$work/log.txt"
    echo "fuzzing found a problem; its input is in tests/fuzz/crashes/" >&2
    exit "$status"
fi
grep -E "^stat::(number_of_executed_units|average_exec_per_sec)" "$work/log.txt"

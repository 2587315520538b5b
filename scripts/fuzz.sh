#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/ and runs each for SECONDS (default 60): the scenario
# loader, then the loader with a short simulation. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# (TARGET: loader, simulation; default both).
#
# Seeds: examples/ and tests/scenarios/invalid/, read where they are; what the fuzzer finds new
# goes to build-fuzz/corpus/TARGET/ and seeds the next run. The dictionary holds the scenario keys
# of the committed JSON Schema (generated from the key tables). A finding (crash, sanitizer
# report, uncaught exception, an input taking more than 10 s or 2 GiB) stops the run with exit 1
# and leaves the input in build-fuzz/artifacts/TARGET/; reproduce it with
#   build-fuzz/fuzz/mvzsim_fuzz_TARGET build-fuzz/artifacts/TARGET/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(loader simulation)

bash scripts/install-deps.sh
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "mvzsim fuzz: needs clang and libFuzzer: install clang and libclang-rt-14-dev (scripts/install-deps.sh --ci)" >&2
    exit 1
fi
# -O1 with assertions (Debug) as libFuzzer recommends. Warnings are errors here too: this is CI's
# clang build of sim/, models/ and scenarios/, so clang's warnings fail it as gcc's fail the main build.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DMVZSIM_FUZZ=ON -DMVZSIM_WERROR=ON -DMVZSIM_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/mvzsim_fuzz_}"
/usr/bin/python3 scripts/fuzz_dictionary.py docs/scenario.schema.json >build-fuzz/scenario.dict

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in "${targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$target" "build-fuzz/artifacts/$target"
    echo "mvzsim fuzz: $target for ${seconds} s" >&2
    "build-fuzz/fuzz/mvzsim_fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -dict=build-fuzz/scenario.dict -artifact_prefix="build-fuzz/artifacts/$target/" \
        -print_final_stats=1 "build-fuzz/corpus/$target" examples tests/scenarios/invalid \
        2>"build-fuzz/$target.log" || {
        tail -n 60 "build-fuzz/$target.log" >&2
        echo "mvzsim fuzz: $target found a problem; the input is in build-fuzz/artifacts/$target/" >&2
        exit 1
    }
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "build-fuzz/$target.log" >&2 || true
done

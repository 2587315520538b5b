#!/usr/bin/env bash
# Builds mvzsim in Debug (assertions on) with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ and runs the whole suite through ctest. Any finding fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
werror=OFF
if [ "${CI:-}" = "true" ]; then
    werror=ON
fi
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DMVZSIM_SANITIZE=ON -DMVZSIM_WERROR="$werror"
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"

#!/usr/bin/env bash
# Builds the engine and model tests (tests/sim, tests/models) with ThreadSanitizer in build-tsan/
# (RelWithDebInfo: TSan slows code 5-15 times) and runs them all: the engine's thread pool and
# blocks, the bounded summaries, precision runs, and every projection, simulation and break-even
# search on 2 to 4 threads, with their comparisons against 1 thread. Any data race fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
werror=OFF
if [ "${CI:-}" = "true" ]; then
    werror=ON
fi
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMVZSIM_TSAN=ON -DMVZSIM_WERROR="$werror" >/dev/null
cmake --build build-tsan -j"$(nproc)" --target mvzsim_tsan_tests
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
build-tsan/tests/mvzsim_tsan_tests "[sim],[models]" --warn NoTests

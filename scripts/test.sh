#!/usr/bin/env bash
# Builds mvzsim with its tests and runs the whole suite through ctest. In CI (CI=true) warnings
# are errors.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
werror=OFF
if [ "${CI:-}" = "true" ]; then
    werror=ON
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DMVZSIM_WERROR="$werror"
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"

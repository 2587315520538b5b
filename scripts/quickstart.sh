#!/usr/bin/env bash
# Quick start: installs what is missing, builds mvzsim in Release and runs the main example.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
./build/mvzsim run examples/rural-gp-3.yaml

#!/usr/bin/env bash
# Regenerates docs/scenario.schema.json, the JSON Schema of scenario files, from the loader's key
# tables (mvzsim schema). Run it after changing a key; a test fails while the copy is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target mvzsim >/dev/null
./build/mvzsim schema > docs/scenario.schema.json
echo "docs/scenario.schema.json"

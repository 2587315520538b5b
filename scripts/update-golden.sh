#!/usr/bin/env bash
# Regenerates the golden summaries of the examples (tests/golden/*.csv) after an intended change
# of the model or an example. Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target mvzsim >/dev/null
for f in examples/*.yaml; do
    name=$(basename "$f" .yaml)
    # Drop the provenance line: it holds the file path, which differs between checkouts.
    ./build/mvzsim run "$f" --trials 2000 --seed 1 --format csv | tail -n +2 > "tests/golden/$name.csv"
    echo "tests/golden/$name.csv"
done

#!/usr/bin/env bash
# Regenerates the golden summaries of the examples (tests/golden/*.csv) and their break-even
# tables (tests/golden/breakeven/*.csv) after an intended change of the model or an example, and
# records the compiler and Boost version that wrote them (tests/golden/VERSIONS; the golden test
# prints it when a comparison fails). Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target mvzsim >/dev/null
# examples/variants/ (scenarios that extend an example) go to tests/golden/variants/ and
# tests/golden/breakeven/variants/.
for f in examples/*.yaml examples/variants/*.yaml; do
    name=$(basename "$f" .yaml)
    sub=""
    case "$f" in examples/variants/*) sub="variants/" ;; esac
    mkdir -p "tests/golden/$sub" "tests/golden/breakeven/$sub"
    # Drop the provenance line: it holds the file path, which differs between checkouts.
    ./build/mvzsim run "$f" --trials 2000 --seed 1 --format csv | tail -n +2 > "tests/golden/$sub$name.csv"
    echo "tests/golden/$sub$name.csv"
    ./build/mvzsim breakeven "$f" --doctors 1..4 --step 0.5 --trials 1000 --seed 1 --format csv | tail -n +2 \
        > "tests/golden/breakeven/$sub$name.csv"
    echo "tests/golden/breakeven/$sub$name.csv"
done
# The region example (its sites are read through it): its CSV in tests/golden/regions/.
mkdir -p tests/golden/regions
./build/mvzsim run examples/regions/saxony-county.yaml --trials 2000 --seed 1 --format csv | tail -n +2 \
    > tests/golden/regions/saxony-county.csv
echo "tests/golden/regions/saxony-county.csv"
# The compiler (the build's default, g++ on Debian) and the Boost of boost/version.hpp as it finds it.
boost=$(printf '#include <boost/version.hpp>\nBOOST_LIB_VERSION\n' | g++ -E -P -x c++ - | tail -n 1 | tr -d '"' | tr _ .)
{
    echo "# The toolchain that wrote the golden files (scripts/update-golden.sh)."
    echo "compiler: $(g++ --version | head -n 1)"
    echo "boost: $boost"
} > tests/golden/VERSIONS
echo "tests/golden/VERSIONS"

#!/usr/bin/env bash
# Installs the Debian 12 packages mvzsim needs, only those that are missing. Safe to run again.
# --ci adds the tools CI uses besides the build: clang-format for the format check; Debian's
# python3-numpy and python3-yaml for bench/compare_numpy.py (the NumPy comparison model);
# python3-jsonschema with python3-yaml for the JSON Schema check (tests/scenarios/schema_check.py);
# and for the report's tests headless Chromium (renders the HTML, prints the PDF) with the report's
# font and Debian's python3-openpyxl (reads the XLSX back). Users need chromium only for `-o report.pdf`.
# clang with libclang-rt-14-dev (libFuzzer and clang's sanitizer runtimes) builds the fuzz targets
# (scripts/fuzz.sh); gcc's ThreadSanitizer runtime (libtsan2) comes with g++.
set -euo pipefail

packages=(cmake make g++ pkg-config libboost-program-options-dev libboost-random-dev libfmt-dev libyaml-cpp-dev
          libxlsxwriter-dev catch2)
if [ "${1:-}" = "--ci" ]; then
    packages+=(clang-format python3-numpy python3-yaml python3-jsonschema chromium fonts-dejavu-core python3-openpyxl
               clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "mvzsim: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

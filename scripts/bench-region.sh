#!/usr/bin/env bash
# Speed of a region run against separate runs of its sites (docs/benchmarks.md, docs/region.md):
# `mvzsim run` of a region of ten sites (the ten scenario files of examples/ and
# examples/variants/ and examples/regions/saxony-main.yaml, no shared inputs, no posts) at TRIALS
# trials, against `run` of each of the ten one after another, all to CSV files, ROUNDS times
# alternately (a noisy machine slows both alike). Prints wall seconds and peak memory of each
# round, their medians, and the ratio.
#
# Usage: scripts/bench-region.sh [ROUNDS] [TRIALS]     e.g. scripts/bench-region.sh 5 20000
#   MVZSIM (default build/mvzsim) names the binary; THREADS (default 0: all cores) its threads.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
trials=${2:-20000}
bin=${MVZSIM:-build/mvzsim}
threads=${THREADS:-0}
root=$(pwd)
sites=(examples/*.yaml examples/variants/*.yaml examples/regions/saxony-main.yaml)
out=$(mktemp -d /tmp/mvzsim-bench-region.XXXXXX)
trap 'rm -rf "$out"' EXIT
{
    echo "kind: region"
    echo "region: {name: ten sites}"
    echo "sites:"
    i=0
    for s in "${sites[@]}"; do
        echo "  - {name: site-$i, scenario: $root/$s}"
        i=$((i + 1))
    done
} >"$out/region.yaml"

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# Runs a command under /usr/bin/time; prints "SECONDS PEAK_KIB".
timed() {
    /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    cat "$out/time"
}

region_s=() runs_s=()
echo "${#sites[@]} sites, $trials trials, threads $threads; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$rounds"); do
    read -r g gm < <(timed "$bin" run "$out/region.yaml" -n "$trials" -t "$threads" -o "$out/region.csv")
    total=0 peak=0
    for s in "${sites[@]}"; do
        read -r t m < <(timed "$bin" run "$s" -n "$trials" -t "$threads" -o "$out/run.csv")
        total=$(awk -v a="$total" -v b="$t" 'BEGIN {print a + b}')
        [ "$m" -gt "$peak" ] && peak=$m
    done
    echo "round $r: region ${g} s (peak $((gm / 1024)) MiB); ${#sites[@]} runs ${total} s (peak of one $((peak / 1024)) MiB)"
    region_s+=("$g") runs_s+=("$total")
done
mg=$(printf '%s\n' "${region_s[@]}" | median)
mr=$(printf '%s\n' "${runs_s[@]}" | median)
echo "median: region $mg s, separate runs $mr s, ratio $(awk -v a="$mg" -v b="$mr" 'BEGIN {printf "%.3f", a / b}')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

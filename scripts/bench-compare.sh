#!/usr/bin/env bash
# Speed of `mvzsim compare` against separate runs (docs/benchmarks.md, docs/compare.md): compare of
# the main example and its two variants at TRIALS trials, against `run` of each of the three one
# after another, both to CSV files, ROUNDS times alternately (a noisy machine slows both alike).
# Prints wall seconds and peak memory of each round, their medians, and the ratio.
#
# Usage: scripts/bench-compare.sh [ROUNDS] [TRIALS]     e.g. scripts/bench-compare.sh 3 100000
#   MVZSIM (default build/mvzsim) names the binary; THREADS (default 0: all cores) its threads.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
trials=${2:-100000}
bin=${MVZSIM:-build/mvzsim}
threads=${THREADS:-0}
scenarios=(examples/rural-gp-3.yaml examples/variants/rural-gp-2.yaml examples/variants/rural-gp-3-with-tagespflege.yaml)
out=$(mktemp -d /tmp/mvzsim-bench-compare.XXXXXX)
trap 'rm -rf "$out"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# Runs a command under /usr/bin/time; prints "SECONDS PEAK_KIB".
timed() {
    /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    cat "$out/time"
}

compare_s=() runs_s=()
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$rounds"); do
    read -r c cm < <(timed "$bin" compare "${scenarios[@]}" -n "$trials" -t "$threads" -o "$out/compare.csv")
    total=0 peak=0
    for s in "${scenarios[@]}"; do
        read -r t m < <(timed "$bin" run "$s" -n "$trials" -t "$threads" -o "$out/run.csv")
        total=$(awk -v a="$total" -v b="$t" 'BEGIN {print a + b}')
        [ "$m" -gt "$peak" ] && peak=$m
    done
    echo "round $r: compare ${c} s (peak $((cm / 1024)) MiB); 3 runs ${total} s (peak of one $((peak / 1024)) MiB)"
    compare_s+=("$c") runs_s+=("$total")
done
mc=$(printf '%s\n' "${compare_s[@]}" | median)
mr=$(printf '%s\n' "${runs_s[@]}" | median)
echo "median: compare ${mc} s, 3 runs ${mr} s, compare / runs $(awk -v a="$mc" -v b="$mr" 'BEGIN {printf "%.2f", a / b}')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Times `mvzsim sensitivity` against `mvzsim run` on the same scenario and trials, alternating the
# two so that a change of the machine's load falls on both; prints each repetition and the
# medians of wall and CPU time (user + sys). docs/benchmarks.md gives the figures.
# Usage: bash scripts/bench-sensitivity.sh [SCENARIO] [TRIALS] [REPETITIONS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-examples/rural-gp-3.yaml}
trials=${2:-100000}
reps=${3:-3}
threads=${4:-0}
bin=build/mvzsim
[ -x "$bin" ] || { echo "bench-sensitivity: build first (cmake --build build)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # label, command...: appends "wall cpu" to $tmp/label
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S" -o "$tmp/t" "$@" >/dev/null 2>&1
    read -r wall user sys <"$tmp/t"
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    echo "$wall $cpu" >>"$tmp/$label"
    printf '%-12s wall %6.2f s  cpu %6.2f s  (load %s)\n' "$label" "$wall" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
}
for ((i = 1; i <= reps; i++)); do
    measure run "$bin" run "$scenario" -n "$trials" -t "$threads" -f csv -o "$tmp/run.csv"
    measure sensitivity "$bin" sensitivity "$scenario" -n "$trials" -t "$threads" -o "$tmp/sensitivity.txt"
done
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for label in run sensitivity; do
    printf '%-12s median wall %s s, median cpu %s s\n' "$label" "$(cut -d' ' -f1 "$tmp/$label" | median)" \
        "$(cut -d' ' -f2 "$tmp/$label" | median)"
done

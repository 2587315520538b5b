#!/usr/bin/env bash
# Speed of `mvzsim screen` against separate commands (docs/screening.md): the screening of the
# example table (examples/screening/) at TRIALS trials, against, for each municipality, `run` and
# `breakeven` of its template with the row's values as --set, one after another; and
# `screen --no-breakeven` against the runs alone. All to CSV files, ROUNDS times alternately (a
# noisy machine slows both alike). Prints wall seconds of each round and their medians.
#
# Usage: scripts/bench-screen.sh [ROUNDS] [TRIALS]     e.g. scripts/bench-screen.sh 3 5000
#   MVZSIM (default build/mvzsim) names the binary; THREADS (default 0: all cores) its threads.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
trials=${2:-5000}
bin=${MVZSIM:-build/mvzsim}
threads=${THREADS:-0}
dir=examples/screening
table=$dir/amt-mecklenburgische-schweiz.csv
out=$(mktemp -d /tmp/mvzsim-bench-screen.XXXXXX)
trap 'rm -rf "$out"' EXIT

# One line per municipality: its template, then its --set arguments, separated by tabs.
/usr/bin/python3 - "$table" "$dir/mv-amt-template.yaml" > "$out/rows.tsv" <<'PY'
import csv, os, sys
table, default = sys.argv[1], sys.argv[2]
lines = [l for l in open(table, encoding="utf-8") if l.strip() and not l.lstrip().startswith("#")]
for row in csv.DictReader(lines):
    template = os.path.join(os.path.dirname(table), row["template"]) if row["template"] else default
    sets = [f"{k}={v}" for k, v in row.items() if k not in ("name", "template") and not k.startswith("info:") and v]
    print("\t".join([template] + sets))
PY

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}
separate() {  # COMMANDS...: each command of each row, one after another
    while IFS=$'\t' read -r -a f; do
        local args=()
        for s in "${f[@]:1}"; do args+=(--set "$s"); done
        for c in "$@"; do "$bin" "$c" "${f[0]}" "${args[@]}" -n "$trials" -t "$threads" -o "$out/$c.csv"; done
    done < "$out/rows.tsv"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$out/rows.tsv") municipalities, $trials trials"
s_full=() s_sep=() s_quick=() s_runs=()
for r in $(seq "$rounds"); do
    a=$(seconds "$bin" screen "$dir/mv-amt-template.yaml" --table "$table" -n "$trials" -t "$threads" -o "$out/s.csv")
    b=$(seconds separate run breakeven)
    c=$(seconds "$bin" screen "$dir/mv-amt-template.yaml" --table "$table" -n "$trials" -t "$threads" \
        --no-breakeven -o "$out/q.csv")
    d=$(seconds separate run)
    echo "round $r: screen $a s, run + breakeven of each $b s; screen --no-breakeven $c s, run of each $d s"
    s_full+=("$a") s_sep+=("$b") s_quick+=("$c") s_runs+=("$d")
done
echo "medians: screen $(printf '%s\n' "${s_full[@]}" | median) s against $(printf '%s\n' "${s_sep[@]}" | median) s;" \
    "--no-breakeven $(printf '%s\n' "${s_quick[@]}" | median) s against $(printf '%s\n' "${s_runs[@]}" | median) s" \
    "(load after: $(cut -d' ' -f1-3 /proc/loadavg))"

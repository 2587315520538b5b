#!/usr/bin/env bash
# Speed and memory of mvzsim against an earlier commit, on this machine. Builds BASE (default: the
# commit before HEAD) in a temporary worktree and the working tree in build/, then runs each
# measurement on both binaries alternately, ROUNDS times (a noisy machine slows both alike), and
# prints medians and ratios (base / new: above 1 means the new binary is faster).
#
# Usage: scripts/bench.sh [BASE_REF] [ROUNDS]     e.g. scripts/bench.sh 810ead1 5
#   MVZSIM_BENCH_TRIALS (default 100000) sets the trials of the projection benchmark.
#   MVZSIM_BENCH_BASE_BIN=PATH uses an mvzsim binary built earlier as the base instead of building
#   BASE_REF (which then only names it in the report).
set -euo pipefail
cd "$(dirname "$0")/.."
base_ref=${1:-HEAD~1}
rounds=${2:-3}
trials=${MVZSIM_BENCH_TRIALS:-100000}
example=examples/rural-gp-3.yaml

work=$(mktemp -d /tmp/mvzsim-bench.XXXXXX)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
if [ -n "${MVZSIM_BENCH_BASE_BIN:-}" ]; then
    base=$MVZSIM_BENCH_BASE_BIN
    echo "base: $base (as $base_ref); building the working tree ..." >&2
else
    git worktree add -q --detach "$work/base" "$base_ref"
    echo "building base $base_ref ($(git rev-parse --short "$base_ref")) and the working tree ..." >&2
    cmake -S "$work/base" -B "$work/base/build" -DCMAKE_BUILD_TYPE=Release -DMVZSIM_BUILD_TESTS=OFF >/dev/null
    cmake --build "$work/base/build" -j"$(nproc)" --target mvzsim >/dev/null
    base="$work/base/build/mvzsim"
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target mvzsim >/dev/null
new=build/mvzsim

# Median of the numbers on standard input.
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# Seconds of the best repetition that `mvzsim bench` reports.
best_of() { "$@" | awk '/^  best/ {print $2}'; }

declare -A seconds
measure() {  # name, then the bench arguments
    local name=$1; shift
    for _ in $(seq "$rounds"); do
        for which in base new; do
            local bin=$base; [ "$which" = new ] && bin=$new
            seconds[$name.$which]+="$(best_of "$bin" bench "$@") "
        done
    done
}
report() {  # name, description
    local b n
    b=$(tr ' ' '\n' <<<"${seconds[$1.base]}" | grep . | median)
    n=$(tr ' ' '\n' <<<"${seconds[$1.new]}" | grep . | median)
    printf '%-34s base %7.3f s   new %7.3f s   ratio %5.2f\n' "$2" "$b" "$n" "$(awk -v b="$b" -v n="$n" 'BEGIN {print b / n}')"
}

measure run2 "$example" -n "$trials" -t 2 -r 3
measure run1 "$example" -n "$trials" -t 1 -r 1
measure breakeven "$example" -n "$trials" -t 2 -r 1 --doctors 1..10

echo "mvzsim bench, $(date -u '+%F %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), base $base_ref, median of $rounds alternating rounds"
report run2 "run $trials x 120 months, 2 threads"
report run1 "run $trials x 120 months, 1 thread"
report breakeven "breakeven 1..10, 2 threads"
for which in base new; do
    r2=$(tr ' ' '\n' <<<"${seconds[run2.$which]}" | grep . | median)
    r1=$(tr ' ' '\n' <<<"${seconds[run1.$which]}" | grep . | median)
    be=$(tr ' ' '\n' <<<"${seconds[breakeven.$which]}" | grep . | median)
    awk -v w="$which" -v r1="$r1" -v r2="$r2" -v be="$be" \
        'BEGIN {printf "%-4s parallel efficiency on 2 threads %.0f %%; breakeven 1..10 = %.2f runs\n", w, 100 * r1 / (2 * r2), be / r2}'
done

# 1,000,000 trials x 30 years in bounded memory (the new binary only: earlier ones store every trial).
sed 's/horizon_years: [0-9]*/horizon_years: 30/' "$example" >"$work/thirty.yaml"
/usr/bin/time -f '%e %M' -o "$work/time" "$new" run "$work/thirty.yaml" -n 1000000 --memory-limit 1G -f csv \
    -o "$work/bounded.csv" 2>/dev/null
read -r wall kb <"$work/time"
awk -v w="$wall" -v kb="$kb" 'BEGIN {printf "run 1,000,000 x 30 years, --memory-limit 1G: %.1f s, peak %.0f MiB\n", w, kb / 1024}'

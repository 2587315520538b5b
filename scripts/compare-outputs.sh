#!/usr/bin/env bash
# Compares two mvzsim binaries on every example: run (CSV), a replayed trial (CSV) and a break-even
# search (CSV), byte for byte after dropping the provenance line. For changes that must not move a
# single draw (refactoring, speed-ups): exit 0 when every output is identical.
# Usage: scripts/compare-outputs.sh OLD_BINARY NEW_BINARY [TRIALS]
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 trials=${3:-5000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for f in examples/*.yaml; do
    name=$(basename "$f" .yaml)
    for job in "run -f csv -n $trials" "run -f csv -n $trials --replay 3" \
               "breakeven -f csv -n $((trials / 2)) --doctors 1..5 --step 0.5"; do
        # shellcheck disable=SC2086
        "$old" $job "$f" 2>/dev/null | grep -v '^#' > "$work/old" || true
        # shellcheck disable=SC2086
        "$new" $job "$f" 2>/dev/null | grep -v '^#' > "$work/new" || true
        if cmp -s "$work/old" "$work/new" && [ -s "$work/new" ]; then
            echo "same      $name: $job"
        else
            echo "DIFFERENT $name: $job"
            status=1
        fi
    done
done
exit $status

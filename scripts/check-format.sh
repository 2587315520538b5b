#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format makes of it with the committed
# .clang-format. Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run -Werror "${files[@]}"; then
    echo "check-format: the files above are not formatted; run: git ls-files '*.cpp' '*.h' | xargs clang-format -i" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"

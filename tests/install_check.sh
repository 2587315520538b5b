#!/usr/bin/env bash
# `cmake --install` into a fresh prefix: the binary, the examples, the docs, the bash completion
# and the man page are where the README says, and the installed binary runs an installed example
# (one that extends another, so their folder layout is kept).
# Usage: install_check.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
status=0
for f in bin/mvzsim \
    share/mvzsim/examples/rural-gp-3.yaml share/mvzsim/examples/variants/rural-gp-2.yaml \
    share/doc/mvzsim/README.md share/doc/mvzsim/docs/scenario-reference.md \
    share/doc/mvzsim/docs/scenario.schema.json \
    share/bash-completion/completions/mvzsim share/man/man1/mvzsim.1; do
    if [ ! -f "$prefix/$f" ]; then
        echo "install_check: missing $f" >&2
        status=1
    fi
done
[ -x "$prefix/bin/mvzsim" ] || { echo "install_check: bin/mvzsim is not executable" >&2; status=1; }
[ "$status" -eq 0 ] || exit "$status"
cd "$prefix"
out=$(bin/mvzsim run share/mvzsim/examples/variants/rural-gp-2.yaml -n 200)
grep -q "Annual result (EUR thousand)" <<<"$out" || { echo "install_check: the installed example did not run" >&2; exit 1; }
bin/mvzsim validate share/mvzsim/examples/*.yaml >/dev/null
grep -q '^\.TH MVZSIM 1 ' share/man/man1/mvzsim.1 || { echo "install_check: man page without .TH" >&2; exit 1; }
bash -n share/bash-completion/completions/mvzsim
# The installed files are the ones the binary generates.
cmp <(bin/mvzsim man) share/man/man1/mvzsim.1
cmp <(bin/mvzsim completion bash) share/bash-completion/completions/mvzsim
echo "install_check: ok ($prefix)"

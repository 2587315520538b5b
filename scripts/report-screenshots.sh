#!/usr/bin/env bash
# Screenshots of the HTML report for docs/report.md: the report of examples/rvz-leinebergland.yaml
# (the scenario's own seed and trials), each section shown alone and photographed by headless
# Chromium (Debian package chromium). Writes docs/report-*.png.
# Usage: scripts/report-screenshots.sh [MVZSIM_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/mvzsim}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "report-screenshots: needs Chromium (apt-get install chromium)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" report examples/rvz-leinebergland.yaml -o "$work/annex.html"

# shot ID HEIGHT: section ID alone (the summary with the document's title) in a window 1000 px wide.
shot() {
    local id=$1 height=$2 hide="section:not(#$1), nav.toc, footer.doc"
    [ "$id" = summary ] || hide="$hide, header.doc"
    sed "s|</style>|$hide { display: none; } body { padding-top: 2mm; }</style>|" "$work/annex.html" > "$work/$id.html"
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
        --user-data-dir="$work/profile" --window-size=1000,"$height" \
        --screenshot="docs/report-$id.png" "file://$work/$id.html" > /dev/null 2>&1
    echo "wrote docs/report-$id.png"
}
shot summary 1180
shot income 900
shot liquidity 1000
shot balance 980
shot breakeven 760
shot sensitivity 900
shot assumptions 760

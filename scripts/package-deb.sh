#!/usr/bin/env bash
# Builds the Debian package from an existing build (build/, see scripts/test.sh) and checks it:
# its Depends name the libraries the binary links, and the packaged binary, unpacked, runs a
# packaged example. Leaves build/mvzsim_VERSION_ARCH.deb.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f build/mvzsim_*.deb
cpack --config build/CPackConfig.cmake -G DEB -B build >/dev/null
deb=$(ls build/mvzsim_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libyaml-cpp0.7 libboost-program-options1.74.0 libfmt9 libxlsxwriter4; do
    grep -q "$lib" <<<"$depends" || { echo "package-deb: Depends lacks $lib: $depends" >&2; exit 1; }
done
# Every library the binary needs belongs to a package named in Depends.
for so in $(readelf -d build/mvzsim | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
    path=$(ldconfig -p | awk -v so="$so" '$1 == so && !found { print $NF; found = 1 }')  # no early exit: SIGPIPE
    # dpkg knows a library by the path its package installed (/lib or /usr/lib, usrmerge).
    package=$({ dpkg -S "$path" || dpkg -S "$(readlink -f "$path")"; } 2>/dev/null | head -1 | cut -d: -f1 || true)
    [ -n "$package" ] || { echo "package-deb: no package owns $so" >&2; exit 1; }
    grep -q "$package" <<<"$depends" || { echo "package-deb: $so ($package) not in Depends" >&2; exit 1; }
done
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/mvzsim" run "$root/usr/share/mvzsim/examples/single-gp.yaml" -n 100 >/dev/null
test -f "$root/usr/share/man/man1/mvzsim.1"
test -f "$root/usr/share/bash-completion/completions/mvzsim"
echo "package-deb: $deb ($(du -h "$deb" | cut -f1)), Depends: $depends"

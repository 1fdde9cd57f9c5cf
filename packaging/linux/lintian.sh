#!/usr/bin/env bash
# lintian over the built .deb: fails on errors, lists every warning and info (the reasons the
# remaining ones stay are in packaging/linux/README.md).   usage: lintian.sh BUILD_DIR
set -euo pipefail
build=${1:-build/release}
deb=$(ls -t "$build"/clientele_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "lintian.sh: no clientele_*.deb in $build (run cpack --preset release)" >&2; exit 1; }
echo "lintian $deb"
lintian --display-info --fail-on error "$deb"

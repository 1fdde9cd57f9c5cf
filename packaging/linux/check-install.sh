#!/usr/bin/env bash
# Installs the built .deb in a brand-new Debian 12 root and uses it as a user would: clientele-cli
# --version, a demo shop and a PDF report made by the installed binary, the installed desktop app
# started under Xvfb on that shop (a screenshot is saved), then `apt-get remove --purge` and a check
# that nothing of the package is left. Run from the repository root, as root (fresh-debian uses a
# chroot):
#   bash packaging/linux/check-install.sh          # uses build/release/clientele_*.deb, builds it if missing
#   bash packaging/linux/check-install.sh --build  # release build + cpack first, always
# The root is made from what is committed (../shared/tools/fresh-debian clones HEAD), so commit
# packaging/linux/check-install-inside.sh changes before running. Prints where the screenshot went.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
build=${CLIENTELE_PACKAGE_DIR:-build/release} # where cpack put the .deb
out=build/check-install
version=$(sed -n 's/^project(Clientele VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || { echo "check-install: cannot read project(VERSION) from CMakeLists.txt" >&2; exit 2; }

if [ "${1:-}" = "--build" ] || ! ls "$build"/clientele_"$version"_*.deb >/dev/null 2>&1; then
    cmake --preset release
    cmake --build --preset release
    cpack --preset release
fi
deb=$(ls -t "$build"/clientele_"$version"_*.deb | head -n 1)
echo "check-install: $deb"

# Only one fresh-debian may run on this machine at a time.
while pgrep -f "tools/fresh-debian" >/dev/null; do
    echo "check-install: another fresh-debian is running; waiting" >&2
    sleep 20
done

mkdir -p "$out"
log=$out/inside.log
set +e
../shared/tools/fresh-debian --copy "$deb" -- bash packaging/linux/check-install-inside.sh "$version" >"$log"
rc=$?
set -e
if sed -n '/=====SCREENSHOT-BEGIN=====/,/=====SCREENSHOT-END=====/p' "$log" | sed '1d;$d' | base64 -d | gunzip -c >"$out/screenshot.xwd" 2>/dev/null \
    && [ -s "$out/screenshot.xwd" ]; then
    convert "xwd:$out/screenshot.xwd" "$out/installed-clientele.png" && rm -f "$out/screenshot.xwd"
    echo "check-install: screenshot of the installed app: $PWD/$out/installed-clientele.png"
fi
[ $rc -eq 0 ] && echo "check-install: passed" || echo "check-install: FAILED (exit $rc; see the messages above)" >&2
exit $rc

#!/usr/bin/env bash
# Installs what Clientele needs to build, test and run on Debian 12 / Ubuntu 24.04.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail
packages=(
    build-essential cmake ninja-build ccache
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qt6-translations-l10n
    libqt6opengl6-dev libgl-dev libicu-dev catch2 sqlite3 libsqlite3-dev python3 pkg-config libnlopt-dev libical-dev libsodium-dev
    libminizip-dev zlib1g-dev libxlsxwriter-dev
    # A shop server: Qt's PostgreSQL driver, and the server the tests start (ctest -L postgres; its
    # client programs pg_dump/pg_restore serve `backup` on a server).
    libqt6sql6-psql postgresql-15
    xvfb xauth fonts-wqy-microhei poppler-utils
    # Tests and CI: chattr for the read-only-folder test, clang's sanitizer runtimes for the fuzzer,
    # faketime for the month-end runs. Listed by name: other packages only recommend them.
    e2fsprogs clang libclang-rt-14-dev faketime
    # Packaging: man pages from --help, the .deb's library dependencies, the metainfo and .desktop
    # validators (their tests run with every ctest).
    help2man dpkg-dev file appstream desktop-file-utils
)
# --packaging: also lintian and the icon renderers (resources/icons/generate.sh), which only
# packagers need; they pull in a few hundred MB that the everyday build and tests do without.
if [ "${1:-}" = "--packaging" ]; then
    packages+=(lintian librsvg2-bin imagemagick icnsutils)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All build and test dependencies are installed."
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"

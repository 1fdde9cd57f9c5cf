#!/usr/bin/env bash
# The part of check-install.sh that runs inside the brand-new Debian 12 root (as root, from the clone,
# with the .deb copied to /root). Installs the package as a user would, uses the installed programs,
# removes the package again and checks that nothing of it is left. Prints the screenshot (xwd, gzip,
# base64) between markers for check-install.sh to turn into a PNG.
#   usage: check-install-inside.sh VERSION
set -euo pipefail
version=$1
export DEBIAN_FRONTEND=noninteractive CLIENTELE_TODAY=2026-11-30 XDG_RUNTIME_DIR=/tmp/runtime-check
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
step() { echo "== $*" >&2; }
fail() { echo "check-install: FAILED: $*" >&2; exit 1; }

step "apt-get install ./clientele_${version}_*.deb"
apt-get update -qq
cd /root
apt-get install -y -q ./clientele_"${version}"_*.deb >/tmp/apt-install.log || { cat /tmp/apt-install.log >&2; fail "installing the package"; }
grep -E "^(Setting up|Unpacking) clientele" /tmp/apt-install.log >&2 || true
[ -x /usr/bin/clientele ] && [ -x /usr/bin/clientele-cli ] || fail "the executables are not in /usr/bin"
dpkg -L clientele | sort > /tmp/clientele.files
echo "installed: $(grep -c . /tmp/clientele.files) paths" >&2

step "clientele-cli --version"
got=$(clientele-cli --version)
echo "$got" >&2
[ "$got" = "clientele-cli $version" ] || fail "clientele-cli --version said '$got', expected 'clientele-cli $version'"
man -w clientele-cli >/dev/null 2>&1 || [ -f /usr/share/man/man1/clientele-cli.1.gz ] || fail "no man page for clientele-cli"

step "demo shop and a monthly report (PDF, Chinese) with the installed clientele-cli"
shop=/root/check/demo-shop.sqlite
mkdir -p /root/check
clientele-cli --db "$shop" demo --end-date 2026-11-30 >&2
clientele-cli --db "$shop" segment >&2
LANG=zh_CN.UTF-8 clientele-cli --db "$shop" report monthly --month 2026-10 -o /root/check/report.pdf >&2
[ "$(head -c 5 /root/check/report.pdf)" = "%PDF-" ] || fail "report.pdf is not a PDF"
echo "report.pdf: $(stat -c %s /root/check/report.pdf) bytes" >&2
info=$(clientele-cli --db "$shop" --json info)
echo "$info" >&2
echo "$info" | grep -q "\"written_by_version\": *\"$version\"" || fail "the demo shop does not say $version wrote it"

step "the installed clientele under Xvfb on the demo shop (Chinese)"
apt-get install -y -q --no-install-recommends xvfb xauth x11-apps poppler-utils >/tmp/apt-tools.log || { cat /tmp/apt-tools.log >&2; fail "installing Xvfb"; }
pdftotext /root/check/report.pdf - | grep -q "客户" || fail "the PDF report has no Chinese text (font missing?)"
Xvfb :42 -screen 0 1024x700x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
xvfb=$!
sleep 2
mkdir -p /root/home
DISPLAY=:42 HOME=/root/home LANG=zh_CN.UTF-8 clientele --db "$shop" >/tmp/clientele.log 2>&1 &
app=$!
sleep 15
if ! kill -0 "$app" 2>/dev/null; then cat /tmp/clientele.log >&2; fail "clientele did not stay up"; fi
echo "=====SCREENSHOT-BEGIN====="
DISPLAY=:42 xwd -root -silent | gzip -c | base64
echo "=====SCREENSHOT-END====="
kill "$app"; wait "$app" 2>/dev/null || true
kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
grep -v "^$" /tmp/clientele.log | head -20 >&2 || true

step "apt-get remove --purge clientele"
apt-get remove --purge -y -q clientele >/tmp/apt-remove.log || { cat /tmp/apt-remove.log >&2; fail "removing the package"; }
if dpkg-query -W -f='${Status}' clientele 2>/dev/null | grep -q "installed"; then fail "dpkg still knows clientele"; fi
left=0
while read -r path; do
    [ "$path" = "/." ] && continue
    if [ -d "$path" ]; then
        # Directories stay only when another package or the system owns them.
        if ! dpkg -S "$path" >/dev/null 2>&1 && [ -z "$(ls -A "$path")" ]; then echo "left behind (empty folder): $path" >&2; left=1; fi
    elif [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path" >&2; left=1
    fi
done < /tmp/clientele.files
[ $left -eq 0 ] || fail "files of the package are still there"
ls /usr/share/doc/clientele /var/lib/dpkg/info/clientele.* 2>/dev/null && fail "package data left in doc or dpkg info"
echo "check-install: purge left nothing of the package (the demo shop in /root/check is user data and stays)" >&2
echo "check-install: all steps passed" >&2

#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Tests the Linux package as an office would meet it (run as root after `mvn -B -Pjpackage package`):
#   1. apt-get install ./disclosure-desk_N_amd64.deb (pulls libgtk-3-0 from its Depends),
#   2. the desktop entry has the Chinese name and an icon that exists,
#   3. `disclosure-desk --version` from the installed command says the pom version,
#   4. `disclosure-desk check` and `disclosure-desk-cli check` on a temporary database, SQLite loaded from the
#      install folder (nothing copied into the temp folder),
#   5. data made with version N survives installing N+1 over it (the same app-image, next patch version),
#   6. apt-get remove leaves no command behind and the data file untouched.
set -euo pipefail
cd "$(dirname "$0")"
T=target
DEB=$(ls "$T"/installer/disclosure-desk_*_amd64.deb | head -n 1)
POM_VERSION=$(sed -n 's|^  <version>\(.*\)</version>.*|\1|p' ../pom.xml | head -n 1)
WORK=$(mktemp -d)
export DESK_DB="$WORK/data/desk.db"
trap 'apt-get remove -y -qq disclosure-desk >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "build N+1 from the same app-image"
VERSION=$(dpkg-deb -f "$DEB" Version)                       # e.g. 0.1.0-1
BASE=${VERSION%-*}
NEXT="${BASE%.*}.$(( ${BASE##*.} + 1 ))"                     # 0.1.0 -> 0.1.1
sed -e "s|^--app-version .*|--app-version $NEXT|" -e "s|^--dest .*|--dest \"$WORK/next\"|" \
    "$T/jpackage/linux-installer.args" > "$WORK/next.args"
DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=1 \
  "${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/jpackage" -J-Dfile.encoding=UTF-8 "@$WORK/next.args"
NEXT_DEB=$(ls "$WORK"/next/disclosure-desk_*_amd64.deb)
echo "N = $DEB ($VERSION), N+1 = $NEXT_DEB"

# A desktop system has a menu directory; a bare container does not, and then the package installs
# without a menu entry (its maintainer scripts allow that). Make one so the entry can be checked.
MADE=()
for d in /etc/xdg/menus/applications-merged /usr/share/desktop-directories; do
  [ -d "$d" ] || { mkdir -p "$d"; MADE+=("$d"); }
done
trap 'apt-get remove -y -qq disclosure-desk >/dev/null 2>&1 || true; rm -rf "$WORK"; for d in "${MADE[@]}"; do rm -rf "$d"; done' EXIT

step "install N"
apt-get install -y -qq "./$DEB" >/dev/null
dpkg -s disclosure-desk | grep -E '^(Version|Depends|Installed-Size):'
dpkg -s disclosure-desk | grep -q '^Depends:.*libgtk-3-0' || fail "Depends lacks libgtk-3-0"

step "desktop entry"
ENTRY=$(grep -l '政务公开工作台' /usr/share/applications/*.desktop | head -n 1) || fail "no desktop entry named 政务公开工作台"
cat "$ENTRY"
ICON=$(sed -n 's/^Icon=//p' "$ENTRY")
[ -s "$ICON" ] || fail "icon $ICON missing"
EXEC=$(sed -n 's/^Exec=//p' "$ENTRY" | cut -d' ' -f1)
[ -x "$EXEC" ] || fail "Exec $EXEC not executable"
if grep -l 'disclosure-desk-cli' /usr/share/applications/*.desktop >/dev/null 2>&1; then
  grep -q '^NoDisplay=true' $(grep -l 'Exec=.*disclosure-desk-cli' /usr/share/applications/*.desktop) \
    || fail "the console launcher shows in the menu"
fi

step "the installed command"
command -v disclosure-desk disclosure-desk-cli
disclosure-desk --version | tee "$WORK/version.txt"
grep -q "Disclosure Desk $POM_VERSION" "$WORK/version.txt" || fail "--version does not say $POM_VERSION"
disclosure-desk-cli --help | head -n 3
du -sh /opt/disclosure-desk

step "check on a temporary database"
mkdir -p "$(dirname "$DESK_DB")"
disclosure-desk init
# A temp folder SQLite cannot use (as on a locked-down PC): the installed launchers load SQLite's library from
# the install folder, so both checks still pass; a copy from the jar into the temp folder would fail here.
NO_TMP="-Dorg.sqlite.tmpdir=$WORK/no-such-folder"
disclosure-desk check
JAVA_TOOL_OPTIONS="$NO_TMP" disclosure-desk check >/dev/null 2>&1 || fail "disclosure-desk check needs the temp folder"
JAVA_TOOL_OPTIONS="$NO_TMP" disclosure-desk-cli check >/dev/null 2>&1 || fail "disclosure-desk-cli check needs the temp folder"

step "data made with N"
YEAR=$(date +%Y)
disclosure-desk demo --year "$YEAR" >/dev/null
disclosure-desk requests list --year "$YEAR" > "$WORK/requests-N.txt"
disclosure-desk register list --year "$YEAR" > "$WORK/register-N.txt"
echo "$(wc -l < "$WORK/requests-N.txt") request lines, $(wc -l < "$WORK/register-N.txt") register lines"
[ "$(wc -l < "$WORK/requests-N.txt")" -gt 1 ] || fail "demo made no requests"

step "install N+1 over N"
apt-get install -y -qq "$NEXT_DEB" >/dev/null
dpkg -s disclosure-desk | grep '^Version:'
dpkg -s disclosure-desk | grep -q "^Version: $NEXT" || fail "N+1 not installed"
disclosure-desk check
disclosure-desk requests list --year "$YEAR" > "$WORK/requests-N1.txt"
disclosure-desk register list --year "$YEAR" > "$WORK/register-N1.txt"
cmp "$WORK/requests-N.txt" "$WORK/requests-N1.txt" || fail "requests changed across the upgrade"
cmp "$WORK/register-N.txt" "$WORK/register-N1.txt" || fail "register changed across the upgrade"
echo "data intact"

step "uninstall"
apt-get remove -y -qq disclosure-desk >/dev/null
[ ! -e /usr/bin/disclosure-desk ] && [ ! -e /usr/bin/disclosure-desk-cli ] || fail "the /usr/bin links are left behind"
[ ! -e /opt/disclosure-desk ] || fail "/opt/disclosure-desk left behind"
[ -s "$DESK_DB" ] || fail "the data file went with the package"
echo "removed; data file kept: $DESK_DB"
echo
echo "test-deb.sh: all steps passed"

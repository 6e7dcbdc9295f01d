#!/bin/sh
# Installs the build under /usr in a temporary folder, as a package would, and checks what a
# desktop and a user get: the desktop file, metainfo and hicolor icons together (as a software
# centre reads them), the man page and changelog compressed as Debian policy asks, no RUNPATH
# in any installed binary, and the installed program running its commands and opening its
# window (offscreen) from the installed wizard module.
# usage: installed-tree.sh BUILD_DIR APP_ID CHECK_DIR
set -u
build=$1 id=$2 check=$3
dest=$(mktemp -d "${TMPDIR:-/tmp}/stagecraft-install.XXXXXX")
trap 'rm -rf "$dest"' EXIT
fail() { echo "installed tree: $*"; exit 1; }

DESTDIR=$dest cmake --install "$build" --prefix /usr >"$dest.log" 2>&1 || { cat "$dest.log"; rm -f "$dest.log"; fail "cmake --install failed"; }
rm -f "$dest.log"
usr=$dest/usr
for icon in scalable/apps/$id.svg 256x256/apps/$id.png; do
  [ -s "$usr/share/icons/hicolor/$icon" ] || fail "no icon share/icons/hicolor/$icon"
done
[ -s "$usr/share/applications/$id.desktop" ] || fail "no share/applications/$id.desktop"
[ -s "$usr/share/metainfo/$id.metainfo.xml" ] || fail "no share/metainfo/$id.metainfo.xml"
"$check/appstream.sh" validate-tree "$dest" || fail "appstreamcli validate-tree found problems"
# Debian policy: manual pages and the changelog compressed (lintian: uncompressed-manual-page).
for doc in man/man1/stagecraft.1 doc/stagecraft/changelog; do
  [ ! -e "$usr/share/$doc" ] || fail "share/$doc is installed uncompressed"
  gzip -t "$usr/share/$doc.gz" 2>/dev/null || fail "no gzip file share/$doc.gz"
done

find "$usr" -type f | while read -r file; do
  if readelf -d "$file" 2>/dev/null | grep -Eq '\((RUNPATH|RPATH)\)'; then
    fail "$file has $(readelf -d "$file" | grep -E '\((RUNPATH|RPATH)\)')"
  fi
done || exit 1

home=$dest/home
mkdir -p "$home"
version=$("$usr/bin/stagecraft" --version) || fail "stagecraft --version failed"
echo "$version" | grep -Eq '^stagecraft [0-9]+\.[0-9]+\.[0-9]+' || fail "stagecraft --version printed: $version"
window=$(env HOME="$home" XDG_CONFIG_HOME="$home" XDG_DATA_HOME="$home" QT_QPA_PLATFORM=offscreen \
         STAGECRAFT_QUIT_AFTER_FIRST_PAINT=1 "$usr/bin/stagecraft" 2>&1) || fail "the window failed: $window"
echo "$window" | grep -q 'stagecraft: first paint' || fail "the window did not paint: $window"
echo "installed tree: desktop file, metainfo, icons, compressed man page and changelog, no RUNPATH, $version, window painted"

#!/usr/bin/env bash
# The packages as a user gets them: validates the desktop entry and the AppStream metainfo, builds the
# .deb and the .tar.gz with cpack from the build tree, checks the .deb's control fields and contents,
# unpacks it into a scratch root and runs the INSTALLED lsdesk-cli and lsdesk (--version, --screenshot)
# (against the server whose server.json is in $LSDESK_TEST_SERVER_LS_BROWSE, on a virtual X server).
#
#   check_package.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
src=$1 build=$2 version=$3
id=io.github.lsdesk

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "-- $*"; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/lsdesk-install.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# --- 1. The desktop entry and the metainfo as written (hints and infos pass; errors and warnings fail).
step "desktop-file-validate, appstreamcli validate"
out=$(desktop-file-validate "$src/installer/$id.desktop" 2>&1) || fail "desktop-file-validate: $out"
if grep -E ': (error|warning):' <<<"$out"; then fail "desktop-file-validate reports problems"; fi
out=$(appstreamcli validate --no-net --pedantic "$src/installer/$id.metainfo.xml" 2>&1) ||
  fail "appstreamcli validate: $out"
if grep -E '^[EW]:' <<<"$out"; then fail "appstreamcli validate reports problems"; fi
# The release in the metainfo and the changelog's top entry are the project's version (bump them together).
release=$(grep -o -m1 '<release version="[^"]*"' "$src/installer/$id.metainfo.xml" | cut -d'"' -f2)
[[ $release == "$version" ]] || fail "the metainfo's newest release is '$release', the project's version $version"
top=$(dpkg-parsechangelog -l "$src/installer/changelog" -S Version)
[[ $top == "$version" ]] || fail "installer/changelog's newest entry is '$top', the project's version $version"

# --- 2. cpack, exactly as the README tells users, but into the scratch directory.
step "cpack -G 'DEB;TGZ'"
"${CPACK:-cpack}" -G 'DEB;TGZ' --config "$build/CPackConfig.cmake" -B "$scratch/pkg" >"$scratch/cpack.log" 2>&1 || {
  cat "$scratch/cpack.log"
  fail "cpack failed"
}
deb=$scratch/pkg/lsdesk_${version}_$(dpkg --print-architecture).deb
tgz=$scratch/pkg/lsdesk-${version}-Linux.tar.gz
[[ -f $deb ]] || fail "no $(basename "$deb"); cpack made: $(ls "$scratch/pkg")"
[[ -f $tgz ]] || fail "no $(basename "$tgz"); cpack made: $(ls "$scratch/pkg")"

# --- 3. Control fields. Depends/Recommends are compared as package names (versions and '|' stripped).
step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
names() { tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | sed '/^$/d'; }
[[ $(field Package) == lsdesk ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version), expected $version"
for f in Maintainer Section Homepage Description; do
  [[ -n $(field "$f") ]] || fail "control field $f is empty"
done
depends=$(field Depends | names)
recommends=$(field Recommends | names)
echo "Depends: $(field Depends)"
echo "Recommends: $(field Recommends)"
# Linked (found by dpkg-shlibdeps) and loaded at run time (SVG icon plugins, libsecret for QtKeychain).
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 libzip4 libqt6svg6 libsecret-1-0; do
  grep -qx -- "$p" <<<"$depends" || fail "Depends lacks $p"
done
for p in gnome-keyring kwalletmanager qt6-translations-l10n qt6-wayland; do
  grep -qx -- "$p" <<<"$recommends" || fail "Recommends lacks $p"
done

# --- 4. Contents of both packages.
step "contents"
dpkg-deb -c "$deb" | awk '{ print $NF }' >"$scratch/deb.list"
for f in usr/bin/lsdesk usr/bin/lsdesk-cli usr/share/applications/$id.desktop \
  usr/share/metainfo/$id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
  usr/share/doc/lsdesk/copyright usr/share/doc/lsdesk/changelog.gz usr/share/man/man1/lsdesk.1.gz \
  usr/share/man/man1/lsdesk-cli.1.gz; do
  grep -qx -- "./$f" "$scratch/deb.list" || fail ".deb lacks /$f"
done
tar -tzf "$tgz" >"$scratch/tgz.list"
for f in bin/lsdesk bin/lsdesk-cli share/applications/$id.desktop share/icons/hicolor/scalable/apps/$id.svg; do
  grep -qx -- "lsdesk-$version-Linux/$f" "$scratch/tgz.list" || fail ".tar.gz lacks $f"
done

# --- 5. The unpacked tree: names agree, binaries are stripped, have no RUNPATH, and resolve.
step "unpacked tree"
root=$scratch/root
dpkg-deb -x "$deb" "$root"
desktop=$root/usr/share/applications/$id.desktop
desktop-file-validate "$desktop" || fail "the installed desktop entry is invalid"
exec=$(sed -n 's/^Exec=//p' "$desktop" | cut -d' ' -f1)
[[ -x $root/usr/bin/$exec ]] || fail "Exec=$exec is not an installed executable"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -f $root/usr/share/icons/hicolor/scalable/apps/$icon.svg ]] || fail "Icon=$icon is not the installed icon"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$root/usr/share/metainfo/$id.metainfo.xml" ||
  fail "the metainfo does not launch $id.desktop"
grep -q "<id>$id</id>" "$root/usr/share/metainfo/$id.metainfo.xml" || fail "the metainfo id is not $id"
for b in lsdesk lsdesk-cli; do
  exe=$root/usr/bin/$b
  [[ -x $exe ]] || fail "/usr/bin/$b is not executable"
  if readelf -d "$exe" | grep -E 'R(UN)?PATH'; then fail "/usr/bin/$b has an RPATH"; fi
  if readelf -S "$exe" | grep -q '\.debug_info'; then fail "/usr/bin/$b is not stripped"; fi
  if ldd "$exe" | grep 'not found'; then fail "/usr/bin/$b needs a library that is not installed"; fi
done

# --- 6. The installed executables' versions.
step "lsdesk-cli --version, lsdesk --version"
out=$("$root/usr/bin/lsdesk-cli" --version)
[[ $out == "lsdesk-cli $version" ]] || fail "lsdesk-cli --version printed '$out', expected 'lsdesk-cli $version'"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/lsdesk" --version 2>/dev/null)
[[ $out == "lsdesk $version" ]] || fail "lsdesk --version printed '$out', expected 'lsdesk $version'"

# --- 7. The installed app: a screenshot of the projects pane, connected to the server, under Xvfb
# (the xcb platform plugin a desktop uses, not the test-only offscreen one). Settings, the log and the
# cache go to the scratch HOME; the API key is the server's personal access token.
step "lsdesk --screenshot"
server_json=${LSDESK_TEST_SERVER_LS_BROWSE:?the ls_browse server fixture is required}
url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["url"])' "$server_json")
key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pat"])' "$server_json")
shot=$scratch/shot.png
home=$scratch/home
mkdir -p "$home"
env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
  XDG_STATE_HOME="$home/.local/state" XDG_DATA_HOME="$home/.local/share" QT_LOGGING_RULES='lsdesk.*.debug=true' \
  LABEL_STUDIO_URL="$url" LABEL_STUDIO_API_KEY="$key" \
  timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' \
  "$root/usr/bin/lsdesk" --screenshot "$shot" >"$scratch/app.log" 2>&1 || {
  cat "$scratch/app.log"
  fail "lsdesk --screenshot failed"
}
size=$(python3 "$src/tests/install/check_png.py" "$shot" 1024 600) || {
  cat "$scratch/app.log"
  fail "bad screenshot"
}
echo "screenshot: $size"
# The app logs its requests (never the key) to its log file: it must have listed the server's projects.
log=$(grep -rlF -- "$url/api/projects" "$home" 2>/dev/null | head -n 1) || true
[[ -n $log ]] || {
  cat "$scratch/app.log"
  find "$home" -type f
  fail "the installed app did not request $url/api/projects"
}
if grep -rqF -- "$key" "$home" "$scratch/app.log"; then fail "the API key was written to a file"; fi
echo "OK: $(basename "$deb"), $(basename "$tgz")"

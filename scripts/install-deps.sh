#!/usr/bin/env bash
# Install every Debian 12 package needed to build, test and run lsdesk.
# Fast no-op when everything is already installed (dpkg-query check).
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ ccache clang-format
  # libFuzzer for the parser fuzz target
  clang-14 libclang-rt-14-dev
  # Qt 6 (Core, Network, Widgets, Test; SVG for the icons) and QtKeychain
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qtkeychain-qt6-dev
  # lupdate/lrelease for the .ts files; Qt's own translations (standard buttons and dialogs)
  qt6-l10n-tools qt6-translations-l10n
  # packaging checks: desktop-file-validate, appstreamcli; dpkg-deb/fakeroot for the .deb
  desktop-file-utils appstream dpkg-dev fakeroot
  # RapidJSON: reads JSON in document order with ints and doubles apart (config specs)
  rapidjson-dev
  # libzip: checks the export's zip archives (COCO, YOLO, VOC...) before they are put in place
  libzip-dev pkgconf
  # Boost.Geometry (header-only): polygon intersection for rotated boxes and polygons (agreement IoU)
  libboost-dev
  # simdjson: parses an export's tasks for the agreement engine (most of its time at 100k tasks)
  libsimdjson-dev
  # headless test runtime: session bus, Secret Service, X server, fonts
  dbus gnome-keyring libsecret-tools xvfb xauth fonts-dejavu-core
  # Label Studio test server (python venv) and the prefix reverse proxy
  python3 python3-venv python3-pip nginx curl ca-certificates
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed" >&2
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and sudo not found; install: ${missing[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
echo "install-deps: done" >&2

#!/usr/bin/env bash
# Build lsdesk and run it:  scripts/run.sh [app args...]
# - With LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY set, the app talks to that server.
# - Otherwise a local demo Label Studio is started (state and demo data persist in
#   ${XDG_STATE_HOME:-~/.local/state}/lsdesk-demo), seeded with a demo project, and stopped
#   again when the app exits.
# Without a display: xvfb-run -a scripts/run.sh, or scripts/run.sh --screenshot out.png
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
if [[ "${1:-}" == "--" ]]; then
  shift
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  if [[ " $* " == *" --screenshot "* || " $* " == *" --screenshot="* ]]; then
    export QT_QPA_PLATFORM=offscreen
  else
    echo "run.sh: no DISPLAY or WAYLAND_DISPLAY set, so the window cannot be shown." >&2
    echo "run.sh: run it under a virtual X server:  xvfb-run -a scripts/run.sh" >&2
    echo "run.sh: or take a screenshot headlessly:  scripts/run.sh -- --screenshot lsdesk.png" >&2
    exit 2
  fi
fi

bash scripts/install-deps.sh

JOBS=$(nproc 2>/dev/null || echo 2)
VENV="$ROOT/build/venv"
CMAKE_ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLSDESK_VENV="$VENV")
if command -v ccache >/dev/null; then
  CMAKE_ARGS+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build "${CMAKE_ARGS[@]}"
cmake --build build --parallel "$JOBS" --target lsdesk lsdesk-cli  # the app only; tests build in scripts/test.sh
APP="$ROOT/build/app/lsdesk"

if [[ -n "${LABEL_STUDIO_URL:-}" && -n "${LABEL_STUDIO_API_KEY:-}" ]]; then
  exec "$APP" "$@"
fi

STATE="${XDG_STATE_HOME:-$HOME/.local/state}/lsdesk-demo"
LSSERVER=(python3 "$ROOT/tests/fixtures/lsserver.py")
"${LSSERVER[@]}" setup-venv --venv "$VENV"
trap '"${LSSERVER[@]}" stop --state "$STATE" || true' EXIT
SERVER_JSON=$("${LSSERVER[@]}" start --venv "$VENV" --state "$STATE")
"$VENV/bin/python" "$ROOT/tests/fixtures/seed_demo.py" --server-json "$SERVER_JSON" >/dev/null

json_get() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$SERVER_JSON" "$1"; }
LABEL_STUDIO_URL=$(json_get url)
LABEL_STUDIO_API_KEY=$(json_get pat)
export LABEL_STUDIO_URL LABEL_STUDIO_API_KEY
echo "run.sh: demo Label Studio at $LABEL_STUDIO_URL (web login: $(json_get username) / $(json_get password))" >&2

rc=0
"$APP" "$@" || rc=$?
exit "$rc"

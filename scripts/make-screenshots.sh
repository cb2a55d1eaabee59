#!/usr/bin/env bash
# Make every screenshot of docs/user-guide.md:  scripts/make-screenshots.sh [BUILD_DIR] [OUT_DIR]
#   BUILD_DIR  a configured build tree (default: build, as scripts/run.sh makes it); lsdesk and lsdesk-cli
#              are built there if needed
#   OUT_DIR    where the PNGs go (default: docs/screenshots)
# Starts a fresh demo Label Studio (tests/fixtures/lsserver.py, with the Label Studio venv of the build
# tree), seeds the demo project (tests/fixtures/seed_demo.py: 300 texts annotated by three people), takes
# each picture with `lsdesk --screenshot` under the offscreen platform (no display needed), and stops the
# server again. Settings, log and caches go to a scratch directory, never to your own profile; the API
# key is passed in the environment and never shown (the connect dialog masks it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
OUT=${2:-$ROOT/docs/screenshots}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  echo "make-screenshots.sh: $BUILD is not a configured build tree (run scripts/run.sh once, or cmake)" >&2
  exit 2
fi
cmake --build "$BUILD" --target lsdesk lsdesk-cli >/dev/null
APP="$BUILD/app/lsdesk"
CLI="$BUILD/app/lsdesk-cli"
VENV=$(sed -n 's/^LSDESK_VENV:PATH=//p' "$BUILD/CMakeCache.txt")
VENV=${VENV:-$BUILD/venv}

# The guide is in English: the pictures too, whatever the system language.
export LC_ALL=C.UTF-8 LANGUAGE=
SCRATCH=$(mktemp -d)
STATE="$SCRATCH/lsstate"
LSSERVER=(python3 "$ROOT/tests/fixtures/lsserver.py")
cleanup() {
  "${LSSERVER[@]}" stop --state "$STATE" >/dev/null 2>&1 || true
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

"${LSSERVER[@]}" setup-venv --venv "$VENV"
SERVER_JSON=$("${LSSERVER[@]}" start --venv "$VENV" --state "$STATE" --fresh)
PROJECT=$("$VENV/bin/python" "$ROOT/tests/fixtures/seed_demo.py" --server-json "$SERVER_JSON" | tail -n 1)
json_get() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$SERVER_JSON" "$1"; }
LABEL_STUDIO_URL=$(json_get url)
LABEL_STUDIO_API_KEY=$(json_get pat)
export LABEL_STUDIO_URL LABEL_STUDIO_API_KEY

# A scratch profile: no saved connections, preferences or window layout of yours in the pictures.
export XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" XDG_CACHE_HOME="$SCRATCH/cache"
export XDG_RUNTIME_DIR="$SCRATCH/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# The files some pictures open: the demo project's JSON export (made the way a script would, with
# lsdesk-cli) for the offline agreement, and a small CSV for the import dialog.
EXPORT="$SCRATCH/demo-sentiment-ner.json"
"$CLI" export --project "$PROJECT" --format JSON -o "$EXPORT" >/dev/null
CSV="$SCRATCH/new-reviews.csv"
cat >"$CSV" <<'EOF'
text,source
"The delivery was fast and the team in Lisbon was very helpful.",email
"Nobody at Initech answered my ticket for two weeks.",web
"The new office in Osaka opens on Monday.",web
"Acme Robotics fixed the problem within a day, thanks to Maria Lopez.",phone
EOF

# lsdesk stops itself after 60 s at the latest; `timeout` only guards against a wedged process.
shot() {
  local name=$1
  shift
  echo "make-screenshots.sh: $name" >&2
  timeout 120 "$APP" --screenshot "$OUT/$name" "$@"
}
shot main-window.png --pane annotations
shot tasks.png --pane tasks
shot annotations.png --pane annotations
shot config-editor.png --pane config
shot agreement.png --pane agreement
shot connect-dialog.png --dialog connect
shot new-project-dialog.png --dialog new-project
shot import-dialog.png --dialog import --input "$CSV"
shot export-dialog.png --dialog export
# Offline: no server at all, only the export file.
(unset LABEL_STUDIO_URL LABEL_STUDIO_API_KEY && shot agreement-offline.png --pane agreement --input "$EXPORT")
echo "make-screenshots.sh: screenshots in $OUT" >&2

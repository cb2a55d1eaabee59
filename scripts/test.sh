#!/usr/bin/env bash
# The single test command: install dependencies, build `build` and `build-asan`,
# run the unit tests under ASan, then the full suite (unit + integration tests
# against real Label Studio servers). The full suite's ctest summary is printed last.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/install-deps.sh

JOBS=$(nproc 2>/dev/null || echo 2)
VENV="$ROOT/build/venv"
mkdir -p build

# The Label Studio venv (pip, ~1 min cold; a no-op when its stamp matches) is set up in
# the background while C++ compiles.
VENV_LOG="$ROOT/build/lsvenv-setup.log"
echo "test.sh: setting up the Label Studio venv in the background (log: $VENV_LOG)" >&2
setsid python3 tests/fixtures/lsserver.py setup-venv --venv "$VENV" >"$VENV_LOG" 2>&1 &
venv_pid=$!
TMP_RUNTIME=""
cleanup() {
  if kill -0 "$venv_pid" 2>/dev/null; then
    kill -TERM -- "-$venv_pid" 2>/dev/null || true
  fi
  [[ -n "$TMP_RUNTIME" ]] && rm -rf "$TMP_RUNTIME"
  return 0
}
trap cleanup EXIT

CMAKE_ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLSDESK_VENV="$VENV")
if command -v ccache >/dev/null; then
  CMAKE_ARGS+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [[ "${CI:-}" == true || "${CI:-}" == 1 ]]; then
  CMAKE_ARGS+=(-DLSDESK_WERROR=ON)
fi

cmake -S . -B build "${CMAKE_ARGS[@]}"
cmake --build build --parallel "$JOBS"
cmake -S . -B build-asan "${CMAKE_ARGS[@]}" -DLSDESK_SANITIZE=ON
cmake --build build-asan --parallel "$JOBS"
# The parser's libFuzzer target: clang, core only.
FUZZ_ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DLSDESK_FUZZ=ON)
command -v ccache >/dev/null && FUZZ_ARGS+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz "${FUZZ_ARGS[@]}"
cmake --build build-fuzz --parallel "$JOBS"

if ! wait "$venv_pid"; then
  cat "$VENV_LOG" >&2
  echo "test.sh: setting up the Label Studio venv failed (log above: $VENV_LOG)" >&2
  exit 1
fi
tail -n 3 "$VENV_LOG" >&2

TMP_RUNTIME=$(mktemp -d)
chmod 700 "$TMP_RUNTIME"
export XDG_RUNTIME_DIR="$TMP_RUNTIME"
export QT_QPA_PLATFORM=offscreen
# The tests compare English messages; the UI follows the system language (tests/i18n sets its own).
export LC_ALL=C.UTF-8 LANGUAGE=

unit_rc=0
dbus-run-session -- bash .ci/with-keyring.sh \
  ctest --test-dir build-asan -L unit --output-on-failure || unit_rc=$?
if ((unit_rc != 0)); then
  echo "test.sh: unit tests under ASan FAILED (ctest exit $unit_rc); running the full suite anyway" >&2
fi

fuzz_rc=0
ctest --test-dir build-fuzz -L fuzz --output-on-failure || fuzz_rc=$?
if ((fuzz_rc != 0)); then
  echo "test.sh: the parser fuzz target FAILED (ctest exit $fuzz_rc); running the full suite anyway" >&2
fi

all_rc=0
dbus-run-session -- bash .ci/with-keyring.sh \
  ctest --test-dir build --output-on-failure -j2 --timeout 900 || all_rc=$?

if ((unit_rc != 0)); then
  exit "$unit_rc"
fi
if ((fuzz_rc != 0)); then
  exit "$fuzz_rc"
fi
exit "$all_rc"

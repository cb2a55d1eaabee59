#!/usr/bin/env bash
# Run a command with an unlocked, throw-away Secret Service (gnome-keyring) on
# the current D-Bus session bus. Use it inside a private session bus:
#   dbus-run-session -- bash .ci/with-keyring.sh ctest --test-dir build ...
# Recipe: /work/shared/reference/qt-toolchain.md §3.
set -u
export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}   # fresh store -> 'login' keyring is created with our password
printf '%s' "${KEYRING_PW:-ci-keyring}" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
kr=$!
for _ in $(seq 100); do   # the name is usually owned after 0.1-0.2 s
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1
done
"$@"; rc=$?
kill "$kr" 2>/dev/null; wait "$kr" 2>/dev/null
exit $rc

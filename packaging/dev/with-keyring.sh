#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so that the keychain
# integration test talks to a real Secret Service (test.sh and tools/asan-suite.sh run ctest so).
# The keyring daemon gets a throwaway home: an existing login keyring with another password would
# stay locked and refuse every write.
set -euo pipefail

exec dbus-run-session -- sh -c '
    keyring_home=$(mktemp -d)
    echo -n test-keyring | HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"
    status=$?
    rm -rf "$keyring_home"
    exit $status' sh "$@"

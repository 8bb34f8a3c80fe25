#!/usr/bin/env bash
# Sets up, builds and runs every test. The tests run inside a private D-Bus session with an
# unlocked gnome-keyring, so the keychain integration test talks to a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/dev/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

# The keyring daemon gets a throwaway home: an existing login keyring with another password
# would stay locked and refuse every write.
exec dbus-run-session -- sh -c '
    keyring_home=$(mktemp -d)
    echo -n test-keyring | HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset ci
    status=$?
    rm -rf "$keyring_home"
    exit $status'

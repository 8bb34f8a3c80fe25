#!/usr/bin/env bash
# Sets up, builds and runs every test. The tests run inside a private D-Bus session with an
# unlocked gnome-keyring, so the keychain integration test talks to a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/dev/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

exec bash packaging/dev/with-keyring.sh ctest --preset ci

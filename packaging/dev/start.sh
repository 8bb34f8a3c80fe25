#!/usr/bin/env bash
# Sets up, builds and starts the desktop app. With nothing configured it opens the Demo environment.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/dev/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

app=build/release/app/bin/sepay-einvoice
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting the app on a virtual X display (xvfb-run)." >&2
    exec xvfb-run -a -s '-screen 0 1440x900x24' "$app" "$@"
fi
exec "$app" "$@"

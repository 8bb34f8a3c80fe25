#!/usr/bin/env bash
# The whole ctest suite under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (the
# asan preset, gcc): builds build/asan and runs ctest --preset asan the way test.sh runs the ci
# suite. The sanitizer options are the test preset's environment (CMakePresets.json); findings in
# third-party libraries are suppressed only in tools/sanitizers/*.supp, each entry with its reason.
#
#   bash tools/asan-suite.sh [ctest arguments, e.g. -R tst_batch]
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/dev/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
exec bash packaging/dev/with-keyring.sh ctest --preset asan "$@"

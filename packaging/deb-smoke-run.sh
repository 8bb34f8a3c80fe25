#!/usr/bin/env bash
# Runs inside the throwaway Debian 12 root after the .deb is installed (see test-deb-install.sh):
# starts the CLI, the sandbox server and the desktop app and checks that none of them crashes.
set -uo pipefail

export XDG_RUNTIME_DIR=/tmp/runtime
mkdir -p "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
log=/tmp/smoke
mkdir -p "$log"
failed=0

# check <description> <command...>: runs the command and records a failure.
check() {
    local description=$1
    shift
    if "$@"; then echo "ok   $description"; else echo "FAIL $description"; failed=1; fi
}

# The CLI: --help prints usage and exits 0.
xvfb-run -a sepay-einvoice-cli --help >"$log/cli.out" 2>&1
status=$?
check "sepay-einvoice-cli --help exits 0 (got $status)" test "$status" -eq 0
check "sepay-einvoice-cli --help prints usage" grep -qi usage "$log/cli.out"

# The sandbox server: announces its port and keeps serving until stopped.
timeout 5 sepay-sandbox --port 0 >"$log/sandbox.out" 2>&1
status=$?
check "sepay-sandbox --port 0 runs until stopped (timeout 124, got $status)" test "$status" -eq 124
check "sepay-sandbox announces its port" grep -q "^Listening on http://127.0.0.1:[0-9]" "$log/sandbox.out"

# The desktop app on the offscreen platform: still running after 8 s.
QT_QPA_PLATFORM=offscreen timeout 8 sepay-einvoice >"$log/app-offscreen.out" 2>&1
status=$?
check "sepay-einvoice (offscreen) still running after 8 s (timeout 124, got $status)" test "$status" -eq 124

# The desktop app on a real X server: maps its main window and keeps running. The app's
# translations are embedded: with a Vietnamese locale the title is Vietnamese.
cat >/tmp/app-under-x.sh <<'INNER'
# app-under-x.sh <window title pattern> <output file> <app's LANG>; xwininfo keeps C.UTF-8.
LANG=$3 sepay-einvoice >"$2" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
    if xwininfo -root -tree 2>/dev/null | grep -q "$1"; then break; fi
    sleep 0.25
done
xwininfo -root -tree | grep 'sepay-einvoice' | head -n 3
sleep 3
kill -0 "$pid" || { wait "$pid"; echo "app exited early with $?"; exit 1; }
xwininfo -root -tree | grep -q "$1" || { echo "no window titled like '$1'"; exit 1; }
kill "$pid"
wait "$pid"
exit 0
INNER
run_under_x() {
    local language=$1 title=$2
    xvfb-run -a -s '-screen 0 1440x900x24' bash /tmp/app-under-x.sh "$title" \
        "$log/app-x-$language.out" "$language" >"$log/app-x-$language.check" 2>&1
    status=$?
    cat "$log/app-x-$language.check"
    check "sepay-einvoice ($language) under xvfb-run shows '$title' and keeps running (got $status)" \
        test "$status" -eq 0
}
run_under_x C.UTF-8 'SePay eInvoice'
run_under_x vi_VN.UTF-8 'Hóa đơn điện tử SePay'

# A missing plugin or library the package should have pulled in shows up in the programs' output.
check "no missing driver, plugin or library in the programs' output" \
    bash -c "! grep -iE 'driver not loaded|could not (load|find) the qt platform plugin|cannot open shared object' $log/*.out"

if ((failed)); then
    for file in "$log"/*.out; do
        echo "--- $file"
        tail -n 20 "$file"
    done
fi
exit "$failed"

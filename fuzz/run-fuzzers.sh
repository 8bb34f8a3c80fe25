#!/usr/bin/env bash
# Builds the fuzz preset and runs every libFuzzer target (or the ones named) one after another, each
# for a bounded number of executions on its committed seed corpus plus what earlier runs found.
# Prints per target: executions, executions per second, coverage (libFuzzer's cov: edges and ft:
# features), corpus size, crashes, leaks and UB reports; exits non-zero on any finding.
#
#   bash fuzz/run-fuzzers.sh [--runs N] [--max-total-time S] [--chunk C] [--timeout T] [--no-build]
#                            [target ...]
#
# --runs N            executions per target (default 1000000: the README's figures)
# --max-total-time S  stop a target after S seconds even if N executions are not reached
# --chunk C           run a target as fresh processes of C executions each over the one corpus
#                     until N are done (targets whose process slows as libFuzzer's and ASan's
#                     memory grows); the figures are the sums (cov, ft: the last process's)
# --timeout T         seconds of wall time one input may take (default 20); a run that shares the
#                     machine at a low priority (nice 19 under builds) needs more, or a starved
#                     process reports a timeout that is not one
# --no-build          use the targets already in build/fuzz
# Findings (the input that crashed, leaked or broke a property) go to build/fuzz/findings/<target>/,
# each target's log to build/fuzz/logs/<target>.log. Reproduce one with
#   build/fuzz/fuzz/<target> build/fuzz/findings/<target>/<file>
set -euo pipefail
cd "$(dirname "$0")/.."

runs=1000000
max_time=0
build=1
chunk=0
timeout=20
targets=()
while (($#)); do
    case "$1" in
    --runs) runs=$2; shift 2 ;;
    --max-total-time) max_time=$2; shift 2 ;;
    --chunk) chunk=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h | --help) sed -n '2,21p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
    esac
done

if ((build)); then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
fi

bin=build/fuzz/fuzz
if ((${#targets[@]} == 0)); then
    for seeds in fuzz/corpus/fuzz_*/; do
        targets+=("$(basename "$seeds")")
    done
fi

# Leaks and UB end the run with a report; Qt's own allocations that live for the process are
# suppressed in the same commented file the asan preset uses. ASan records the stack of every
# allocation by following frame pointers, which Debian's Qt and SQLite do not keep: past the first
# frame the stacks are noise, each one new, and looking them up in the sanitizers' stack store took
# half of the time of the slow targets and grew without end. One frame keeps the store small;
# a finding replayed by hand (command above) shows its whole stack.
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:malloc_context_size=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$PWD/tools/sanitizers/ubsan.supp"
export LSAN_OPTIONS="suppressions=$PWD/tools/sanitizers/lsan.supp:print_suppressions=0"

# The tokens libFuzzer splices into inputs (fuzz/dict, written by make-seeds.py).
dictionary_of() {
    case "$1" in
    fuzz_api_responses | fuzz_invoice_json | fuzz_create_request) echo json ;;
    fuzz_csv | fuzz_batch_import) echo csv ;;
    fuzz_xlsx | fuzz_xlsx_parts) echo xlsx ;;
    fuzz_number_input | fuzz_date_input | fuzz_tax_code | fuzz_series) echo number ;;
    fuzz_sandbox_requests) echo sandbox ;;
    *) echo none ;;
    esac
}

# The server behind fuzz_sandbox_requests keeps state between inputs (its database, caches), so
# nearly every input ends with more mallocs than frees and libFuzzer's per-input leak check would
# scan the whole heap each time (95 % of its time, 25 executions/s). Its leaks are checked when each
# process exits instead (LeakSanitizer, ASAN_OPTIONS above): run it with --chunk.
options_of() {
    case "$1" in
    fuzz_sandbox_requests) echo -detect_leaks=0 ;;
    esac
}

# The figure after "<name>: " on the last line of the log that has it.
stat() {
    grep -a -o "$1: *[0-9]*" "$2" | tail -n 1 | grep -o '[0-9]*$' || echo 0
}

printf '%-24s %12s %9s %7s %8s %7s %8s %6s %4s %6s\n' target executions exec/s cov ft corpus seconds crash leak ub
failed=0
for target in "${targets[@]}"; do
    work=build/fuzz/corpus/$target
    findings=build/fuzz/findings/$target
    log=build/fuzz/logs/$target.log
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    options=(-timeout="$timeout" -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$findings/"
        $(options_of "$target"))
    dict=fuzz/dict/$(dictionary_of "$target").dict
    if [[ -f $dict ]]; then
        options+=(-dict="$dict")
    fi
    : >"$log"
    start=$(date +%s)
    status=0
    executions=0
    while :; do
        left=$((runs - executions))
        this=$left
        if ((chunk > 0 && chunk < left)); then
            this=$chunk
        fi
        time_left=0
        if ((max_time > 0)); then
            time_left=$((max_time - ($(date +%s) - start)))
            ((time_left > 0)) || break
        fi
        "$bin/$target" "${options[@]}" -runs="$this" -max_total_time="$time_left" "$work" \
            "fuzz/corpus/$target" >"$log.part" 2>&1 || status=$?
        executions=$((executions + $(stat stat::number_of_executed_units "$log.part")))
        cat "$log.part" >>"$log" && rm "$log.part"
        ((status == 0 && executions < runs && chunk > 0)) || break
    done
    seconds=$(($(date +%s) - start))
    leaks=$(grep -a -c 'ERROR: LeakSanitizer' "$log" || true)
    ub=$(grep -a -c 'runtime error:' "$log" || true)
    crashes=0
    if ((status != 0)) && ((leaks == 0)) && ((ub == 0)); then
        crashes=1
    fi
    printf '%-24s %12s %9s %7s %8s %7s %8s %6s %4s %6s\n' "$target" \
        "$executions" "$((executions / (seconds > 0 ? seconds : 1)))" \
        "$(stat cov "$log")" "$(stat ft "$log")" "$(find "$work" -type f | wc -l)" "$seconds" \
        "$crashes" "$leaks" "$ub"
    if ((status != 0)); then
        failed=1
        echo "  finding in $findings/ (log: $log):" >&2
        grep -m 3 -E 'ERROR:|runtime error:|FUZZ PROPERTY FAILED|deadly signal|Test unit written' "$log" | sed 's/^/    /' >&2
    fi
done
exit $failed

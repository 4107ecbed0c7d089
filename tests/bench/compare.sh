#!/usr/bin/env bash
# Runs Confab, Debian's prosody and Debian's ejabberd one after another under the same load from
# confab-loadgen and prints one Markdown table (issue #8; contract in tests/bench/README.md).
set -euo pipefail

usage() {
    cat <<'EOF'
usage: tests/bench/compare.sh [options]

Starts each server fresh for every run from its own temporary directory (127.0.0.1 only, ports from
--port up, domain bench.local, server pinned to CPU 0, generator to CPU 1), runs every scenario
(login, throughput P=50/P=200, latency at 1000 msgs/s, memory per idle session plain and TLS at
N=1000 and N=10000) --runs times, and prints the medians as a Markdown table. The latency row also
times confab-netfloor, a relay that does nothing, as the machine's floor for that row.

options:
  --servers LIST    comma-separated subset of confab,prosody,ejabberd (default: all three)
  --rows LIST       subset of login,throughput,latency,memory (default: all)
  --quick           each scenario once, small sizes (idle N=100/1000, 5 s phases)
  --big             also 50,000 idle TLS sessions against confab only (RSS and errors; the
                    most the open-files hard limit allows, in thousands, when it is lower)
  --runs N          runs per scenario and server (default 3; 1 with --quick)
  --build DIR       confab build directory (default $CONFAB_BUILD_DIR or <repo>/build)
  --loadgen PATH    the generator (default $CONFAB_LOADGEN or <build>/tests/bench/confab-loadgen)
  --port N          first port (default 25222, below Linux's ephemeral range 32768-60999, where a
                    connection's own port can hold a listener's); confab uses N.., prosody N+100..,
                    ejabberd N+200.., the latency row's floor relay N+300
  --server-cpus L   CPUs the server may use, taskset list (default 0)
  --loadgen-cpus L  CPUs the generator may use (default 1)
  --confab-set K=V  a confabd setting for this comparison, e.g. server.io_threads=0 (repeatable)
  --results FILE    raw JSON lines, one per run (default bench-results-<date>.jsonl in the cwd)
  --work DIR        where the servers' directory (confab-bench.XXXXXX) is made (default /tmp)
  --keep            keep the work directory (configurations, logs) afterwards
  --samples DIR     keep every latency run's per-message latencies (confab-loadgen --samples) as
                    DIR/SERVER-runN.samples, for tests/bench/tail.py
  --no-cpu-qos      do not hold /dev/cpu_dma_latency at 0 during the latency row (on a VM the
                    wake-ups of idle CPUs are then most of its p99; tests/bench/README.md)
  -h, --help        this text

exit codes: 0 every run succeeded without errors; 1 some run failed or reported errors (the table
is still printed); 2 bad command line; 3 cannot set up (packages, generator, a server's template).
EOF
}

BENCH_TOP="$(cd "$(dirname "$0")/../.." && pwd)"
here="$BENCH_TOP/tests/bench"
BENCH_CONFIGS="$here/configs"
BENCH_DOMAIN=bench.local
BENCH_PORT=25222
servers=confab,prosody,ejabberd
rows=login,throughput,latency,memory
quick=0 big=0 runs="" keep=0 cpu_qos=1 work="" results="" loadgen_cpus=1 samples_dir=""
BENCH_SERVER_CPUS=0 BENCH_CONFAB_SETTINGS=""
build="${CONFAB_BUILD_DIR:-$BENCH_TOP/build}"
loadgen="${CONFAB_LOADGEN:-}"
py=/usr/bin/python3

die() { echo "compare: $2" >&2; exit "$1"; }
while [ $# -gt 0 ]; do
    case $1 in
        --servers) servers=${2:?}; shift 2 ;;
        --rows) rows=${2:?}; shift 2 ;;
        --quick) quick=1; shift ;;
        --big) big=1; shift ;;
        --runs) runs=${2:?}; shift 2 ;;
        --build) build=${2:?}; shift 2 ;;
        --loadgen) loadgen=${2:?}; shift 2 ;;
        --port) BENCH_PORT=${2:?}; shift 2 ;;
        --results) results=${2:?}; shift 2 ;;
        --server-cpus) BENCH_SERVER_CPUS=${2:?}; shift 2 ;;
        --loadgen-cpus) loadgen_cpus=${2:?}; shift 2 ;;
        --confab-set) BENCH_CONFAB_SETTINGS+=" ${2:?}"; shift 2 ;;
        --work) work=${2:?}; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-cpu-qos) cpu_qos=0; shift ;;
        --samples) samples_dir=${2:?}; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die 2 "unknown option $1" ;;
    esac
done
for s in ${servers//,/ }; do
    case $s in confab | prosody | ejabberd) ;; *) die 2 "unknown server '$s'" ;; esac
done
for r in ${rows//,/ }; do
    case $r in login | throughput | latency | memory) ;; *) die 2 "unknown row '$r'" ;; esac
done
if ! [[ "$BENCH_PORT" =~ ^[0-9]+$ ]] || [ "$BENCH_PORT" -lt 1024 ] || [ "$BENCH_PORT" -gt 65000 ]; then
    die 2 "--port must be a number from 1024 to 65000"
fi
[ -z "$runs" ] && runs=$((quick ? 1 : 3))
if [ "$cpu_qos" -eq 0 ]; then
    qos_note="; latency row without a PM QoS request (--no-cpu-qos)"
elif [ -w /dev/cpu_dma_latency ]; then
    qos_note="; latency row under a 0 µs PM QoS request (/dev/cpu_dma_latency: CPUs poll, never sleep)"
else
    qos_note="; latency row without a PM QoS request (/dev/cpu_dma_latency not writable)"
fi
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die 2 "--runs must be a positive number"
if [ -n "$samples_dir" ]; then
    mkdir -p "$samples_dir" || die 2 "cannot make --samples directory $samples_dir"
    samples_dir=$(cd "$samples_dir" && pwd)
fi
if [ -z "$loadgen" ]; then # where tests/bench/CMakeLists.txt puts it (or a loadgen/ subfolder)
    loadgen="$build/tests/bench/confab-loadgen"
    [ -x "$loadgen" ] || [ ! -x "$build/tests/bench/loadgen/confab-loadgen" ] ||
        loadgen="$build/tests/bench/loadgen/confab-loadgen"
fi
netfloor="$(dirname "$loadgen")/confab-netfloor"
results="${results:-$PWD/bench-results-$(date -u +%Y%m%dT%H%M%SZ).jsonl}"
has() { [[ ",$1," == *",$2,"* ]]; }

# Sizes. Full: as issue #8 asks; quick: the same scenarios, small and short.
if [ "$quick" -eq 1 ]; then
    login_n=300 phase=5 warmup=2 idle_sizes="100 1000"
else
    login_n=2000 phase=20 warmup=5 idle_sizes="1000 10000"
fi
big_n=50000
users=$login_n
for n in 400 $idle_sizes; do if [ "$n" -gt "$users" ]; then users=$n; fi; done

# --- packages -------------------------------------------------------------------------------
need_install() {
    local missing=() p guard=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die 3 "missing packages; as root: apt-get install ${missing[*]}"
    echo "compare: installing Debian packages: ${missing[*]}" >&2
    # No system prosody/ejabberd may start (they would take 5222/5269): policy-rc.d says no.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        guard=/usr/sbin/policy-rc.d
        printf '#!/bin/sh\nexit 101\n' > "$guard"
        chmod +x "$guard"
    fi
    local rc=0
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
        > /tmp/confab-bench-apt.log 2>&1 || rc=$?
    if [ -n "$guard" ]; then rm -f "$guard"; fi
    [ "$rc" -eq 0 ] || die 3 "apt-get failed ($rc); see /tmp/confab-bench-apt.log"
}
pkgs=(openssl procps util-linux iproute2 python3 coreutils)
has "$servers" prosody && pkgs+=(prosody)
has "$servers" ejabberd && pkgs+=(ejabberd erlang-base)
need_install "${pkgs[@]}"

[ "$(nproc)" -ge 2 ] || die 3 "needs 2 CPUs (server on CPU 0, generator on CPU 1)"
[ -x "$loadgen" ] || die 3 "no load generator at $loadgen (build target confab-loadgen, or --loadgen PATH)"
if has "$rows" latency && [ ! -x "$netfloor" ]; then
    die 3 "no $netfloor (build target confab-netfloor; it sits next to the generator)"
fi
CONFABD="$build/appliance/confabd"
CONFABCTL="$build/appliance/ctl/confabctl"
if has "$servers" confab && { [ ! -x "$CONFABD" ] || [ ! -x "$CONFABCTL" ]; }; then
    [ -f "$build/build.ninja" ] || die 3 "no confabd in $build (configure it, or --build DIR)"
    cmake --build "$build" --target confabd confabctl >&2 || die 3 "building confabd failed"
fi

# Every connection is a descriptor on both sides: take the hard limit (children inherit it).
ulimit -n "$(ulimit -Hn)"
fd_limit=$(ulimit -n)
# --big asks for 50,000 sessions; where the hard limit is lower (a container without
# CAP_SYS_RESOURCE), it measures the most the limit allows, in thousands, and says so.
if [ "$big" -eq 1 ] && [ "$fd_limit" -lt $((big_n + 100)) ]; then
    echo "compare: --big: $big_n sessions need $((big_n + 100)) descriptors per process and the hard limit is $fd_limit; measuring $(( (fd_limit - 200) / 1000 * 1000 )) instead" >&2
    big_n=$(( (fd_limit - 200) / 1000 * 1000 ))
fi

# shellcheck source=servers.sh
. "$here/servers.sh"
# Always a new directory of our own (inside --work when given), since it is deleted at the end.
mkdir -p "${work:-/tmp}"
work=$(mktemp -d "$(cd "${work:-/tmp}" && pwd)/confab-bench.XXXXXX")
cleanup() {
    srv_stop || true
    if [ -n "${lg_pid:-}" ]; then kill -TERM "$lg_pid" 2>/dev/null || true; fi
    if [ -n "${floor_pid:-}" ]; then kill -TERM "$floor_pid" 2>/dev/null || true; fi
    if [ "$keep" -eq 0 ]; then rm -rf "$work"; else echo "compare: kept $work" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
failures=0

# --- the generator --------------------------------------------------------------------------
lg_pid="" floor_pid=""
lg_limit=900 # seconds a generator run may take (its --timeout); registration sets more
# run_lg NAME OUT ARGS...: the generator on CPU 1 against NAME; stdout (the JSON) to OUT.
run_lg() {
    local name=$1 out=$2; shift 2
    local rc=0
    # Every run shares the server's SCRAM cache: its clients have logged in before (make_template).
    timeout --signal=TERM $((lg_limit + 60)) taskset -c "$loadgen_cpus" "$loadgen" "$@" --timeout "$lg_limit" \
        --scram-cache "$work/$name/scram.cache" \
        --server "127.0.0.1:$(srv_port "$name" c2s)" --domain "$BENCH_DOMAIN" --mech SCRAM-SHA-1 \
        --server-pid "$SRV_PID" --quiet > "$out" 2>> "$work/loadgen.log" || rc=$?
    return $rc
}

# Idle sessions: RSS before, the generator holds N sessions (stdin kept open through a FIFO until
# it prints READY), RSS after, then stdin closes and it ends.
run_idle() { # NAME OUT N TLS
    local name=$1 out=$2 n=$3 tls=$4 fifo="$work/hold" err="$work/idle.err" before after hold rc=0
    # 20 source addresses: 50,000 connections to one port would run out of ephemeral ports.
    local sources=127.0.0.1-127.0.0.20
    before=$(srv_rss_kb)
    rm -f "$fifo" "$err"
    mkfifo "$fifo"
    exec {hold}<> "$fifo"
    timeout --signal=TERM $((lg_limit + 60)) taskset -c "$loadgen_cpus" "$loadgen" idle --users "$n" --concurrency 50 \
        --scram-cache "$work/$name/scram.cache" --tls "$tls" --source-ips "$sources" --timeout "$lg_limit" \
        --server "127.0.0.1:$(srv_port "$name" c2s)" --domain "$BENCH_DOMAIN" --mech SCRAM-SHA-1 \
        --quiet < "$fifo" > "$out" 2> "$err" {hold}>&- &
    lg_pid=$!
    while kill -0 "$lg_pid" 2>/dev/null && ! grep -q '^READY' "$err" 2>/dev/null; do sleep 0.2; done
    sleep 1 # let the server finish what the last logins started before reading its memory
    after=$(srv_rss_kb)
    exec {hold}>&-
    wait "$lg_pid" || rc=$?
    lg_pid=""
    cat "$err" >> "$work/loadgen.log"
    echo "rss_before_kb=$before rss_after_kb=$after"
    return $rc
}

# At 1,000 msgs/s both CPUs sleep between messages, and waking an idle virtual CPU takes the
# hypervisor up to milliseconds: that, not the server, made most of the p99 here. A PM QoS request
# of 0 µs (what cyclictest and tuned's latency-performance do) keeps the CPUs polling instead, for
# every server alike, while the latency row runs.
# (No 2>/dev/null on that exec: it would silence this script's stderr for good.)
qos_fd=""
qos_hold() {
    qos_fd=""
    if [ "$cpu_qos" -eq 1 ] && [ -w /dev/cpu_dma_latency ] && exec {qos_fd}> /dev/cpu_dma_latency; then
        printf '0x00000000' >&"$qos_fd"
    else
        qos_fd=""
    fi
}
qos_release() {
    if [ -n "$qos_fd" ]; then exec {qos_fd}>&-; fi
    qos_fd=""
}

# The latency row's floor: confab-netfloor's relay, which does nothing but copy each message to
# the partner connection (no TLS, no XML), on the server's CPU, timed by its client on the
# generator's, on the same schedule. No XMPP server in the row can beat it: it is what this
# machine's loopback and wake-ups cost, and it is recorded as the server "floor".
run_floor() { # RUN
    local run=$1 out="$work/out.json" port=$((BENCH_PORT + 300)) rc=0
    taskset -c "$BENCH_SERVER_CPUS" "$netfloor" relay --listen "127.0.0.1:$port" 2>> "$work/loadgen.log" &
    floor_pid=$!
    sleep 0.5
    qos_hold
    timeout --signal=TERM $((lg_limit + 60)) taskset -c "$loadgen_cpus" "$netfloor" client \
        --server "127.0.0.1:$port" --pairs 50 --rate 1000 --duration "$phase" --warmup "$warmup" \
        > "$out" 2>> "$work/loadgen.log" || rc=$?
    qos_release
    kill -TERM "$floor_pid" 2>/dev/null || true
    wait "$floor_pid" 2>/dev/null || true
    floor_pid=""
    "$py" "$here/report.py" record "$results" "$out" server=floor row="latency:1000 msgs/s" run="$run" rc="$rc"
    return $rc
}

# One run of one row against one server, from a fresh copy of its template.
run_row() { # NAME ROW RUN
    local name=$1 row=$2 run=$3 dir="$work/$1/run" out="$work/out.json" extra="" rc=0
    rm -rf "$dir"
    cp -a "$work/$name/template" "$dir"
    if ! srv_start "$name" "$dir"; then
        srv_stop || true
        echo '{"ok":false,"note":"server did not start"}' > "$out"
        "$py" "$here/report.py" record "$results" "$out" server="$name" row="$row" run="$run"
        return 1
    fi
    case $row in
        login:*) run_lg "$name" "$out" login --users "$login_n" --concurrency 50 --tls starttls || rc=$? ;;
        throughput:*)
            local p=${row#throughput:P=}; p=${p%% *}
            run_lg "$name" "$out" throughput --pairs "$p" --window 10 --duration "$phase" \
                --warmup "$warmup" --tls starttls || rc=$? ;;
        latency:*)
            local keep_samples=()
            [ -n "$samples_dir" ] && keep_samples=(--samples "$samples_dir/$name-run$run.samples")
            qos_hold
            run_lg "$name" "$out" latency --pairs 50 --rate 1000 --duration "$phase" \
                --warmup "$warmup" --tls starttls "${keep_samples[@]}" || rc=$?
            qos_release ;;
        idle:* | big:*)
            local n=${row##*N=} tls=starttls
            [[ $row == *plain* ]] && tls=none
            extra=$(run_idle "$name" "$out" "$n" "$tls") || rc=$? ;;
    esac
    srv_stop || { echo "compare: $name did not stop cleanly after $row run $run" >&2; rc=1; }
    # shellcheck disable=SC2086
    "$py" "$here/report.py" record "$results" "$out" server="$name" row="$row" run="$run" rc="$rc" $extra
    rm -rf "$dir"
    return $rc
}

# --- templates: configured, accounts registered, stopped; every run copies one -------------
make_template() { # NAME
    local name=$1 dir="$work/$1/run" n=$users out="$work/register.json"
    [ "$name" = confab ] && [ "$big" -eq 1 ] && [ "$big_n" -gt "$n" ] && n=$big_n
    echo "compare: preparing $name ($(srv_version "$name")), registering $n accounts" >&2
    rm -rf "${work:?}/$name"
    mkdir -p "$dir"
    srv_prepare "$name" "$dir"
    srv_start "$name" "$dir" || return 1
    srv_configure "$name" "$dir" || { srv_stop; return 1; }
    if ! lg_limit=3600 run_lg "$name" "$out" register --users "$n" --concurrency 50 --tls none; then
        echo "compare: registering $n accounts on $name failed: $(cat "$out")" >&2
        srv_stop
        return 1
    fi
    # Each account logs in once, so that the generator knows its SCRAM SaltedPassword from then on,
    # like a client that has logged in before: PBKDF2 (4096 iterations, every server the same) is
    # the client's cost, and computed afresh in every run it took half the generator's CPU in the
    # login row.
    if ! lg_limit=3600 run_lg "$name" "$out" login --users "$n" --concurrency 50 --tls none; then
        echo "compare: the first login of $n accounts on $name failed: $(cat "$out")" >&2
        srv_stop
        return 1
    fi
    srv_stop || return 1
    mv "$dir" "$work/$name/template"
}

for s in ${servers//,/ }; do make_template "$s" || die 3 "cannot prepare $s (logs above)"; done

row_list=()
has "$rows" login && row_list+=("login:C=50")
has "$rows" throughput && row_list+=("throughput:P=50 W=10" "throughput:P=200 W=10")
has "$rows" latency && row_list+=("latency:1000 msgs/s")
if has "$rows" memory; then
    for n in $idle_sizes; do row_list+=("idle:plain N=$n" "idle:TLS N=$n"); done
fi

# Runs interleave the servers, so a slow minute on this shared machine hits all of them alike,
# and each run starts the round with the next server, so no server always runs right after the
# same one (after ejabberd's throughput runs, the machine is not always as quiet).
read -r -a server_order <<< "${servers//,/ }"
for ((run = 1; run <= runs; run++)); do
    for row in "${row_list[@]}"; do
        for ((i = 0; i < ${#server_order[@]}; i++)); do
            s=${server_order[$(((i + run - 1) % ${#server_order[@]}))]}
            echo "compare: run $run/$runs $row on $s" >&2
            run_row "$s" "$row" "$run" >&2 || failures=$((failures + 1))
        done
        if [[ $row == latency:* ]]; then
            echo "compare: run $run/$runs $row, the floor (confab-netfloor)" >&2
            run_floor "$run" >&2 || failures=$((failures + 1))
        fi
    done
done
if [ "$big" -eq 1 ] && has "$servers" confab; then
    run_row confab "big:TLS N=$big_n" 1 >&2 || failures=$((failures + 1))
fi

# --- the table ------------------------------------------------------------------------------
header="$work/header.md"
{
    echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo), Linux $(uname -r)."
    echo "Versions: $(for s in ${servers//,/ }; do printf '%s; ' "$(srv_version "$s")"; done)load generator $loadgen."
    echo "Mode: $([ "$quick" -eq 1 ] && echo "--quick (small sizes)" || echo "full sizes"), $runs run(s) per cell, rows: $rows; login N=$login_n C=50; throughput and latency ${phase} s after ${warmup} s warm-up; SCRAM-SHA-1, STARTTLS except the plain memory rows; server on CPU(s) $BENCH_SERVER_CPUS, generator on CPU(s) $loadgen_cpus$qos_note${BENCH_CONFAB_SETTINGS:+; confab settings:$BENCH_CONFAB_SETTINGS}."
} > "$header"
"$py" "$here/report.py" table "$results" "$servers" "$header"
echo "compare: raw results in $results" >&2
[ "$failures" -eq 0 ] || { echo "compare: $failures run(s) failed or reported errors" >&2; exit 1; }

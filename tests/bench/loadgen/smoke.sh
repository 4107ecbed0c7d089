#!/bin/bash
# Smoke test for confab-loadgen (ctest label `bench`): the SCRAM/scanner self-test, then against a
# real confabd on free loopback ports: register 4 users, log them in, a 2-second throughput run
# and a short latency run (also with --samples), then confab-netfloor's relay and client. Asserts
# every JSON line says ok with the expected counts.
# usage: smoke.sh BUILD_DIR
set -u
BUILD=${1:?build dir}
LOADGEN=$BUILD/tests/bench/confab-loadgen
CONFABD=$BUILD/appliance/confabd
CTL=$BUILD/appliance/ctl/confabctl
PY=/usr/bin/python3
DIR=$(mktemp -d /tmp/loadgen-smoke.XXXXXX)
PID=
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
    rm -rf "$DIR"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$DIR/confabd.log" ] && tail -20 "$DIR/confabd.log"; exit 1; }

"$LOADGEN" --self-test || fail "self-test"
"$LOADGEN" bogus >/dev/null 2>&1; [ $? -eq 2 ] || fail "a bad command line must exit 2"

read -r C2S S2S TLS < <($PY -c '
import socket
ss=[socket.socket() for _ in range(3)]
for s in ss: s.bind(("127.0.0.1",0))
print(*[s.getsockname()[1] for s in ss])')
"$CONFABD" --data-dir "$DIR/var" --listen 127.0.0.1 --domain bench.test --c2s-port "$C2S" \
    --s2s-port "$S2S" --c2s-tls-port "$TLS" >"$DIR/confabd.log" 2>&1 &
PID=$!
for _ in $(seq 300); do
    grep -q "is running." "$DIR/confabd.log" && break
    kill -0 "$PID" 2>/dev/null || fail "confabd exited"
    sleep 0.1
done
grep -q "is running." "$DIR/confabd.log" || fail "confabd did not start"

printf 'smoke-admin-password' >"$DIR/admin.pw"
export CONFAB_ADMIN_PASSWORD=smoke-admin-password
ctl() { "$CTL" --data-dir "$DIR/var" "$@" >/dev/null || fail "confabctl $*"; }
ctl setup --admin-password-file "$DIR/admin.pw"
ctl domain set bench.test registration.free on
ctl settings set registration.max_per_hour_per_address 0
ctl settings set server.max_connections_per_address_per_minute 0
ctl settings set c2s.max_stanzas_per_second 0

COMMON=(--server "127.0.0.1:$C2S" --domain bench.test --timeout 60 --quiet --source-ips 127.0.0.1-127.0.0.4)
# check NAME JSON: ok, no errors, and each extra jq-less test given as a regex
check() {
    local name=$1 json=$2; shift 2
    echo "$name: $json"
    [[ $json == *'"ok":true'* && $json == *'"errors":0,'* ]] || fail "$name not ok"
    for re in "$@"; do [[ $json =~ $re ]] || fail "$name: no match for $re"; done
}
check register "$("$LOADGEN" register "${COMMON[@]}" --users 4 --concurrency 2)" '"sessions":4,'
# Registering again: <conflict/> counts as success.
check register-again "$("$LOADGEN" register "${COMMON[@]}" --users 4)" '"sessions":4,'
check login "$("$LOADGEN" login "${COMMON[@]}" --users 4 --concurrency 4)" '"sessions":4,' '"p50_ms":[0-9]'
check login-sha256 "$("$LOADGEN" login "${COMMON[@]}" --users 4 --concurrency 4 --mech SCRAM-SHA-256)" '"sessions":4,'
# The SaltedPassword cache file: written by one run (an entry per account), used by the next, and
# a wrong cached key makes the login fail (so the file really is used).
check login-cache "$("$LOADGEN" login "${COMMON[@]}" --users 4 --scram-cache "$DIR/scram.cache")" '"sessions":4,'
[ "$(grep -c '^sha1 4096 ' "$DIR/scram.cache")" = 4 ] || fail "scram cache: $(cat "$DIR/scram.cache")"
check login-cached "$("$LOADGEN" login "${COMMON[@]}" --users 4 --scram-cache "$DIR/scram.cache")" '"sessions":4,'
sed -i 's/ [^ ]*$/ AAAAAAAAAAAAAAAAAAAAAAAAAAA=/' "$DIR/scram.cache"
wrong=$("$LOADGEN" login "${COMMON[@]}" --users 4 --scram-cache "$DIR/scram.cache")
[[ $wrong == *'"sessions":0,'* ]] || fail "logins with wrong cached keys succeeded: $wrong"
check login-plain "$("$LOADGEN" login "${COMMON[@]}" --users 2 --concurrency 2 --mech PLAIN)" '"sessions":2,'
check throughput "$("$LOADGEN" throughput "${COMMON[@]}" --pairs 2 --window 4 --duration 2)" \
    '"sessions":4,' '"msgs":[1-9][0-9]*,' '"rate":[1-9]'
check latency "$("$LOADGEN" latency "${COMMON[@]}" --pairs 2 --rate 200 --duration 1)" \
    '"msgs":(19[0-9]|20[0-9]),' '"p99_ms":[0-9]'
# --samples: the header, then one line per message received in the window (190-209, the range
# "msgs" is checked against), each with a latency > 0 and a sender among the 4 sessions.
check latency-samples "$("$LOADGEN" latency "${COMMON[@]}" --pairs 2 --rate 200 --duration 1 --samples "$DIR/samples")" \
    '"msgs":(19[0-9]|20[0-9]),'
grep -q '^# window_start_ns [0-9]' "$DIR/samples" || fail "samples: no window start"
grep -q '^# server_pid 0 loadgen_pid [1-9]' "$DIR/samples" || fail "samples: no PIDs: $(head -3 "$DIR/samples")"
msgs=$(grep -vc '^#' "$DIR/samples")
[ "$msgs" -ge 190 ] && [ "$msgs" -le 209 ] || fail "samples: $msgs lines"
grep -v '^#' "$DIR/samples" | awk 'NF != 3 || $2 <= 0 || $3 < 0 || $3 > 3 { bad = 1 } END { exit bad }' ||
    fail "samples: a bad line: $(grep -v '^#' "$DIR/samples" | head -3)"
check idle "$(echo | "$LOADGEN" idle "${COMMON[@]}" --users 4 --concurrency 4)" '"sessions":4,'
# A wrong password must fail (SCRAM really checked), reported as errors with exit code 1.
OUT=$("$LOADGEN" login "${COMMON[@]}" --users 1 --concurrency 1 --password wrong 2>/dev/null)
[ $? -eq 1 ] && [[ $OUT == *'"errors":1,'* ]] || fail "wrong password accepted: $OUT"
# confab-netfloor: a relay and its client on the latency schedule; every message comes back.
NETFLOOR=$BUILD/tests/bench/confab-netfloor
RELAY_PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$NETFLOOR" relay --listen "127.0.0.1:$RELAY_PORT" 2>"$DIR/relay.log" &
RELAY=$!
sleep 0.3
floor=$("$NETFLOOR" client --server "127.0.0.1:$RELAY_PORT" --pairs 2 --rate 200 --duration 1 --warmup 0)
kill "$RELAY"; wait "$RELAY" 2>/dev/null
check netfloor "$floor" '"msgs":200,' '"p99_ms":[0-9]'
"$NETFLOOR" client --server "127.0.0.1:$RELAY_PORT" --pairs 1 >/dev/null 2>&1 && fail "netfloor without a relay succeeded"
"$NETFLOOR" relay >/dev/null 2>&1; [ $? -eq 2 ] || fail "netfloor: a bad command line must exit 2"
echo "PASS"

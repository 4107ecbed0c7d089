# shellcheck shell=bash
# Server control for compare.sh (sourced, not run): prepare a directory, start one server pinned to
# CPU 0, wait until it listens, measure its resident memory, stop it. Every function acts only on
# processes this script started (their PIDs are kept in SRV_PID); system services are never
# touched. Ports: each server gets its own block above BENCH_PORT so they never collide with each
# other, with a system instance (5222/5269) or with another engineer's run on the same base port.

# Globals set by compare.sh: BENCH_DOMAIN, BENCH_PORT, BENCH_CONFIGS, CONFABD, CONFABCTL.
SRV_PID=""
SRV_NAME=""
SRV_COOKIE="bench$$$RANDOM$RANDOM"
SRV_ERL_NODE="ejabberd_bench_$$@127.0.0.1"

srv_port() { # NAME KIND -> port number; KIND is c2s, s2s, tls or dist
    local base=$BENCH_PORT off=0
    case $1 in confab) off=0 ;; prosody) off=100 ;; ejabberd) off=200 ;; esac
    case $2 in c2s) echo $((base + off)) ;; s2s) echo $((base + off + 47)) ;;
        tls) echo $((base + off + 1)) ;; dist) echo $((base + off + 77)) ;; esac
}

port_busy() { [ -n "$(ss -ltnH "( sport = :$1 )" 2>/dev/null)" ]; }

# The certificate prosody and ejabberd use: self-signed ECDSA P-256, like the one confabd makes.
make_cert() { # DIR
    mkdir -p "$1/certs"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
        -subj "/CN=$BENCH_DOMAIN" -addext "subjectAltName=DNS:$BENCH_DOMAIN" \
        -keyout "$1/certs/server.key" -out "$1/certs/server.crt" 2>/dev/null
    cat "$1/certs/server.crt" "$1/certs/server.key" > "$1/certs/server.pem"
    chmod 600 "$1/certs/server.key" "$1/certs/server.pem"
}

fill_template() { # TEMPLATE DIR NAME -> stdout
    sed -e "s|@DIR@|$2|g; s|@DOMAIN@|$BENCH_DOMAIN|g" \
        -e "s|@C2S_PORT@|$(srv_port "$3" c2s)|g; s|@S2S_PORT@|$(srv_port "$3" s2s)|g" "$1"
}

# Writes the configuration (and certificate) into DIR; confabd needs nothing before its first start.
srv_prepare() { # NAME DIR
    mkdir -p "$2/logs"
    case $1 in
        prosody)
            mkdir -p "$2/data"
            make_cert "$2"
            fill_template "$BENCH_CONFIGS/prosody.cfg.lua.in" "$2" prosody > "$2/prosody.cfg.lua" ;;
        ejabberd)
            mkdir -p "$2/spool"
            make_cert "$2"
            fill_template "$BENCH_CONFIGS/ejabberd.yml.in" "$2" ejabberd > "$2/ejabberd.yml"
            # Our own inetrc: the system one may point at files we must not depend on.
            printf '{lookup,["file","native"]}.\n{host,{127,0,0,1}, ["localhost"]}.\n' > "$2/inetrc" ;;
    esac
}

# Starts NAME from DIR on CPU 0 in the background; SRV_PID is the process whose memory counts
# (confabd, prosody's lua interpreter, ejabberd's beam.smp: erl execs into it, so $! is it).
srv_launch() { # NAME DIR
    local p
    for p in $(srv_port "$1" c2s) $(srv_port "$1" s2s) $(srv_port "$1" tls) $(srv_port "$1" dist); do
        if port_busy "$p"; then echo "compare: port $p is in use; pick another --port" >&2; return 1; fi
    done
    case $1 in
        confab)
            (cd "$2" && exec taskset -c "${BENCH_SERVER_CPUS:-0}" "$CONFABD" --data-dir "$2/data" --listen 127.0.0.1 \
                --domain "$BENCH_DOMAIN" --c2s-port "$(srv_port confab c2s)" \
                --s2s-port "$(srv_port confab s2s)" --c2s-tls-port "$(srv_port confab tls)" \
                --log-level problems --quiet) > "$2/logs/stdout.log" 2>&1 & ;;
        prosody)
            # Never a bare `prosody`: that would be the system instance.
            (cd "$2" && exec taskset -c "${BENCH_SERVER_CPUS:-0}" prosody -F --config "$2/prosody.cfg.lua") \
                > "$2/logs/stdout.log" 2>&1 & ;;
        ejabberd) srv_launch_ejabberd "$2" ;;
        *) echo "compare: unknown server $1" >&2; return 1 ;;
    esac
    SRV_PID=$!
    SRV_NAME=$1
}

# Debian's ejabberdctl would `su` to user ejabberd, read /etc/ejabberd/ejabberdctl.cfg (which
# overrides --config) and may run `epmd -kill`. So erl is started directly with what ejabberdctl's
# `foreground` passes, plus: a node name and cookie of our own, the distribution port fixed and
# bound to 127.0.0.1 without epmd (-start_epmd false -erl_epmd_port), as root in our own spool.
srv_launch_ejabberd() { # DIR
    local d=$1 ports
    ports=$(ulimit -n)
    (
        cd "$d" || exit 1
        export ERL_LIBS=/usr/lib/x86_64-linux-gnu EJABBERD_CONFIG_PATH="$d/ejabberd.yml" \
            EJABBERD_LOG_PATH="$d/logs/ejabberd.log" ERL_INETRC="$d/inetrc" \
            ERL_CRASH_DUMP="$d/logs/erl_crash.dump" ERL_CRASH_DUMP_BYTES=0 \
            ERL_MAX_PORTS="$ports" ERL_MAX_ETS_TABLES=1400 \
            CONTRIB_MODULES_PATH="$d/contrib" CONTRIB_MODULES_CONF_DIR="$d/contrib/conf"
        exec taskset -c "${BENCH_SERVER_CPUS:-0}" erl -name "$SRV_ERL_NODE" -setcookie "$SRV_COOKIE" \
            -start_epmd false -erl_epmd_port "$(srv_port ejabberd dist)" \
            -kernel inet_dist_use_interface '{127,0,0,1}' +K true +P 250000 -noinput \
            -mnesia dir "\"$d/spool\"" -s ejabberd
    ) > "$d/logs/stdout.log" 2>&1 &
}

# Waits until the client port listens (ejabberd takes ~10 s on a busy core); 1 if the process died.
srv_wait_ready() { # NAME DIR
    local port i
    port=$(srv_port "$1" c2s)
    for ((i = 0; i < 1200; i++)); do
        kill -0 "$SRV_PID" 2>/dev/null || { srv_fail_log "$1" "$2" "exited during start"; return 1; }
        if [ -n "$(ss -ltnH "( sport = :$port )" 2>/dev/null)" ]; then
            # confabd: the control socket is needed for the template set-up.
            [ "$1" != confab ] || [ -S "$2/data/control/confabd.sock" ] && return 0
        fi
        sleep 0.1
    done
    srv_fail_log "$1" "$2" "did not listen on $port within 120 s"
    return 1
}

srv_fail_log() { # NAME DIR WHY
    echo "compare: $1 $3; last log lines:" >&2
    tail -n 15 "$2"/logs/*.log "$2"/data/log/confabd.log 2>/dev/null | sed 's/^/    /' >&2 || true
}

srv_start() { srv_launch "$1" "$2" && srv_wait_ready "$1" "$2"; }

# SIGTERM (all three stop cleanly on it), wait up to 60 s, then SIGKILL. Returns 1 when the stop
# was not clean (killed, or a non-zero exit status).
srv_stop() {
    local pid=$SRV_PID i rc=0
    [ -n "$pid" ] || return 0
    SRV_PID=""
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 600; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        echo "compare: $SRV_NAME (pid $pid) ignored SIGTERM for 60 s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return 1
    fi
    wait "$pid" 2>/dev/null || rc=$?
    # 143 = ended by the SIGTERM itself before its handler was installed: still our stop, not a crash.
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 143 ]; then
        echo "compare: $SRV_NAME (pid $pid) exited with status $rc on stop" >&2
        return 1
    fi
}

srv_rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$SRV_PID/status" 2>/dev/null || echo 0; }

# One-time set-up of a template directory that every run copies: configuration, and for confabd
# the admin password and the settings that lift its rate limits (they live in its database).
srv_configure() { # NAME DIR
    [ "$1" = confab ] || return 0
    local ctl=("$CONFABCTL" --data-dir "$2/data" --admin-password-file "$2/admin.pw")
    (umask 077 && echo "bench-admin-$RANDOM$RANDOM" > "$2/admin.pw")
    "${ctl[@]}" setup > /dev/null
    local kv
    for kv in c2s.require_tls=off registration.max_per_hour_per_address=0 \
        server.max_connections_per_address_per_minute=0 c2s.max_stanzas_per_second=0 \
        server.channels=1000000 auth.failure_delay_ms=0 log.level=problems ${BENCH_CONFAB_SETTINGS:-}; do
        "${ctl[@]}" settings set "${kv%%=*}" "${kv#*=}" > /dev/null
    done
    "${ctl[@]}" domain set "$BENCH_DOMAIN" registration.free on > /dev/null
}

srv_version() { # NAME
    case $1 in
        confab) echo "confab $(git -C "$BENCH_TOP" describe --always --dirty 2>/dev/null || echo '?')" ;;
        prosody) echo "prosody $(dpkg-query -W -f='${Version}' prosody 2>/dev/null)" ;;
        ejabberd) echo "ejabberd $(dpkg-query -W -f='${Version}' ejabberd 2>/dev/null) (Erlang $(dpkg-query -W -f='${Version}' erlang-base 2>/dev/null))" ;;
    esac
}

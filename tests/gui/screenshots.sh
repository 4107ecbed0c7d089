#!/bin/sh
# Renders every Confab Manager page in every language to PNG files under Xvfb, for a person to
# look at (layouts must not clip in any language).
#   tests/gui/screenshots.sh [BUILD_DIR] [OUT_DIR]      (CONFAB_LANGUAGES=de,ru to limit)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
out=${2:-$build/screenshots}
build=$(cd "$build" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'kill $pid1 $pid2 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # data dir, domain
    "$build/appliance/confabd" --data-dir "$1" --listen 127.0.0.1 --domain "$2" --quiet \
        --c2s-port "$(free_port)" --s2s-port "$(free_port)" --c2s-tls-port "$(free_port)" &
}
start "$work/main" example.com; pid1=$!
start "$work/fresh" fresh.example; pid2=$!
for i in $(seq 1 100); do
    [ -S "$work/main/control/confabd.sock" ] && [ -S "$work/fresh/control/confabd.sock" ] && break
    sleep 0.1
done

export CONFAB_ADMIN_PASSWORD=screenshot-admin
ctl() { "$build/appliance/ctl/confabctl" --data-dir "$work/main" "$@" >/dev/null; }
printf 'screenshot-admin' > "$work/admin.txt"
ctl setup --admin-password-file "$work/admin.txt"
ctl domain add sales.example.com
ctl domain set example.com registration.free on
printf 'user-password-1\n' > "$work/pw.txt"
for u in alice bob carol; do ctl user add "$u@example.com" --password-file "$work/pw.txt"; done
ctl user disable bob@example.com
ctl route add '*.partner.example' relay.example.net:5269 --comment 'Partner network'
ctl route refuse '*.spam.example' --comment 'Known spam source'
ctl tls require '*.bank.example'
ctl trust add "$work/main/certs/example.com.pem"

xvfb-run -a -s "-screen 0 1280x900x24" \
    "$build/tests/gui/confab-manager-screenshots" "$out" \
    "$work/main/control/confabd.sock" "$work/fresh/control/confabd.sock"
echo "Screenshots in $out"

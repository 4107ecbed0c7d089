#!/usr/bin/python3
"""Interop (RFC 6120 server-to-server, XEP-0220 dialback, RFC 6121 across servers): Debian's
Prosody 0.12, started by this test with its own config (run only as `prosody -F --config FILE`,
its own data path, pid file and ports on 127.0.0.22), federates with confabd.

Confab reaches prosody.test through a routing rule; Prosody finds confab.example through a dnsmasq
this test starts (SRV _xmpp-server._tcp.confab.example → the test's confabd port), given to Prosody's
libunbound as its only forwarder. Neither side trusts the other's self-signed certificate, so both
directions authenticate with dialback over STARTTLS. slixmpp clients on each side exchange
messages both ways, go through a subscription handshake and see each other's presence. Then
confab.example marks prosody.test "send encrypted": with Prosody's certificate untrusted the message
is refused with an error and never reaches Prosody; once the certificate is trusted it flows."""
import asyncio
import logging
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confabtest import Confab, check, free_port  # noqa: E402

import slixmpp  # noqa: E402

PROSODY_IP = "127.0.0.22"
# Not .test for confab's own domain: libunbound (Prosody's resolver) answers the RFC 6761 "test."
# zone locally with NXDOMAIN and never asks the forwarder.
CONFAB_DOMAIN = "confab.example"
ALICE, BOB = "alice@" + CONFAB_DOMAIN, "bob@prosody.test"


def need(program):
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")
    if not path:
        raise SystemExit(f"FAIL: {program} is not installed (apt-get install prosody dnsmasq)")
    return path


def free_port_on(ip):
    import socket
    with socket.socket() as s:
        s.bind((ip, 0))
        return s.getsockname()[1]


class Prosody:
    def __init__(self, dns_port):
        self.tmp = tempfile.TemporaryDirectory(prefix="prosody-interop-")
        d = self.tmp.name
        self.c2s = free_port_on(PROSODY_IP)
        self.s2s = free_port_on(PROSODY_IP)
        self.config = os.path.join(d, "prosody.cfg.lua")
        self.cert = os.path.join(d, "prosody.test.crt")
        key = os.path.join(d, "prosody.test.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "30", "-subj", "/CN=prosody.test", "-addext",
                        "subjectAltName=DNS:prosody.test", "-keyout", key, "-out", self.cert],
                       check=True, capture_output=True)
        os.makedirs(os.path.join(d, "data"))
        os.makedirs(os.path.join(d, "certs"))
        self.log = os.path.join(d, "prosody.log")
        with open(self.config, "w") as f:
            f.write(f'''
run_as_root = true
prosody_user = "root"
daemonize = false
pidfile = "{d}/prosody.pid"
certificates = "{d}/certs"
data_path = "{d}/data"
log = {{ {{ levels = {{ min = "debug" }}, to = "file", filename = "{self.log}" }} }}
interfaces = {{ "{PROSODY_IP}" }}
c2s_ports = {{ {self.c2s} }}
s2s_ports = {{ {self.s2s} }}
c2s_direct_tls_ports = {{}}
s2s_direct_tls_ports = {{}}
http_ports = {{}}
https_ports = {{}}
modules_enabled = {{ "roster", "saslauth", "tls", "dialback", "disco", "ping", "posix" }}
modules_disabled = {{ "s2s_bidi", "offline", "c2s_timeout" }}
authentication = "internal_plain"
c2s_require_encryption = true
s2s_require_encryption = true
s2s_secure_auth = false
unbound = {{ resolvconf = false, hoststxt = false, forward = "127.0.0.1@{dns_port}" }}
ssl = {{ certificate = "{self.cert}", key = "{key}" }}
VirtualHost "prosody.test"
''')
        self.proc = None

    def ctl(self, *args):
        return subprocess.run(["prosodyctl", "--config", self.config, *args], capture_output=True, text=True,
                              timeout=60)

    def start(self):
        self.out = open(os.path.join(self.tmp.name, "prosody.out"), "wb")
        self.proc = subprocess.Popen([need("prosody"), "-F", "--config", self.config], stdout=self.out,
                                     stderr=subprocess.STDOUT)
        import socket
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                socket.create_connection((PROSODY_IP, self.c2s), 0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("prosody did not start:\n" + self.logtext())

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def logtext(self):
        text = ""
        for p in (self.log, os.path.join(self.tmp.name, "prosody.out")):
            if os.path.exists(p):
                text += open(p, errors="replace").read()[-6000:]
        return text


class Dnsmasq:
    def __init__(self, confab_s2s_port):
        self.port = free_port()
        self.tmp = tempfile.TemporaryDirectory(prefix="dnsmasq-interop-")
        self.proc = subprocess.Popen(
            [need("dnsmasq"), "-k", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--bind-interfaces",
             "--listen-address=127.0.0.1", f"--port={self.port}", "--user=root",
             f"--pid-file={self.tmp.name}/dnsmasq.pid",
             f"--srv-host=_xmpp-server._tcp.{CONFAB_DOMAIN},{CONFAB_DOMAIN},{confab_s2s_port},0,0",
             f"--host-record={CONFAB_DOMAIN},127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.3)
        if self.proc.poll() is not None:
            raise RuntimeError("dnsmasq did not start")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(5)


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, cafile):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=cafile)
        self.started = asyncio.Event()
        self.inbox = asyncio.Queue()
        self.add_event_handler("session_start", self.on_start)
        self.add_event_handler("message", lambda msg: self.inbox.put_nowait(msg))
        self.add_event_handler("message_error", lambda msg: self.inbox.put_nowait(msg))

    async def on_start(self, _):
        await self.get_roster()
        self.send_presence()
        self.started.set()

    def item(self, jid):
        return self.client_roster[jid] if jid in self.client_roster else None

    def online(self, jid):
        item = self.item(jid)
        return item is not None and len(item.resources) > 0


async def login(jid, password, cafile, address):
    client = Client(jid, password, cafile)
    client.connect(address, force_starttls=True)
    await asyncio.wait_for(client.started.wait(), 30)
    return client


async def until(cond, what, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            check(True, what)
            return
        await asyncio.sleep(0.05)
    check(False, what)


async def next_message(client, timeout=15):
    while True:
        msg = await asyncio.wait_for(client.inbox.get(), timeout)
        if msg["body"] or msg["type"] == "error":
            return msg


async def scenario(confab, prosody):
    alice = await login(ALICE + "/desk", "alice-pw-1", confab.cert, ("127.0.0.1", confab.c2s))
    bob = await login(BOB + "/phone", "bob-pw-1", prosody.cert, (PROSODY_IP, prosody.c2s))
    check(True, "alice logs in to confabd and bob to prosody")

    alice.send_message(mto=BOB, mbody="hello prosody", mtype="chat")
    msg = await next_message(bob, 20)
    check(msg["body"] == "hello prosody" and str(msg["from"]) == ALICE + "/desk",
          "confab → prosody: bob gets alice's message (dialback over TLS)")
    bob.send_message(mto=ALICE, mbody="hello confab", mtype="chat")
    msg = await next_message(alice, 20)
    check(msg["body"] == "hello confab" and str(msg["from"]) == BOB + "/phone",
          "prosody → confab: alice gets bob's reply")

    sessions = confab.ctl("--json", "sessions", "list").stdout
    check('"s2s-out"' in sessions and '"s2s-in"' in sessions and '"dialback"' in sessions,
          "confab's live list shows both server streams, authenticated with dialback")
    check("TLS with prosody.test established" in confab.logtext(), "confab's outgoing stream uses TLS")

    # RFC 6121 subscription handshake across the servers (both clients auto-authorize/subscribe).
    alice.send_presence_subscription(pto=BOB)
    await until(lambda: alice.item(BOB) is not None and alice.item(BOB)["subscription"] == "both" and
                bob.item(ALICE) is not None and bob.item(ALICE)["subscription"] == "both",
                "the subscription handshake ends with 'both' on both servers", timeout=20)
    await until(lambda: alice.online(BOB) and bob.online(ALICE), "each sees the other available")

    # "Send encrypted" without a trusted certificate: refused, never sent.
    confab.ctl("tls", "require", "prosody.test")
    alice.send_message(mto=BOB, mbody="must not travel", mtype="chat")
    msg = await next_message(alice, 20)
    check(msg["type"] == "error" and msg["error"]["condition"] == "remote-server-not-found",
          "a tls-required domain with an untrusted certificate: the sender gets remote-server-not-found")
    try:
        got = await next_message(bob, 2)
        check(got["body"] != "must not travel", "nothing reaches prosody")
    except asyncio.TimeoutError:
        check(True, "nothing reaches prosody")

    confab.ctl("trust", "add", prosody.cert)
    alice.send_message(mto=BOB, mbody="encrypted and verified", mtype="chat")
    msg = await next_message(bob, 20)
    check(msg["body"] == "encrypted and verified", "once prosody's certificate is trusted the message flows")

    for c in (alice, bob):
        await asyncio.wait_for(c.disconnect(), 10)


def main():
    logging.basicConfig(level=logging.ERROR)
    need("prosody")
    confab = Confab(os.environ["CONFAB_BUILD_DIR"], CONFAB_DOMAIN)
    dns = prosody = None
    try:
        confab.start()
        confab.setup_admin()
        confab.add_user(ALICE, "alice-pw-1")
        dns = Dnsmasq(confab.s2s)
        prosody = Prosody(dns.port)
        r = prosody.ctl("register", "bob", "prosody.test", "bob-pw-1")
        if r.returncode != 0:
            print(r.stdout, r.stderr)
        check(r.returncode == 0, "prosodyctl registers bob@prosody.test")
        prosody.start()
        confab.ctl("route", "add", "prosody.test", f"{PROSODY_IP}:{prosody.s2s}")
        asyncio.run(asyncio.wait_for(scenario(confab, prosody), 55))
        print("1 passed, 0 failed")
    except BaseException:
        print("---- confabd log ----\n" + confab.logtext()[-8000:])
        if prosody:
            print("---- prosody log ----\n" + prosody.logtext())
        raise
    finally:
        if prosody:
            prosody.stop()
        if dns:
            dns.stop()
        confab.stop()


if __name__ == "__main__":
    main()

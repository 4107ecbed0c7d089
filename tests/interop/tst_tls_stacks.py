#!/usr/bin/python3
"""Interop: TLS 1.3 stacks nobody here wrote against confabd's own record layer (confab protects
TLS 1.3 records itself after OpenSSL's handshake, appliance/tls/tls13records.h).

- go-sendxmpp (Go's crypto/tls) listens as bob over direct TLS and sends as alice over STARTTLS.
- gnutls-cli (GnuTLS) logs in as carol over direct TLS with SASL PLAIN, asks for a KeyUpdate from
  both sides (its ^rekey^ command) and then sends and receives messages under the new keys.
"""
import base64
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confabtest import Confab, check  # noqa: E402

GO_SENDXMPP = "/usr/bin/go-sendxmpp"
GNUTLS_CLI = "/usr/bin/gnutls-cli"


class Output:
    """Collects a child's stdout in a thread so that the test can wait for text in it."""

    def __init__(self, proc):
        self.proc = proc
        self.text = ""
        self.lock = threading.Lock()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for chunk in iter(lambda: self.proc.stdout.read1(4096), b""):
            with self.lock:
                self.text += chunk.decode("utf-8", "replace")

    def wait_for(self, needle, timeout=15, start=0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            with self.lock:
                at = self.text.find(needle, start)
            if at >= 0:
                return at + len(needle)
            time.sleep(0.05)
        with self.lock:
            print("--- output so far ---\n" + self.text, flush=True)
        return -1


def go_send(confab, user, password, to, body, direct_tls):
    args = [GO_SENDXMPP, "-u", user, "-p", password, "-j", f"127.0.0.1:{confab.tls if direct_tls else confab.c2s}",
            "-n", "--tls-version", "13", "--timeout", "15"]
    if direct_tls:
        args.append("-t")
    r = subprocess.run(args + [to], input=body.encode(), capture_output=True, timeout=60)
    if r.returncode != 0:
        print(r.stdout.decode(), r.stderr.decode(), flush=True)
    return r.returncode == 0


def gnutls_session(confab, jid, password):
    proc = subprocess.Popen([GNUTLS_CLI, "--insecure", "--inline-commands", "--priority", "NORMAL:-VERS-ALL:+VERS-TLS1.3",
                             "-p", str(confab.tls), "127.0.0.1"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = Output(proc)
    user, domain = jid.split("@")

    def send(line):
        proc.stdin.write(line.encode() + b"\n")
        proc.stdin.flush()

    header = (f"<?xml version='1.0'?><stream:stream to='{domain}' xmlns='jabber:client' "
              "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>")
    send(header)
    pos = out.wait_for("</features>")
    check(pos > 0 and "PLAIN" in out.text, "gnutls-cli (GnuTLS, TLS 1.3) gets stream features over direct TLS")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    send(f"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{token}</auth>")
    pos = out.wait_for("<success", start=pos)
    check(pos > 0, "gnutls-cli authenticates with SASL PLAIN")
    send(header)
    pos = out.wait_for("</features>", start=pos)
    send("<iq type='set' id='b1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>gnutls</resource></bind></iq>")
    pos = out.wait_for(f"{jid}/gnutls</jid>", start=pos)
    check(pos > 0, "gnutls-cli binds a resource")
    send("<presence/>")
    return proc, out, send, pos


def main():
    for program in (GO_SENDXMPP, GNUTLS_CLI):
        if not os.access(program, os.X_OK):
            raise SystemExit(f"FAIL: {program} is missing (./scripts/confab test installs go-sendxmpp and gnutls-bin)")
    confab = Confab(os.environ["CONFAB_BUILD_DIR"])
    confab.start()
    children = []
    try:
        confab.setup_admin()
        for user in ("alice", "bob", "carol"):
            confab.add_user(f"{user}@confab.test", f"{user}-pw-1")

        # bob listens with Go's TLS over direct TLS; alice sends with Go's TLS over STARTTLS.
        bob = subprocess.Popen([GO_SENDXMPP, "-l", "-u", "bob@confab.test", "-p", "bob-pw-1",
                                "-j", f"127.0.0.1:{confab.tls}", "-t", "-n", "--tls-version", "13"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        children.append(bob)
        bob_out = Output(bob)
        deadline = time.time() + 15
        while time.time() < deadline and "bob@confab.test" not in confab.ctl("sessions", "list").stdout:
            time.sleep(0.2)
        check("bob@confab.test" in confab.ctl("sessions", "list").stdout,
              "go-sendxmpp (Go crypto/tls, TLS 1.3) holds a session over direct TLS")
        check(go_send(confab, "alice@confab.test", "alice-pw-1", "bob@confab.test", "hello from go ☃", False),
              "go-sendxmpp sends as alice over STARTTLS with TLS 1.3")
        check(bob_out.wait_for("hello from go ☃") > 0, "bob (Go) receives alice's message (Go) through confab")

        # GnuTLS: a session, a KeyUpdate that asks for ours, then traffic both ways under new keys.
        carol, out, send, pos = gnutls_session(confab, "carol@confab.test", "carol-pw-1")
        children.append(carol)
        send("^rekey^")
        rekeyed = out.wait_for("- Rekey was completed", start=pos)
        check(rekeyed > 0, "gnutls-cli sends a KeyUpdate that asks for confab's (update_requested)")
        send("<message to='bob@confab.test' type='chat'><body>after rekey from gnutls</body></message>")
        check(bob_out.wait_for("after rekey from gnutls") > 0,
              "bob receives what GnuTLS sent after its KeyUpdate (confab's read key moved on)")
        check(go_send(confab, "alice@confab.test", "alice-pw-1", "carol@confab.test", "to gnutls after rekey", True),
              "go-sendxmpp sends as alice over direct TLS")
        check(out.wait_for("to gnutls after rekey", start=pos) > 0,
              "GnuTLS reads what confab sealed after answering the KeyUpdate")
        send("^rekey^")
        check(out.wait_for("- Rekey was completed", start=rekeyed) > 0, "gnutls-cli sends a second KeyUpdate")
        send("<iq type='get' id='p2' to='confab.test'><ping xmlns='urn:xmpp:ping'/></iq>")
        check(out.wait_for("id='p2'", start=pos) > 0 or out.wait_for('id="p2"', start=pos) > 0,
              "a second KeyUpdate: the ping is answered")
        send("</stream:stream>")
        check(out.wait_for("</stream:stream>", start=pos) > 0, "confab closes the stream cleanly")
        carol.stdin.close()
        carol.wait(10)
        log = confab.logtext()
        check("carol@confab.test authenticated with PLAIN" in log, "the log records carol's login")
    finally:
        for p in children:
            if p.poll() is None:
                p.kill()
                p.wait()
        confab.stop()
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()

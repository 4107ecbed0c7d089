#!/usr/bin/python3
"""Interop: Debian's slixmpp (a client nobody here wrote) logs in to a real confabd with STARTTLS +
SCRAM-SHA-256 and with direct TLS (XEP-0368), and two clients exchange messages both ways."""
import asyncio
import logging
import os
import ssl
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confabtest import Confab, check  # noqa: E402

import slixmpp  # noqa: E402


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, cafile, mech):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=cafile)
        self.ssl_context.minimum_version = ssl.TLSVersion.TLSv1_2
        self.register_plugin("xep_0199")
        self["feature_mechanisms"].use_mech = mech
        self.started = asyncio.Event()
        self.failed = asyncio.Event()
        self.inbox = asyncio.Queue()
        self.add_event_handler("session_start", self.on_start)
        self.add_event_handler("failed_auth", lambda *_: self.failed.set())
        self.errors = asyncio.Queue()
        self.add_event_handler("message", lambda msg: self.inbox.put_nowait(msg))
        self.add_event_handler("message_error", lambda msg: self.errors.put_nowait(msg))

    async def on_start(self, _):
        self.send_presence()
        self.started.set()


async def login(client, port, direct_tls):
    if direct_tls:
        client.connect(("127.0.0.1", port), use_ssl=True)
    else:
        client.connect(("127.0.0.1", port), force_starttls=True)
    done, _ = await asyncio.wait([asyncio.create_task(client.started.wait()),
                                  asyncio.create_task(client.failed.wait())],
                                 timeout=30, return_when=asyncio.FIRST_COMPLETED)
    return client.started.is_set()


async def scenario(confab):
    alice = Client("alice@confab.test/desk", "alice-pw-1", confab.cert, "SCRAM-SHA-256")
    bob = Client("bob@confab.test/phone", "bob-pw-1", confab.cert, "SCRAM-SHA-256")
    check(await login(alice, confab.c2s, False), "alice logs in with STARTTLS + SCRAM-SHA-256")
    check(await login(bob, confab.tls, True), "bob logs in with direct TLS (XEP-0368)")
    sessions = confab.ctl("sessions", "list", "--json").stdout
    check("SCRAM-SHA-256" in sessions and "alice@confab.test/desk" in sessions,
          "confabd lists alice's session with SCRAM-SHA-256")
    check(alice.boundjid.full == "alice@confab.test/desk", "alice is bound to the requested resource")
    await asyncio.sleep(0.3)  # both initial presences processed

    alice.send_message(mto="bob@confab.test", mbody="hello bob <&> ☃", mtype="chat")
    msg = await asyncio.wait_for(bob.inbox.get(), 10)
    check(msg["body"] == "hello bob <&> ☃", "bob receives alice's message intact")
    check(str(msg["from"]) == "alice@confab.test/desk", "the message is stamped with alice's full JID")

    bob.send_message(mto=msg["from"], mbody="hi alice", mtype="chat")
    reply = await asyncio.wait_for(alice.inbox.get(), 10)
    check(reply["body"] == "hi alice", "alice receives bob's reply at her full JID")

    # An unknown recipient gets the RFC 6121 §8.5.1 error back.
    alice.send_message(mto="nobody@confab.test", mbody="anyone?", mtype="chat")
    err = await asyncio.wait_for(alice.errors.get(), 10)
    check(err["type"] == "error" and err["error"]["condition"] == "service-unavailable",
          "a message to an unknown account bounces with service-unavailable")

    # XEP-0199 ping to the server is answered.
    pong = await alice["xep_0199"].send_ping("confab.test", timeout=10)
    check(pong is not None, "the server answers XEP-0199 ping")

    wrong = Client("carol@confab.test", "wrong-password", confab.cert, "SCRAM-SHA-256")
    check(not await login(wrong, confab.c2s, False), "a wrong password is refused")
    for c in (alice, bob, wrong):
        c.disconnect()
    await asyncio.sleep(0.5)


def main():
    logging.basicConfig(level=getattr(logging, os.environ.get("LOGLEVEL", "WARNING")))
    confab = Confab(os.environ["CONFAB_BUILD_DIR"])
    confab.start()
    try:
        confab.setup_admin()
        confab.add_user("alice@confab.test", "alice-pw-1")
        confab.add_user("bob@confab.test", "bob-pw-1")
        confab.add_user("carol@confab.test", "carol-pw-1")
        loop = asyncio.get_event_loop()
        loop.run_until_complete(scenario(confab))
        log = confab.logtext()
        check("alice@confab.test authenticated with SCRAM-SHA-256" in log, "the log records alice's login")
        check("Authentication failed for carol@confab.test" in log, "the log records the failed login")
    finally:
        confab.stop()
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Crash safety of offline messages (XEP-0160): messages to an offline user are committed before the
sender hears anything further, so after confabd is killed with SIGKILL and started again on the same
data directory, every message is delivered exactly once when the user logs in."""
import asyncio
import logging
import os
import ssl
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confabtest import Confab, check  # noqa: E402

import slixmpp  # noqa: E402

COUNT = 25


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, cafile):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=cafile)
        self.register_plugin("xep_0199")
        self.register_plugin("xep_0203")
        self.started = asyncio.Event()
        self.inbox = asyncio.Queue()
        self.add_event_handler("session_start", self.on_start)
        self.add_event_handler("message", lambda msg: self.inbox.put_nowait(msg))

    async def on_start(self, _):
        self.send_presence()
        self.started.set()


async def login(confab, jid, password):
    client = Client(jid, password, confab.cert)
    client.connect(("127.0.0.1", confab.c2s), force_starttls=True)
    await asyncio.wait_for(client.started.wait(), 30)
    return client


async def drain(client, quiet_seconds):
    out = []
    while True:
        try:
            out.append(await asyncio.wait_for(client.inbox.get(), quiet_seconds))
        except asyncio.TimeoutError:
            return out


async def before_crash(confab):
    alice = await login(confab, "alice@confab.test/desk", "alice-pw-1")
    for i in range(COUNT):
        alice.send_message(mto="bob@confab.test", mbody=f"msg {i}", mtype="chat")
    # The server handles a stream's stanzas in order: once the ping is answered, every message
    # before it has been stored (and committed) or refused.
    pong = await alice["xep_0199"].send_ping("confab.test", timeout=10)
    check(pong is not None, f"alice sent {COUNT} messages to offline bob and the server answered a ping after them")
    errors = await drain(alice, 0.3)
    check(not errors, "no message was refused")
    alice.abort()


async def after_crash(confab):
    bob = await login(confab, "bob@confab.test/phone", "bob-pw-1")
    got = await drain(bob, 2.0)
    bodies = [m["body"] for m in got]
    check(bodies == [f"msg {i}" for i in range(COUNT)],
          f"after SIGKILL and restart bob gets all {COUNT} messages, in order, once each (got {len(bodies)})")
    check(all(m["delay"]["stamp"] is not None for m in got), "each carries its delay stamp")
    await asyncio.wait_for(bob.disconnect(), 10)
    bob = await login(confab, "bob@confab.test/tablet", "bob-pw-1")
    again = await drain(bob, 1.0)
    check(not again, "nothing is delivered a second time")
    await asyncio.wait_for(bob.disconnect(), 10)


def main():
    logging.basicConfig(level=getattr(logging, os.environ.get("LOGLEVEL", "WARNING")))
    confab = Confab(os.environ["CONFAB_BUILD_DIR"])
    confab.start()
    try:
        confab.setup_admin()
        confab.add_user("alice@confab.test", "alice-pw-1")
        confab.add_user("bob@confab.test", "bob-pw-1")
        loop = asyncio.get_event_loop()
        loop.run_until_complete(asyncio.wait_for(before_crash(confab), 40))
        confab.restart()
        check(confab.proc.poll() is None, "confabd runs again on the same data directory")
        loop.run_until_complete(asyncio.wait_for(after_crash(confab), 40))
    finally:
        confab.stop()
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()

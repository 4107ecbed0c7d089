#!/usr/bin/python3
"""Interop (RFC 6121, XEP-0160, XEP-0203, XEP-0237): Debian's slixmpp manages its roster through
confabd (add, update, remove seen in slixmpp's own roster via pushes), two slixmpp accounts go
through a subscription handshake (slixmpp's auto_authorize/auto_subscribe answering), presence is
broadcast and probed at login, and a message sent while the recipient is offline is delivered with
a delay stamp after the recipient logs in again."""
import asyncio
import logging
import os
import ssl
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confabtest import Confab, check  # noqa: E402

import slixmpp  # noqa: E402

ALICE, BOB, CAROL = "alice@confab.test", "bob@confab.test", "carol@confab.test"


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, cafile):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=cafile)
        self.register_plugin("xep_0203")
        self.started = asyncio.Event()
        self.inbox = asyncio.Queue()
        self.pushes = []
        self.add_event_handler("session_start", self.on_start)
        self.add_event_handler("message", lambda msg: self.inbox.put_nowait(msg))
        self.add_event_handler("roster_update", lambda iq: self.pushes.append(iq))

    async def on_start(self, _):
        await self.get_roster()
        self.send_presence()
        self.started.set()

    def item(self, jid):
        return self.client_roster[jid] if jid in self.client_roster else None

    def online(self, jid, resource):
        item = self.item(jid)
        return item is not None and resource in item.resources


async def login(confab, jid, password):
    client = Client(jid, password, confab.cert)
    client.connect(("127.0.0.1", confab.c2s), force_starttls=True)
    await asyncio.wait_for(client.started.wait(), 30)
    return client


async def until(cond, what, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            check(True, what)
            return
        await asyncio.sleep(0.05)
    check(False, what)


async def logout(client):
    await asyncio.wait_for(client.disconnect(), 10)


async def roster_management(alice):
    await alice.update_roster(CAROL, name="Carol", groups=["Friends"])
    await until(lambda: alice.item(CAROL) is not None and alice.item(CAROL)["name"] == "Carol",
                "a roster add comes back to slixmpp as a push with the name")
    check(alice.item(CAROL)["groups"] == ["Friends"], "the item has its group")
    check(alice.item(CAROL)["subscription"] == "none", "a new item has subscription none")
    check(alice.client_roster.version not in (None, ""), "the roster has a version (XEP-0237)")
    await alice.update_roster(CAROL, name="Caroline", groups=["Friends", "Work"])
    await until(lambda: alice.item(CAROL)["name"] == "Caroline" and
                sorted(alice.item(CAROL)["groups"]) == ["Friends", "Work"],
                "a roster update reaches slixmpp's roster")
    await alice.del_roster_item(CAROL)
    await until(lambda: alice.item(CAROL) is None, "a removed item leaves slixmpp's roster")


async def scenario(confab):
    alice = await login(confab, ALICE + "/desk", "alice-pw-1")
    bob = await login(confab, BOB + "/phone", "bob-pw-1")
    check(alice.started.is_set() and bob.started.is_set(), "alice and bob log in and fetch their rosters")
    await roster_management(alice)

    # Handshake: alice asks; bob's slixmpp approves and asks back (auto_authorize/auto_subscribe);
    # alice's approves. Both rosters end at 'both' through the server's pushes.
    alice.send_presence_subscription(pto=BOB)
    await until(lambda: alice.item(BOB) is not None and alice.item(BOB)["subscription"] == "both" and
                bob.item(ALICE) is not None and bob.item(ALICE)["subscription"] == "both",
                "the subscription handshake ends with 'both' on each side", timeout=15)
    await until(lambda: alice.online(BOB, "phone") and bob.online(ALICE, "desk"),
                "each sees the other's resource available after the approvals")

    # Presence broadcast and probes: bob leaves and comes back.
    await logout(bob)
    await until(lambda: not alice.online(BOB, "phone"), "alice sees bob go unavailable")
    bob = await login(confab, BOB + "/tablet", "bob-pw-1")
    await until(lambda: alice.online(BOB, "tablet"), "bob's initial presence is broadcast to alice")
    await until(lambda: bob.online(ALICE, "desk"), "bob's probe is answered with alice's presence")

    # Offline delivery: bob is away; alice writes; bob comes back.
    await logout(bob)
    await until(lambda: not alice.online(BOB, "tablet"), "bob is offline again")
    for i in range(3):
        alice.send_message(mto=BOB, mbody=f"while you were out {i}", mtype="chat")
    await asyncio.sleep(0.5)
    bob = await login(confab, BOB + "/phone", "bob-pw-1")
    got = [await asyncio.wait_for(bob.inbox.get(), 10) for _ in range(3)]
    check([m["body"] for m in got] == [f"while you were out {i}" for i in range(3)],
          "bob gets the offline messages in order after logging in")
    check(all(m["delay"]["stamp"] is not None for m in got), "each carries a XEP-0203 delay stamp")
    check(str(got[0]["delay"]["from"]) == "confab.test", "the delay names the server")
    check(bob.item(ALICE)["subscription"] == "both", "a fresh login sees the stored subscription")

    # A fresh client without a roster version gets the whole roster.
    await logout(alice)
    alice = await login(confab, ALICE + "/laptop", "alice-pw-1")
    check(alice.item(BOB) is not None and alice.item(BOB)["subscription"] == "both",
          "the roster fetched at login has bob with 'both'")
    check(alice.item(CAROL) is None, "and not the removed item")
    for c in (alice, bob):
        await logout(c)


def main():
    logging.basicConfig(level=getattr(logging, os.environ.get("LOGLEVEL", "WARNING")))
    confab = Confab(os.environ["CONFAB_BUILD_DIR"])
    confab.start()
    try:
        confab.setup_admin()
        confab.add_user(ALICE, "alice-pw-1")
        confab.add_user(BOB, "bob-pw-1")
        confab.add_user(CAROL, "carol-pw-1")
        asyncio.get_event_loop().run_until_complete(asyncio.wait_for(scenario(confab), 55))
    finally:
        confab.stop()
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()

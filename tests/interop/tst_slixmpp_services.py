#!/usr/bin/python3
"""Interop (XEP-0030, XEP-0092, XEP-0202, XEP-0012, XEP-0054/0153, XEP-0049, XEP-0191): Debian's
slixmpp asks a real confabd for the everyday services with its own plugins, each a real round trip:
disco info and items (including an item the admin adds with confabctl), software version, entity
time, server uptime and a contact's last activity (after a real subscription), a vCard with a
PHOTO, private XML, and a blocklist with pushes and enforcement between two slixmpp clients."""
import asyncio
import datetime
import logging
import os
import ssl
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confabtest import Confab, check  # noqa: E402

import slixmpp  # noqa: E402
from slixmpp.exceptions import IqError  # noqa: E402
from slixmpp.xmlstream import ElementBase  # noqa: E402

DOMAIN = "confab.test"
ALICE, BOB, CAROL = "alice@confab.test", "bob@confab.test", "carol@confab.test"
PHOTO = bytes(range(256)) * 4  # binary avatar data: every byte value


class Prefs(ElementBase):
    name = "prefs"
    namespace = "x:confab:prefs"
    plugin_attrib = "prefs"
    interfaces = {"color"}
    sub_interfaces = interfaces


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, cafile):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=cafile)
        for plugin in ("xep_0030", "xep_0054", "xep_0092", "xep_0202", "xep_0012", "xep_0049", "xep_0191"):
            self.register_plugin(plugin)
        self["xep_0049"].register(Prefs)
        self.started = asyncio.Event()
        self.inbox = asyncio.Queue()
        self.errors = asyncio.Queue()
        self.block_pushes = asyncio.Queue()
        self.add_event_handler("session_start", self.on_start)
        self.add_event_handler("message", lambda msg: self.inbox.put_nowait(msg))
        self.add_event_handler("message_error", lambda msg: self.errors.put_nowait(msg))
        self.add_event_handler("blocked", lambda iq: self.block_pushes.put_nowait(("blocked", iq)))
        self.add_event_handler("unblocked", lambda iq: self.block_pushes.put_nowait(("unblocked", iq)))

    async def on_start(self, _):
        await self.get_roster()
        self.send_presence()
        self.started.set()


async def login(confab, jid, resource):
    client = Client(jid + "/" + resource, jid.split("@")[0] + "-pw-1", confab.cert)
    client.connect(("127.0.0.1", confab.c2s), force_starttls=True)
    await asyncio.wait_for(client.started.wait(), 30)
    return client


async def until(cond, what, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await cond():
            check(True, what)
            return
        await asyncio.sleep(0.1)
    check(False, what)


async def iq_error(coro):
    try:
        await coro
    except IqError as e:
        return e.iq["error"]["condition"]
    return None


async def discovery(alice):
    info = await alice["xep_0030"].get_info(jid=DOMAIN, timeout=10)
    identities = info["disco_info"]["identities"]
    check(any(i[0] == "server" and i[1] == "im" and i[3] == "Confab" for i in identities),
          "disco#info: identity server/im named Confab")
    features = info["disco_info"]["features"]
    for f in ("http://jabber.org/protocol/disco#info", "http://jabber.org/protocol/disco#items", "jabber:iq:version",
              "urn:xmpp:time", "jabber:iq:last", "vcard-temp", "urn:xmpp:blocking"):
        check(f in features, "disco#info lists " + f)
    items = await alice["xep_0030"].get_items(jid=DOMAIN, timeout=10)
    check([i[0] for i in items["disco_items"]["items"]] == ["conference.confab.test"],
          "disco#items lists the item the admin added with confabctl")
    account = await alice["xep_0030"].get_info(jid=BOB, timeout=10)
    check(any(i[0] == "account" and i[1] == "registered" for i in account["disco_info"]["identities"]),
          "disco#info on a bare JID: the server answers account/registered")


async def version_time_uptime(confab, alice):
    v = await alice["xep_0092"].get_version(DOMAIN, timeout=10)
    check(v["software_version"]["name"] == "Confab" and v["software_version"]["version"],
          "XEP-0092: name Confab and a version")
    check(bool(v["software_version"]["os"]), "XEP-0092: os given by default")
    confab.ctl("settings", "set", "version.hide_os", "on")
    v = await alice["xep_0092"].get_version(DOMAIN, timeout=10)
    check(not v["software_version"]["os"], "XEP-0092: os left out with version.hide_os on")
    t = await alice["xep_0202"].get_entity_time(DOMAIN, timeout=10)
    # slixmpp 1.8.3's get_utc appends a second 'Z' to the XEP-0082 value (whose TZD is already 'Z'),
    # so read the element itself.
    text = t["entity_time"].xml.find("{urn:xmpp:time}utc").text
    check(text.endswith("Z"), "XEP-0202: utc in the XEP-0082 profile (TZD Z)")
    utc = datetime.datetime.fromisoformat(text[:-1]).replace(tzinfo=datetime.timezone.utc)
    now = datetime.datetime.now(datetime.timezone.utc)
    check(abs((now - utc).total_seconds()) < 10, "XEP-0202: the server's utc time is now")
    last = await alice["xep_0012"].get_last_activity(DOMAIN, timeout=10)
    check(last["last_activity"]["seconds"] >= 0, "XEP-0012: server uptime")


async def vcard(alice, bob):
    card = alice["xep_0054"].make_vcard()
    card["FN"] = "Alice Liddell"
    card["NICKNAME"] = "alice"
    card["PHOTO"]["TYPE"] = "image/png"
    card["PHOTO"]["BINVAL"] = PHOTO
    await alice["xep_0054"].publish_vcard(card, timeout=10)
    got = await bob["xep_0054"].get_vcard(ALICE, local=False, timeout=10)
    check(got["vcard_temp"]["FN"] == "Alice Liddell", "XEP-0054: bob reads alice's vCard")
    check(got["vcard_temp"]["PHOTO"]["BINVAL"] == PHOTO, "XEP-0153: the PHOTO round-trips byte for byte")
    empty = await alice["xep_0054"].get_vcard(CAROL, local=False, timeout=10)
    check(not empty["vcard_temp"]["FN"], "XEP-0054: an account without a vCard reads empty")


async def private_storage(alice):
    prefs = Prefs()
    prefs["color"] = "blue"
    await alice["xep_0049"].store(prefs, timeout=10)
    got = await alice["xep_0049"].retrieve("prefs", timeout=10)
    check(got["private"]["prefs"]["color"] == "blue", "XEP-0049: private XML stored and retrieved")


async def last_activity(confab, alice, bob):
    # A real subscription: bob's roster gets 'from' alice (slixmpp auto-authorizes).
    alice.send_presence(pto=BOB, ptype="subscribe")

    async def subscribed():
        return alice.client_roster[BOB]["subscription"] in ("to", "both")
    await until(subscribed, "alice is subscribed to bob's presence")
    carol = await login(confab, CAROL, "pc")
    bob.send_presence(ptype="unavailable", pstatus="Gone fishing")
    bob.disconnect()
    await bob.disconnected

    async def recorded():
        try:
            r = await alice["xep_0012"].get_last_activity(BOB, timeout=10)
        except IqError:
            return False
        return r["last_activity"]["status"] == "Gone fishing"
    await until(recorded, "XEP-0012: alice (subscribed) reads bob's last status after he logged out")
    r = await alice["xep_0012"].get_last_activity(BOB, timeout=10)
    check(0 <= r["last_activity"]["seconds"] < 30, "XEP-0012: seconds since bob's logout")
    check(await iq_error(carol["xep_0012"].get_last_activity(BOB, timeout=10)) == "forbidden",
          "XEP-0012: carol (not subscribed) is forbidden")
    carol.disconnect()


async def blocking(confab, alice):
    bob = await login(confab, BOB, "block")
    blocked = await alice["xep_0191"].get_blocked(timeout=10)
    check(len(blocked["blocklist"]["items"]) == 0, "XEP-0191: empty blocklist")
    await alice["xep_0191"].block(BOB, timeout=10)
    kind, push = await asyncio.wait_for(alice.block_pushes.get(), 10)
    check(kind == "blocked" and slixmpp.JID(BOB) in push["block"]["items"], "XEP-0191: block pushed to alice")
    blocked = await alice["xep_0191"].get_blocked(timeout=10)
    check(slixmpp.JID(BOB) in blocked["blocklist"]["items"], "XEP-0191: bob is on the blocklist")

    bob.send_message(mto=ALICE, mbody="let me in", mtype="chat")
    err = await asyncio.wait_for(bob.errors.get(), 10)
    check(err["error"]["condition"] == "service-unavailable", "XEP-0191: bob's message bounces, alice seems offline")
    alice.send_message(mto=BOB + "/block", mbody="psst", mtype="chat")
    err = await asyncio.wait_for(alice.errors.get(), 10)
    check(err["error"]["condition"] == "not-acceptable" and
          err.xml.find(".//{urn:xmpp:blocking:errors}blocked") is not None,
          "XEP-0191: alice's message to bob is refused with <blocked/>")
    check(alice.inbox.empty() and bob.inbox.empty(), "XEP-0191: nothing was delivered either way")

    await alice["xep_0191"].unblock(BOB, timeout=10)
    kind, _ = await asyncio.wait_for(alice.block_pushes.get(), 10)
    check(kind == "unblocked", "XEP-0191: unblock pushed to alice")
    alice.send_message(mto=BOB + "/block", mbody="hello again", mtype="chat")
    msg = await asyncio.wait_for(bob.inbox.get(), 10)
    check(msg["body"] == "hello again", "XEP-0191: after unblocking, messages flow again")
    bob.disconnect()


async def scenario(confab):
    alice = await login(confab, ALICE, "desk")
    bob = await login(confab, BOB, "pc")
    await discovery(alice)
    await version_time_uptime(confab, alice)
    await vcard(alice, bob)
    await private_storage(alice)
    await last_activity(confab, alice, bob)
    await blocking(confab, alice)
    alice.disconnect()
    await asyncio.sleep(0.3)


def main():
    logging.basicConfig(level=getattr(logging, os.environ.get("LOGLEVEL", "WARNING")))
    confab = Confab(os.environ["CONFAB_BUILD_DIR"])
    confab.start()
    try:
        confab.setup_admin()
        for jid in (ALICE, BOB, CAROL):
            confab.add_user(jid, jid.split("@")[0] + "-pw-1")
        confab.ctl("domain", "set", DOMAIN, "disco.extra_items", "conference.confab.test")
        asyncio.get_event_loop().run_until_complete(asyncio.wait_for(scenario(confab), 90))
    finally:
        confab.stop()
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()

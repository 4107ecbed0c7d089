#!/usr/bin/python3
"""Interop: Debian's slixmpp with its XEP-0077 plugin creates an account in-band on a real confabd,
logs in with it, changes its password in-band, logs in with the new one (and not the old), then
cancels the registration; the account is gone and the stream is ended."""
import asyncio
import logging
import os
import ssl
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confabtest import Confab, check  # noqa: E402

import slixmpp  # noqa: E402
from slixmpp.exceptions import IqError  # noqa: E402

JID = "newbie@confab.test"


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, cafile, register=False):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=cafile)
        # As in tst_slixmpp_c2s: slixmpp would pick a -PLUS mechanism with tls-unique, which TLS 1.3
        # does not define; registration is what this test is about, so plain SCRAM-SHA-256.
        self["feature_mechanisms"].use_mech = "SCRAM-SHA-256"
        self.register_plugin("xep_0030")
        self.register_plugin("xep_0004")
        self.register_plugin("xep_0066")
        self.register_plugin("xep_0077")
        self.started = asyncio.Event()
        self.failed = asyncio.Event()
        self.ended = asyncio.Event()
        self.registered = asyncio.Event()
        self.form = None
        self.add_event_handler("session_start", lambda _: self.started.set())
        self.add_event_handler("failed_auth", lambda *_: self.failed.set())
        self.add_event_handler("disconnected", lambda *_: self.ended.set())
        self.stream_errors = []
        self.add_event_handler("stream_error", lambda e: self.stream_errors.append(e["condition"]))
        if register:
            self["xep_0077"].force_registration = True
            self.add_event_handler("register", self.on_register)
            # slixmpp 1.8.3 holds back every iq until the session starts, its own XEP-0077 ones
            # included, so registration never leaves the client; later slixmpp lets register iqs
            # through. Do the same here until the session starts (nothing else is sent before it).
            self._always_send_everything = True
            self.add_event_handler("session_start", self.stop_sending_everything)

    def stop_sending_everything(self, _):
        self._always_send_everything = False

    async def on_register(self, form):
        # slixmpp hands over the server's registration form and leaves answering it to us.
        self.form = form
        resp = self.Iq()
        resp["type"] = "set"
        resp["register"]["username"] = self.boundjid.user
        resp["register"]["password"] = self.password
        await resp.send(timeout=10)
        self.registered.set()


async def login(client, port):
    client.connect(("127.0.0.1", port), force_starttls=True)
    await asyncio.wait([asyncio.create_task(client.started.wait()), asyncio.create_task(client.failed.wait())],
                       timeout=30, return_when=asyncio.FIRST_COMPLETED)
    return client.started.is_set()


async def disconnect(client):
    client.disconnect()
    await asyncio.wait_for(client.ended.wait(), 10)


async def scenario(confab):
    # 1. In-band registration, then SASL login with the new account on the same connection.
    reg = Client(JID + "/reg", "first-pw-1", confab.cert, register=True)
    check(await login(reg, confab.c2s), "slixmpp registers in-band and logs in with the new account")
    check(reg.registered.is_set(), "the registration iq was answered with a result")
    form = reg.form["register"]
    check("username" in form["fields"] and "password" in form["fields"], "the form asks for username and password")
    form_type = form["form"].get_values().get("FORM_TYPE")  # slixmpp reads hidden fields as lists
    check(form_type in ("jabber:iq:register", ["jabber:iq:register"]),
          "the form carries a XEP-0004 data form with FORM_TYPE jabber:iq:register")
    check(JID in confab.ctl("user", "list").stdout, "confabctl lists the new account")

    # 2. Password change (XEP-0077 §3.3) with the plugin's change_password.
    changed = await reg["xep_0077"].change_password("second-pw-2", timeout=10)  # IqError on an error
    check(changed["type"] == "result", "change_password is answered with a result")
    await disconnect(reg)

    old = Client(JID + "/old", "first-pw-1", confab.cert)
    check(not await login(old, confab.c2s), "the old password no longer works")
    await disconnect(old)
    new = Client(JID + "/new", "second-pw-2", confab.cert)
    check(await login(new, confab.c2s), "the new password works")

    # 3. Cancellation (§3.2): result, then the server ends the stream.
    try:
        await new["xep_0077"].cancel_registration(timeout=10)
        cancelled = True
    except IqError as e:
        print("cancel_registration failed:", e.iq["error"]["condition"])
        cancelled = False
    check(cancelled, "cancel_registration is answered with a result")
    await asyncio.wait_for(new.ended.wait(), 10)
    check(new.stream_errors == ["not-authorized"],
          "the server ends the session of the removed account with <not-authorized/>")
    check(JID not in confab.ctl("user", "list").stdout, "the account is gone")
    gone = Client(JID + "/gone", "second-pw-2", confab.cert)
    check(not await login(gone, confab.c2s), "the removed account cannot log in")
    await disconnect(gone)


def main():
    logging.basicConfig(level=getattr(logging, os.environ.get("LOGLEVEL", "WARNING")))
    confab = Confab(os.environ["CONFAB_BUILD_DIR"])
    confab.start()
    try:
        confab.setup_admin()
        confab.ctl("settings", "set", "auth.failure_delay_ms", "50")
        confab.ctl("domain", "set", "confab.test", "registration.free", "true")
        asyncio.get_event_loop().run_until_complete(asyncio.wait_for(scenario(confab), 90))
        log = confab.logtext()
        check("Account newbie@confab.test created in-band from" in log, "the log records the registration")
        check("newbie@confab.test removed its account in-band" in log, "the log records the removal")
    finally:
        confab.stop()
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()

# IM group (RFC 6121, XEP-0160): slixmpp roster/subscriptions/presence/offline, and offline
# messages across a SIGKILL restart.
confab_add_py_test(interop_slixmpp_im tst_slixmpp_im.py)
confab_add_py_test(interop_restart_offline tst_restart_offline.py)

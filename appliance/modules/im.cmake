# IM (RFC 6121 roster, presence and subscriptions; XEP-0160 offline messages; XEP-0237).
list(APPEND CONFAB_MODULE_SOURCES
  subscriptionstate.cpp subscriptionstate.h
  stanzacodec.cpp stanzacodec.h
  rosterpush.cpp rosterpush.h
  roster.cpp roster.h
  subscriptions.cpp subscriptions.h
  presence.cpp presence.h
  offline.cpp offline.h
)

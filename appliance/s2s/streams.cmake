# s2s streams: outgoing queues, outgoing/incoming server sessions, dialback, the manager.
list(APPEND CONFAB_S2S_SOURCES
  dialback.h dialback.cpp
  outgoingqueue.h outgoingqueue.cpp
  s2scommon.h s2scommon.cpp
  outgoingserversession.h outgoingserversession.cpp outgoingserversession_auth.cpp
  incomingserversession.h incomingserversession.cpp
  s2smanager.h s2smanager.cpp
)

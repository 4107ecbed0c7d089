# Services group: the everyday services clients ask for at login (see services.cpp for the order).
list(APPEND CONFAB_MODULE_SOURCES
  services.cpp services.h
  disco.cpp disco.h
  caps.cpp caps.h
  version.cpp version.h
  entitytime.cpp entitytime.h
  lastactivity.cpp lastactivity.h
  storedxml.cpp storedxml.h
  vcard.cpp vcard.h
  privatestorage.cpp privatestorage.h
  blocking.cpp blocking.h
)

# Registration (XEP-0077): in-band account creation, password change, cancellation.
list(APPEND CONFAB_MODULE_SOURCES
  register.cpp register.h
  registrationform.cpp registrationform.h
  registrationthrottle.cpp registrationthrottle.h
)

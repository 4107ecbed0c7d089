# s2s policy: routing rules, TLS policy, peer certificate checks, SRV resolution.
list(APPEND CONFAB_S2S_SOURCES
  routingrules.h routingrules.cpp
  tlspolicy.h tlspolicy.cpp
  certificatecheck.h certificatecheck.cpp
  resolver.h resolver.cpp
)

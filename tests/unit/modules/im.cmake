# IM group: the RFC 6121 Appendix A state machine.
confab_add_test(NAME tst_subscriptionstate SOURCES tst_subscriptionstate.cpp LIBS confab_modules LABELS unit)
# Limits (hardening): the roster size limit.
confab_add_test(NAME tst_rosterlimit SOURCES tst_rosterlimit.cpp servicesharness.h LIBS confab_modules LABELS unit)

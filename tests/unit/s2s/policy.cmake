# s2s policy tests, and confab_testca: a test CA helper the integration and interop tests use too.
add_library(confab_testca STATIC testca.h testca.cpp)
target_include_directories(confab_testca PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(confab_testca PUBLIC Qt6::Network PRIVATE OpenSSL::Crypto)
confab_target_warnings(confab_testca)

confab_add_test(NAME tst_routingrules SOURCES tst_routingrules.cpp LIBS confab_s2s LABELS unit)
confab_add_test(NAME tst_tlspolicy SOURCES tst_tlspolicy.cpp LIBS confab_s2s confab_testca LABELS unit)
confab_add_test(NAME tst_certificatecheck SOURCES tst_certificatecheck.cpp LIBS confab_s2s confab_testca LABELS unit)
confab_add_test(NAME tst_resolver SOURCES tst_resolver.cpp LIBS confab_s2s LABELS unit)
# Real QDnsLookup against a dnsmasq the test starts on a spare loopback address, port 53 (Qt 6.4
# cannot query another port); needs dnsmasq-base and the right to bind port 53.
confab_add_test(NAME tst_resolver_dnsmasq SOURCES tst_resolver_dnsmasq.cpp LIBS confab_s2s LABELS integration
                TIMEOUT 120)

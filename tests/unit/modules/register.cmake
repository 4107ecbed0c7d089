confab_add_test(NAME tst_register SOURCES tst_register.cpp registerfixture.h LIBS confab_modules LABELS unit)
confab_add_test(NAME tst_registeraccount SOURCES tst_registeraccount.cpp registerfixture.h LIBS confab_modules LABELS unit)
confab_add_test(NAME tst_registrationthrottle SOURCES tst_registrationthrottle.cpp LIBS confab_modules LABELS unit)

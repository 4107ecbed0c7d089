# Services group: unit tests of the modules with the in-process harness (servicesharness.h).
foreach(t disco caps version entitytime lastactivity vcard privatestorage blocking blockingpresence)
  confab_add_test(NAME tst_${t} SOURCES tst_${t}.cpp servicesharness.h LIBS confab_modules LABELS unit)
endforeach()

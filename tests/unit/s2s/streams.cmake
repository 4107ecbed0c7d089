# s2s streams: dialback keys, the outgoing queue state machine.
confab_add_test(NAME tst_dialback SOURCES tst_dialback.cpp LIBS confab_s2s LABELS unit)
confab_add_test(NAME tst_outgoingqueue SOURCES tst_outgoingqueue.cpp LIBS confab_s2s LABELS unit)

# Agreement metrics and result parsing (issue #6).
lsdesk_add_unit_test(tst_agreementmetrics tst_agreementmetrics.cpp)
lsdesk_add_unit_test(tst_agreementparse tst_agreementparse.cpp)

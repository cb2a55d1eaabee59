# The config editor's validation (issue #7): the checker and the Problems panel with a fake network, the
# impact report, dialog and saver on hand-made summaries, and saving against the real server.
lsdesk_configeditor_test(tst_configchecker)
lsdesk_configeditor_test(tst_impactreport)

qt_add_executable(tst_configsave_server tst_configsave_server.cpp
  ${PROJECT_SOURCE_DIR}/tests/integration/testserver.h)
target_link_libraries(tst_configsave_server PRIVATE lsdesk_ui lsdesk_options Qt6::Test)
lsdesk_add_server_test(NAME widget_configsave SERVERS ls_main COMMAND tst_configsave_server LABELS widget)

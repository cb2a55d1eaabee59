lsdesk_configeditor_test(tst_configeditorwindow)

# The window opened by the launcher against the real server: load, edit, save, blocked save, close guard.
qt_add_executable(tst_configeditor_server tst_configeditor_server.cpp
  ${PROJECT_SOURCE_DIR}/tests/integration/testserver.h)
target_link_libraries(tst_configeditor_server PRIVATE lsdesk_ui lsdesk_options Qt6::Test)
lsdesk_add_server_test(NAME widget_configeditor SERVERS ls_main COMMAND tst_configeditor_server LABELS widget)

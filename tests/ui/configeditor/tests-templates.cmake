# The templates (built-ins clean, families covered, the server's gallery merged, the chooser) and the New
# project dialog, on a scripted server and against the real one.
lsdesk_configeditor_test(tst_templates)
lsdesk_configeditor_test(tst_newprojectdialog)
qt_add_executable(tst_newprojectdialog_server tst_newprojectdialog_server.cpp
  ${PROJECT_SOURCE_DIR}/tests/integration/testserver.h)
target_link_libraries(tst_newprojectdialog_server PRIVATE lsdesk_ui lsdesk_options Qt6::Test)
lsdesk_add_server_test(NAME widget_newprojectdialog SERVERS ls_main COMMAND tst_newprojectdialog_server
  LABELS widget)

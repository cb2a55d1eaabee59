# The Data Manager actions menu of the task table and the confirmation dialog with the server's form
# (issue #8).
target_sources(lsdesk_ui PRIVATE tasks/dmactionsmenu.h tasks/dmactionsmenu.cpp tasks/dmactiondialog.h
  tasks/dmactiondialog.cpp)

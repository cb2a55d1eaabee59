# Task import (issue #8): the import dialog and its models, and the single-task data editor.
target_sources(lsdesk_ui PRIVATE tasks/importmodels.h tasks/importmodels.cpp tasks/importdialog.h
  tasks/importdialog.cpp tasks/taskdatadialog.h tasks/taskdatadialog.cpp)
target_sources(lsdesk_ui PRIVATE tasks/tasksediting.h tasks/tasksediting.cpp)

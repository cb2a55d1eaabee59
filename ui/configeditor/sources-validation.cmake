# The config editor's validation (issue #7): local and server checks as the user types, the Problems
# panel, the impact of a change on existing annotations, and saving.
target_sources(lsdesk_ui PRIVATE
  configeditor/configchecker.h configeditor/configchecker.cpp
  configeditor/problemsmodel.h configeditor/problemsmodel.cpp
  configeditor/problemspanel.h configeditor/problemspanel.cpp
  configeditor/impactreport.h configeditor/impactreport.cpp
  configeditor/configsaver.h configeditor/configsaver.cpp
)

# The config editor's window and the main window's ways into it (issue #7).
target_sources(lsdesk_ui PRIVATE
  configeditor/configeditorwindow.h configeditor/configeditorwindow.cpp
  configeditor/configeditorlauncher.h configeditor/configeditorlauncher.cpp
)

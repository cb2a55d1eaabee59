# The config editor's XML text view and its syntax highlighter (issue #7).
target_sources(lsdesk_ui PRIVATE
  configeditor/xmlview.h configeditor/xmlview.cpp
  configeditor/xmlhighlighter.h configeditor/xmlhighlighter.cpp
)

# The config editor's preview: a native sketch of the labeling interface (issue #7).
target_sources(lsdesk_ui PRIVATE
  configeditor/configpreview.h configeditor/configpreview.cpp
  configeditor/previewbuilder.h configeditor/previewbuilder.cpp configeditor/previewcontrols.cpp
  configeditor/previewwidgets.h configeditor/previewwidgets.cpp
  configeditor/previewlayout.h configeditor/previewlayout.cpp
)

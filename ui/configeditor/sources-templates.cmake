# The config editor's templates (issue #7): lsdesk's own, compiled in; the chooser; the New project dialog.
target_sources(lsdesk_ui PRIVATE configeditor/templatecatalog.h configeditor/templatecatalog.cpp
  configeditor/templatechooser.h configeditor/templatechooser.cpp
  configeditor/newprojectdialog.h configeditor/newprojectdialog.cpp)
set(_lsdesk_config_templates blank image-bounding-boxes image-polygons image-classification text-classification
  named-entity-recognition relation-extraction audio-transcription dialogue-analysis pairwise-comparison
  list-ranking time-series-segmentation video-object-tracking video-timeline-segmentation)
list(TRANSFORM _lsdesk_config_templates PREPEND configeditor/templates/)
list(TRANSFORM _lsdesk_config_templates APPEND .xml)
qt_add_resources(lsdesk_ui "configeditor_templates" PREFIX "/lsdesk/configeditor/templates"
  BASE configeditor/templates FILES ${_lsdesk_config_templates})

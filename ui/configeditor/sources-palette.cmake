# The config editor's tag palette (issue #7): the catalog of tags with their defaults, and the widget.
target_sources(lsdesk_ui PRIVATE configeditor/tagcatalog.h configeditor/tagcatalog.cpp
  configeditor/tagpalette.h configeditor/tagpalette.cpp)

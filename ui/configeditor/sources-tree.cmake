# The config editor's structure tree: the model over ConfigDocument and its view (issue #7).
target_sources(lsdesk_ui PRIVATE
  configeditor/configtreemodel.h configeditor/configtreemodel.cpp
  configeditor/configtreeview.h configeditor/configtreeview.cpp
)

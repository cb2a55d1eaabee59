# The property panel of the config editor (issue #7): typed editors for the known attributes of the
# selected element, key/value rows for the others.
target_sources(lsdesk_ui PRIVATE configeditor/attributeeditors.h configeditor/attributeeditors.cpp
                                 configeditor/propertypanel.h configeditor/propertypanel.cpp)

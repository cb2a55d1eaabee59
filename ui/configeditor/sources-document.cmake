# The config editor's document: the text, its parse, and every edit as an undo step (issue #7).
target_sources(lsdesk_ui PRIVATE configeditor/configdocument.h configeditor/configdocument.cpp)

# The label list of the config editor (issue #7): a control's labels as a model, and the editor around it.
target_sources(lsdesk_ui PRIVATE configeditor/labellistmodel.h configeditor/labellistmodel.cpp
                                 configeditor/labellisteditor.h configeditor/labellisteditor.cpp)

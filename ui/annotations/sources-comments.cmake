# Comments on the selected annotation (issue #8, Enterprise servers only): the model and the panel the
# annotations pane shows below its tree.
target_sources(lsdesk_ui PRIVATE annotations/commentsmodel.h annotations/commentsmodel.cpp
  annotations/commentspanel.h annotations/commentspanel.cpp)

# The server's labeling templates (GET api/templates/), for the config editor's template chooser (issue
# #7).
target_sources(lsdesk_core PRIVATE api/templatesapi.h api/templatesapi.cpp)

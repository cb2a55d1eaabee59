# Cloud storage (issue #8): import and export storages of a project, typed, with validate and a sync that
# is followed to its end.
target_sources(lsdesk_core PRIVATE api/storagesapi.h api/storagesapi.cpp)

# Comments on annotations (issue #8, Enterprise servers only): list, add, resolve, delete.
target_sources(lsdesk_core PRIVATE api/commentsapi.h api/commentsapi.cpp)

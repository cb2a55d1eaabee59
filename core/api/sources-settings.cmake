# The project settings a Community server has, typed, with the PATCH body of only what changed (issue #8).
target_sources(lsdesk_core PRIVATE api/projectsettings.h api/projectsettings.cpp)

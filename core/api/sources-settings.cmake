# The project settings a Community server has, typed, with the PATCH body of only what changed (issue #8).
target_sources(lsdesk_core PRIVATE api/projectsettings.h api/projectsettings.cpp)
# The settings only Enterprise servers have (quality, review, assignment), typed (issue #8).
target_sources(lsdesk_core PRIVATE api/enterprisesettings.h api/enterprisesettings.cpp)

# Access tokens (issue #8): personal access tokens (list, create, revoke) and the legacy key.
target_sources(lsdesk_core PRIVATE api/tokensapi.h api/tokensapi.cpp)

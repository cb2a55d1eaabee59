# The Data Manager's bulk actions as the server lists them (GET api/dm/actions/), their on-demand forms and
# running one on a selection or on everything the current filter matches (issue #8).
target_sources(lsdesk_core PRIVATE api/dmactionsapi.h api/dmactionsapi.cpp)

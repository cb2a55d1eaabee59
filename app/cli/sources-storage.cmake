# lsdesk-cli storage list|add|validate|sync (issue #8).
target_sources(lsdesk-cli PRIVATE cli/storagecommand.cpp)

# projects create / update / delete and actions list / run (issue #8).
target_sources(lsdesk-cli PRIVATE cli/projectcommand.cpp)

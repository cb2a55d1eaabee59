# lsdesk-cli import (issue #8).
target_sources(lsdesk-cli PRIVATE cli/importcommand.cpp)

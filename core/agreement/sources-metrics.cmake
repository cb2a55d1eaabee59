# Agreement metrics (issue #6): result parsing, pair scores per control, geometry and text distances.
target_sources(lsdesk_core PRIVATE
  agreement/regions.cpp
  agreement/regions_config.cpp
  agreement/metrics.cpp
  agreement/metrics_text.cpp
  agreement/geometry.h agreement/geometry.cpp
)

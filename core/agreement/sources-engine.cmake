# The agreement engine (issue #6): task agreement, the matrix and its per-label views.
target_sources(lsdesk_core PRIVATE agreement/agreement.cpp agreement/engine_private.h agreement/engine_score.cpp
  agreement/json_simd.h)

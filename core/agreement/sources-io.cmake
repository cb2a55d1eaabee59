# Agreement sources (issue #6): the export file splitter and worker, the live-project source, the CSV
# writers, and Enterprise's IAA endpoint. Included by core/CMakeLists.txt: paths are relative to core/.
target_sources(lsdesk_core PRIVATE
  agreement/agreementsource.h agreement/agreementsource.cpp agreement/agreementcsv.cpp
  agreement/source_jsonsplitter.h agreement/source_jsonsplitter.cpp
  agreement/source_worker.h agreement/source_worker.cpp
  api/statsapi.h api/statsapi.cpp)

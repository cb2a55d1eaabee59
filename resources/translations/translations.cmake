# Translations (issue #9). lsdesk_<lang>.ts (maintained with lupdate: scripts/update-translations.sh) are
# compiled with lrelease into .qm files that are embedded under :/lsdesk/i18n in lsdesk_i18n, the small
# QtCore-only library with the loader (core/i18n) that both executables link. Included from the
# top-level CMakeLists.txt after app/, and never in the LSDESK_FUZZ build, which needs no Qt tools.
# lrelease comes from Debian's qt6-l10n-tools; no Qt6LinguistTools CMake package (qt6-tools-dev) needed.
find_program(LSDESK_LRELEASE NAMES lrelease lrelease-qt6
  HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" /usr/lib/qt6/bin REQUIRED)
find_program(LSDESK_LUPDATE NAMES lupdate lupdate-qt6
  HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" /usr/lib/qt6/bin REQUIRED)

set(_i18n_src "${CMAKE_CURRENT_LIST_DIR}")
set(_i18n_out "${PROJECT_BINARY_DIR}/i18n")
set(LSDESK_TS_FILES "${_i18n_src}/lsdesk_de.ts" "${_i18n_src}/lsdesk_en.ts")
set(_qm_files)
foreach(_ts IN LISTS LSDESK_TS_FILES)
  get_filename_component(_base "${_ts}" NAME_WE)
  set(_any "${_i18n_out}/${_base}.any.ts")
  set(_qm "${_i18n_out}/${_base}.qm")
  add_custom_command(OUTPUT "${_any}"
    COMMAND ${CMAKE_COMMAND} -DIN=${_ts} -DOUT=${_any} -P "${_i18n_src}/flatten-ts.cmake"
    DEPENDS "${_ts}" "${_i18n_src}/flatten-ts.cmake" VERBATIM)
  # One .qm from both: the messages under their own contexts plus the same under "@lsdesk". lrelease
  # drops the duplicates inside "@lsdesk" (a text used in several contexts) - they translate alike.
  add_custom_command(OUTPUT "${_qm}"
    COMMAND "${LSDESK_LRELEASE}" -silent -nounfinished "${_ts}" "${_any}" -qm "${_qm}"
    DEPENDS "${_ts}" "${_any}" VERBATIM)
  list(APPEND _qm_files "${_qm}")
endforeach()

add_library(lsdesk_i18n STATIC "${PROJECT_SOURCE_DIR}/core/i18n/translations.h"
  "${PROJECT_SOURCE_DIR}/core/i18n/translations.cpp")
target_include_directories(lsdesk_i18n PUBLIC "${PROJECT_SOURCE_DIR}/core")
target_link_libraries(lsdesk_i18n PUBLIC Qt6::Core PRIVATE lsdesk_options)
qt_add_resources(lsdesk_i18n lsdesk_translations PREFIX "/lsdesk/i18n" BASE "${_i18n_out}" FILES ${_qm_files})
target_link_libraries(lsdesk PRIVATE lsdesk_i18n)
target_link_libraries(lsdesk-cli PRIVATE lsdesk_i18n)

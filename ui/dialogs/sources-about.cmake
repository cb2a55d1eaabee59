# Help menu and About dialog (issue #9).
target_sources(lsdesk_ui PRIVATE mainwindowhelp.cpp dialogs/aboutdialog.h dialogs/aboutdialog.cpp)
# QtKeychain's headers carry no usable version (0.13's QTKEYCHAIN_VERSION is 0x000100): take the one CMake found.
set_property(SOURCE dialogs/aboutdialog.cpp APPEND PROPERTY COMPILE_DEFINITIONS
  LSDESK_QTKEYCHAIN_VERSION="${Qt6Keychain_VERSION}")

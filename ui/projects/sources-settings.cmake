# The Project settings dialog (issue #8).
target_sources(lsdesk_ui PRIVATE projects/projectsettingsdialog.h projects/projectsettingsdialog.cpp)
# The Enterprise-only settings' editors in that dialog (issue #8).
target_sources(lsdesk_ui PRIVATE projects/enterprisesettingseditors.h projects/enterprisesettingseditors.cpp)

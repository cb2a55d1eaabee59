# The Project settings dialog (issue #8).
target_sources(lsdesk_ui PRIVATE projects/projectsettingsdialog.h projects/projectsettingsdialog.cpp)

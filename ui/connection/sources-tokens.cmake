# Access tokens dialog (issue #8): the user's personal access tokens and legacy key.
target_sources(lsdesk_ui PRIVATE connection/tokensdialog.h connection/tokensdialog.cpp)

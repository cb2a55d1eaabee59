# Cloud storage (issue #8): the project's storages, the add/edit form and sync with progress.
target_sources(lsdesk_ui PRIVATE projects/storagesmodel.h projects/storagesmodel.cpp projects/storagesform.h
  projects/storagesform.cpp projects/storagesdialog.h projects/storagesdialog.cpp)

# Task import (issue #8): scanning files into task byte ranges, cutting them into requests, uploading.
target_sources(lsdesk_core PRIVATE import/importsource.h import/importsource.cpp import/importplan.h
  import/importplan.cpp import/importjob.h import/importjob.cpp)

// Putting a finished download in place durably: the platform-specific half of ExportJob. POSIX
// (fsync, rename, the umask from /proc on Linux) and Windows (FlushFileBuffers, MoveFileExW) live in
// filecommit.cpp behind #ifdefs; nothing else in lsdesk touches these system calls.
#pragma once

#include <QFileDevice>
#include <QString>

namespace lsdesk::filecommit {

// Flushes the file's data to the disk (fsync / FlushFileBuffers). An empty string on success, else
// the system's reason.
QString syncToDisk(const QString &path);

// Replaces `target` with `source` in one step: readers see the old file or the new one, never a part.
// An empty string on success, else the system's reason.
QString replace(const QString &source, const QString &target);

// The permissions a new file gets from this process (0666 minus the umask on POSIX), read without
// umask(2)'s set-and-restore, which would race with other threads creating files.
QFileDevice::Permissions newFilePermissions();

} // namespace lsdesk::filecommit

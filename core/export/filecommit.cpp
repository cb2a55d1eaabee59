#include "export/filecommit.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>

#if defined(Q_OS_WIN)
#include <QDir>
#include <qt_windows.h>
#include <string>
#else
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lsdesk::filecommit {

namespace {
#if defined(Q_OS_WIN)
QString lastWindowsError()
{
    return QString::fromStdWString(std::to_wstring(GetLastError())).prepend(QStringLiteral("Windows error "));
}
#else
QString lastErrno()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif
} // namespace

QString syncToDisk(const QString &path)
{
#if defined(Q_OS_WIN)
    const HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
        GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL,
        nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return lastWindowsError();
    const bool ok = FlushFileBuffers(h);
    const QString why = ok ? QString() : lastWindowsError();
    CloseHandle(h);
    return why;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    QString why;
    if (fd < 0 || ::fsync(fd) != 0)
        why = lastErrno();
    if (fd >= 0)
        ::close(fd);
    return why;
#endif
}

QString replace(const QString &source, const QString &target)
{
    const QString to = QFileInfo(target).absoluteFilePath();
#if defined(Q_OS_WIN)
    // rename() fails on Windows when the target exists; MoveFileExW replaces it.
    if (!MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(source).utf16()),
            reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return lastWindowsError();
    return {};
#else
    // rename(2) replaces the target atomically.
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(to).constData()) != 0)
        return lastErrno();
    return {};
#endif
}

QFileDevice::Permissions newFilePermissions()
{
    uint mask = 022; // what every Unix desktop starts with; Windows ignores the permission bits
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    mask = value;
                break;
            }
        }
    }
#endif
    const uint mode = 0666 & ~mask;
    QFileDevice::Permissions p;
    const std::pair<uint, QFileDevice::Permission> bits[]
        = { { 0400, QFileDevice::ReadOwner }, { 0200, QFileDevice::WriteOwner },
              { 0040, QFileDevice::ReadGroup }, { 0020, QFileDevice::WriteGroup },
              { 0004, QFileDevice::ReadOther }, { 0002, QFileDevice::WriteOther } };
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            p |= permission;
    }
    if (p & QFileDevice::ReadOwner)
        p |= QFileDevice::ReadUser;
    if (p & QFileDevice::WriteOwner)
        p |= QFileDevice::WriteUser;
    return p;
}

} // namespace lsdesk::filecommit

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct zip;

namespace lsdesk {

// A zip archive on disk, read through libzip (Debian's libzip): the archive formats of the export
// (COCO, YOLO, Pascal VOC, the brush formats, anything "_WITH_IMAGES") arrive as zips, and the direct
// export streams them without a Content-Length - a connection that ends early would otherwise leave a
// file that looks whole. Opening with ZIP_CHECKCONS reads the central directory at the end of the file
// and checks it against the entries' local headers, so a truncated or garbled download is caught before
// the file is renamed into place. Reading is by entry, so memory stays at one entry's size.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(lsdesk::ZipArchive)
public:
    struct Entry
    {
        QString name;
        qint64 size = 0; // uncompressed
        quint32 crc = 0; // CRC-32 of the uncompressed bytes, as the central directory records it
    };

    // Opens and checks `path`; error() says why when it is not a whole zip archive.
    explicit ZipArchive(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    const QString &error() const { return m_error; }
    // In the archive's own order.
    QList<Entry> entries() const;
    // The uncompressed bytes of `name` (its CRC checked by libzip while reading); empty with error()
    // set when it is missing, unreadable, or larger than `maxBytes`.
    QByteArray read(const QString &name, qint64 maxBytes = 64 * 1024 * 1024);

    // Whether the file starts like a zip archive (a local file header, or the end record of an empty zip).
    static bool looksLikeZip(const QString &path);
    // Empty when `path` is a whole zip archive; else a sentence for people ("...is not complete...").
    static QString check(const QString &path);

private:
    zip *m_zip = nullptr;
    QString m_error;
};

} // namespace lsdesk

#include "ziparchive.h"

#include <QFile>
#include <zip.h>

namespace lsdesk {

namespace {
QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}
} // namespace

ZipArchive::ZipArchive(const QString &path)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (m_zip)
        return;
    switch (code) {
    case ZIP_ER_NOZIP:
    case ZIP_ER_INCONS:
        // Both mean what a cut download looks like: no end record, or one that points past the data.
        m_error = tr("The archive is not complete or is damaged (%1).").arg(zipErrorText(code));
        break;
    case ZIP_ER_NOENT:
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
        m_error = tr("The archive cannot be read back (%1).").arg(zipErrorText(code));
        break;
    default:
        m_error = tr("The archive cannot be opened (%1).").arg(zipErrorText(code));
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip); // read-only: nothing to write back
}

QList<ZipArchive::Entry> ZipArchive::entries() const
{
    QList<Entry> out;
    if (!m_zip)
        return out;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    out.reserve(int(n));
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &st) != 0)
            continue;
        Entry e;
        e.name = QString::fromUtf8(st.name);
        e.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : -1;
        e.crc = (st.valid & ZIP_STAT_CRC) ? st.crc : 0;
        out.append(e);
    }
    return out;
}

QByteArray ZipArchive::read(const QString &name, qint64 maxBytes)
{
    if (!m_zip)
        return {};
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, utf8.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        m_error = tr("The archive has no file %1.").arg(name);
        return {};
    }
    if (qint64(st.size) > maxBytes) {
        m_error = tr("%1 in the archive is larger than %2 bytes.").arg(name).arg(maxBytes);
        return {};
    }
    zip_file_t *file = zip_fopen(m_zip, utf8.constData(), 0);
    if (!file) {
        m_error
            = tr("%1 in the archive cannot be read: %2").arg(name, QString::fromUtf8(zip_strerror(m_zip)));
        return {};
    }
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < out.size()) {
        const zip_int64_t got = zip_fread(file, out.data() + done, zip_uint64_t(out.size() - done));
        if (got <= 0)
            break;
        done += got;
    }
    // libzip checks the CRC when a read meets the end of the entry: one more read must say "end" (0),
    // a mismatch shows up as -1.
    char probe = 0;
    const bool ok = done == out.size() && zip_fread(file, &probe, 1) == 0;
    if (!ok)
        m_error
            = tr("%1 in the archive is damaged: %2").arg(name, QString::fromUtf8(zip_file_strerror(file)));
    zip_fclose(file);
    return ok ? out : QByteArray();
}

bool ZipArchive::looksLikeZip(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4);
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

QString ZipArchive::check(const QString &path)
{
    const ZipArchive archive(path);
    return archive.error();
}

} // namespace lsdesk

#include "taskpreview.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPromise>
#include <QScrollArea>
#include <QThreadPool>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
// Text beyond this is cut in the preview: a QLabel lays out all of it on every resize.
constexpr int kMaxTextChars = 20000;
// Images are decoded at most this large (either side); the preview never shows more.
constexpr int kMaxImageSide = 4096;

QImage decodeImage(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxImageSide || size.height() > kMaxImageSide))
        reader.setScaledSize(size.scaled(kMaxImageSide, kMaxImageSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        *error = QCoreApplication::translate("TaskPreview", "Cannot show this image: %1")
                     .arg(reader.errorString());
    return image;
}

struct Decoded
{
    QImage image;
    QString error;
};
} // namespace

// An image scaled down to fit its width (never up), keeping its aspect; a status text until it has one.
class ImageView : public QLabel
{
public:
    explicit ImageView(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        setFocusPolicy(Qt::NoFocus);
    }

    void setImage(const QImage &image)
    {
        m_image = image;
        setText(QString());
        updateGeometry();
        update();
    }
    const QImage &image() const { return m_image; }

    QSize sizeHint() const override
    {
        if (m_image.isNull())
            return QLabel::sizeHint();
        return m_image.size() / m_image.devicePixelRatio();
    }
    QSize minimumSizeHint() const override
    {
        return m_image.isNull() ? QLabel::minimumSizeHint() : QSize(16, 16);
    }
    bool hasHeightForWidth() const override { return !m_image.isNull() || QLabel::hasHeightForWidth(); }
    int heightForWidth(int width) const override
    {
        if (m_image.isNull())
            return QLabel::heightForWidth(width);
        const QSize natural = sizeHint();
        if (width >= natural.width() || natural.width() <= 0)
            return natural.height();
        return int(qint64(natural.height()) * width / natural.width());
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (m_image.isNull()) {
            QLabel::paintEvent(event);
            return;
        }
        const QSize target = sizeHint().scaled(rect().size().boundedTo(sizeHint()), Qt::KeepAspectRatio);
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(QPoint(0, 0), target), m_image);
    }

private:
    QImage m_image;
};

TaskPreview::TaskPreview(MediaCache *media, QWidget *parent)
    : QWidget(parent)
    , m_media(media)
    , m_scroll(new QScrollArea(this))
    , m_empty(new QLabel(tr("No task selected."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Task data"));
    layout->addWidget(m_scroll);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // the palette's disabled text: a hint, not content
    layout->addWidget(m_empty);
    clear();
}

TaskPreview::~TaskPreview()
{
    cancelFetches();
}

void TaskPreview::setObjectTypes(const QHash<QString, QString> &types)
{
    m_types = types;
}

void TaskPreview::cancelFetches()
{
    for (Entry &e : m_entries) {
        if (e.ticket && m_media) {
            const MediaCache::Ticket t = std::exchange(e.ticket, 0);
            m_media->cancel(t);
        }
    }
}

void TaskPreview::clear()
{
    cancelFetches();
    ++m_generation;
    m_entries.clear();
    // The old widgets go with their container, and with them any image decode still running for them.
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->setVisible(false);
    m_empty->setVisible(true);
}

bool TaskPreview::looksLikeImage(const QString &value)
{
    static const char *const kExtensions[] = { ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg" };
    if (value.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive))
        return true;
    const QString path = QUrl(value.trimmed()).path().toLower();
    for (const char *ext : kExtensions) {
        if (path.endsWith(QLatin1String(ext)))
            return true;
    }
    return false;
}

TaskPreview::EntryKind TaskPreview::classify(const QString &key, const QJsonValue &value) const
{
    if (!value.isString())
        return EntryKind::Text;
    const QString v = value.toString().trimmed();
    const bool isUrl = !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\n'))
        && (v.startsWith(QLatin1Char('/')) || v.contains(QLatin1String("://"))
            || v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive));
    const auto type = m_types.constFind(key);
    if (type != m_types.constEnd()) {
        if (type->compare(QLatin1String("Image"), Qt::CaseInsensitive) == 0)
            return isUrl ? EntryKind::Image : EntryKind::Text;
        return isUrl ? EntryKind::Link : EntryKind::Text;
    }
    if (!isUrl)
        return EntryKind::Text;
    return looksLikeImage(v) ? EntryKind::Image : EntryKind::Link;
}

void TaskPreview::setTaskData(const QJsonObject &data)
{
    clear();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        addEntry(it.key(), it.value());
    m_scroll->setVisible(true);
    m_empty->setVisible(false);
}

void TaskPreview::addEntry(const QString &key, const QJsonValue &value)
{
    Entry e;
    e.key = key;
    e.kind = classify(key, value);

    auto *title = new QLabel(key, m_content);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_layout->insertWidget(m_layout->count() - 1, title);

    switch (e.kind) {
    case EntryKind::Text: {
        QString text = value.isString() ? value.toString()
            : value.isDouble()          ? QString::number(value.toDouble(), 'g', 15)
            : value.isBool()            ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : value.isNull()
            ? QString()
            : QString::fromUtf8(QJsonDocument(
                value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                                    .toJson(QJsonDocument::Indented));
        e.text = text;
        if (text.size() > kMaxTextChars)
            text = text.left(kMaxTextChars)
                + tr("\n… (%n more character(s))", nullptr, int(text.size() - kMaxTextChars));
        auto *label = new QLabel(m_content);
        label->setTextFormat(Qt::PlainText);
        label->setText(text);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setFocusPolicy(Qt::StrongFocus);
        label->setAccessibleName(key);
        title->setBuddy(label);
        e.label = label;
        m_layout->insertWidget(m_layout->count() - 1, label);
        break;
    }
    case EntryKind::Link: {
        const QString v = value.toString().trimmed();
        const MediaCache::Target target = m_media ? m_media->resolve(v) : MediaCache::Target {};
        auto *label = new QLabel(m_content);
        label->setWordWrap(true);
        label->setAccessibleName(key);
        if (target.access == MediaCache::Access::Server || target.access == MediaCache::Access::Foreign) {
            // Opened in the browser, which signs in on its own: our key is never put into a URL.
            e.text = target.url.toString();
            label->setTextFormat(Qt::RichText);
            label->setText(
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(target.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), v.toHtmlEscaped()));
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            label->setOpenExternalLinks(false);
            connect(label, &QLabel::linkActivated, this,
                [](const QString &link) { QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode)); });
        } else {
            e.text = v;
            label->setTextFormat(Qt::PlainText);
            label->setText(v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)
                    ? tr("(embedded data, %n character(s))", nullptr, int(v.size()))
                    : v);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        }
        e.label = label;
        m_layout->insertWidget(m_layout->count() - 1, label);
        break;
    }
    case EntryKind::Image: {
        auto *view = new ImageView(m_content);
        view->setAccessibleName(key);
        e.image = view;
        m_layout->insertWidget(m_layout->count() - 1, view);
        m_entries.append(e);
        startImage(m_entries.last(), value.toString());
        return;
    }
    }
    m_entries.append(e);
}

void TaskPreview::startImage(Entry &e, const QString &value)
{
    ImageView *view = e.image;
    const QString key = e.key;
    e.text = tr("Loading image…");
    e.loading = true;
    view->setText(e.text);
    if (!m_media) {
        e.text = tr("Images cannot be fetched here.");
        e.loading = false;
        view->setText(e.text);
        return;
    }
    const quint64 generation = m_generation;
    // The view is the context: when the task changes, the view goes and its fetch with it.
    e.ticket = m_media->fetch(value, view, [this, view, key, generation](const Result<QByteArray> &r) {
        if (generation != m_generation || r.error.kind == ApiError::Kind::Cancelled)
            return;
        if (Entry *entry = this->entry(key))
            entry->ticket = 0;
        const auto fail = [this, view, key](const QString &message) {
            if (Entry *entry = this->entry(key)) {
                entry->text = message;
                entry->loading = false;
            }
            view->setText(message);
            Q_EMIT imageFailed(key, message);
        };
        if (!r.ok()) {
            fail(tr("Cannot load the image: %1").arg(r.error.message));
            return;
        }
        // Decoding a large photo takes long enough to stall the window: it runs on the thread pool.
        auto promise = std::make_shared<QPromise<Decoded>>();
        auto *watcher = new QFutureWatcher<Decoded>(view);
        connect(watcher, &QFutureWatcher<Decoded>::finished, view, [this, view, key, watcher, fail] {
            watcher->deleteLater();
            const Decoded d = watcher->result();
            if (d.image.isNull()) {
                fail(d.error);
                return;
            }
            if (Entry *entry = this->entry(key)) {
                entry->text.clear();
                entry->loading = false;
            }
            view->setImage(d.image);
            Q_EMIT imageReady(key);
        });
        watcher->setFuture(promise->future());
        const QByteArray bytes = *r;
        QThreadPool::globalInstance()->start([promise, bytes] {
            promise->start();
            Decoded d;
            d.image = decodeImage(bytes, &d.error);
            promise->addResult(d);
            promise->finish();
        });
    });
}

TaskPreview::Entry *TaskPreview::entry(const QString &key)
{
    for (Entry &e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

const TaskPreview::Entry *TaskPreview::entry(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

QStringList TaskPreview::keys() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.key;
    return out;
}

TaskPreview::EntryKind TaskPreview::kindOf(const QString &key) const
{
    const Entry *e = entry(key);
    return e ? e->kind : EntryKind::Text;
}

QString TaskPreview::textOf(const QString &key) const
{
    const Entry *e = entry(key);
    return e ? e->text : QString();
}

QSize TaskPreview::imageSize(const QString &key) const
{
    const Entry *e = entry(key);
    return e && e->image ? e->image->image().size() : QSize();
}

bool TaskPreview::isLoading() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.loading; });
}

} // namespace lsdesk

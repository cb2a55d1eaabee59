#pragma once

#include "api/mediacache.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace lsdesk {

class ImageView;

// A task's data, key by key: text as selectable wrapped text, images fetched through the MediaCache
// (so the server's own media get the key and nothing else does) and scaled to fit, anything else as a
// link that opens in the browser.
class TaskPreview : public QWidget
{
    Q_OBJECT
public:
    enum class EntryKind { Text, Image, Link };

    explicit TaskPreview(MediaCache *media, QWidget *parent = nullptr);
    ~TaskPreview() override;

    // Object tag type per data key from the label config ({"image": "Image", "text": "Text"}); a key
    // without one is judged by its value (an http(s)/server URL ending in an image extension is an image).
    void setObjectTypes(const QHash<QString, QString> &types);
    void setTaskData(const QJsonObject &data);
    void clear();

    // For the pane and its tests: what is shown.
    QStringList keys() const;
    EntryKind kindOf(const QString &key) const;
    QString textOf(const QString &key) const; // a text entry's text, a link's URL, an image's status
    QSize imageSize(const QString &key) const; // the decoded image's size; invalid until it arrives
    bool isLoading() const;

    static bool looksLikeImage(const QString &value);

Q_SIGNALS:
    void imageReady(const QString &key);
    void imageFailed(const QString &key, const QString &message);

private:
    struct Entry
    {
        QString key;
        EntryKind kind = EntryKind::Text;
        QString text;
        QPointer<QLabel> label;
        QPointer<ImageView> image;
        MediaCache::Ticket ticket = 0;
        bool loading = false; // an image still on its way (fetch or decode)
    };

    EntryKind classify(const QString &key, const QJsonValue &value) const;
    void addEntry(const QString &key, const QJsonValue &value);
    void startImage(Entry &entry, const QString &value);
    void cancelFetches();
    Entry *entry(const QString &key);
    const Entry *entry(const QString &key) const;

    QPointer<MediaCache> m_media;
    QHash<QString, QString> m_types;
    QList<Entry> m_entries;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty;
    quint64 m_generation = 0;
};

} // namespace lsdesk

#include "configeditor/templatecatalog.h"

#include "api/templatesapi.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextDocumentFragment>
#include <algorithm>

namespace lsdesk {

namespace {

constexpr const char *kContext = "lsdesk::TemplateCatalog";
const QLatin1String kCustom("Custom");

// The web UI's groups (annotation_templates/groups.txt of Label Studio 1.23), in its order; marked for
// translation so that groupTitle() can show them in the user's language.
const char *const kGroups[] = {
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Custom"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Computer Vision"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Natural Language Processing"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Audio/Speech Processing"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Conversational AI"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Chat"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Ranking & Scoring"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Structured Data Parsing"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Time Series Analysis"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Videos"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Generative AI"),
    QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Community Contributions"),
};

struct BuiltIn
{
    const char *file; // ui/configeditor/templates/<file>.xml
    const char *group;
    const char *title;
    const char *description;
};

// lsdesk's own templates, one per family of the web UI's gallery at least. Written for lsdesk (not
// copied from Label Studio); each passes LabelInterface.validate() and the server's schema
// (tests/ui/configeditor/tst_templates).
const BuiltIn kBuiltIns[] = {
    { "blank", "Custom", QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Blank"),
        QT_TRANSLATE_NOOP(
            "lsdesk::TemplateCatalog", "An empty config: add objects and controls from the tag palette.") },
    { "image-bounding-boxes", "Computer Vision",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Object detection with bounding boxes"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Draw labelled rectangles around objects in images.") },
    { "image-polygons", "Computer Vision",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Image segmentation with polygons"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Outline regions of images with labelled polygons.") },
    { "image-classification", "Computer Vision",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Image classification"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Pick one class for each image.") },
    { "text-classification", "Natural Language Processing",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Text classification"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Pick one class for each text, e.g. its sentiment.") },
    { "named-entity-recognition", "Natural Language Processing",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Named entity recognition"),
        QT_TRANSLATE_NOOP(
            "lsdesk::TemplateCatalog", "Mark people, organizations, places and dates in text.") },
    { "relation-extraction", "Natural Language Processing",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Relation extraction"),
        QT_TRANSLATE_NOOP(
            "lsdesk::TemplateCatalog", "Mark entities in text and connect them with typed relations.") },
    { "audio-transcription", "Audio/Speech Processing",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Audio transcription"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Listen to a recording and write down what is said.") },
    { "dialogue-analysis", "Conversational AI",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Dialogue analysis"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog",
            "Label the turns of a conversation and rate its outcome. The task holds the dialogue as a list "
            "of {author, text}.") },
    { "pairwise-comparison", "Ranking & Scoring",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Pairwise comparison"),
        QT_TRANSLATE_NOOP(
            "lsdesk::TemplateCatalog", "Show two answers side by side and pick the better one.") },
    { "list-ranking", "Ranking & Scoring", QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Ranking a list"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog",
            "Order the results for a query by relevance. The task holds the items as a list of {id, title, "
            "body}.") },
    { "time-series-segmentation", "Time Series Analysis",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Time series segmentation"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog",
            "Mark normal and anomalous ranges of a signal read from a CSV file (columns time, value).") },
    { "video-object-tracking", "Videos",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Video object tracking"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Follow objects through a video with labelled boxes.") },
    { "video-timeline-segmentation", "Videos",
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Video timeline segmentation"),
        QT_TRANSLATE_NOOP("lsdesk::TemplateCatalog", "Mark labelled time ranges of a video.") },
};

QString readResource(const char *file)
{
    QFile f(QStringLiteral(":/lsdesk/configeditor/templates/%1.xml").arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

int knownGroupIndex(const QString &group)
{
    for (int i = 0; i < int(std::size(kGroups)); ++i) {
        if (group.compare(QLatin1String(kGroups[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

TemplateCatalog::TemplateCatalog()
    : m_templates(builtIns())
{ }

QList<ConfigTemplate> TemplateCatalog::builtIns()
{
    QList<ConfigTemplate> out;
    int order = 0;
    for (const BuiltIn &b : kBuiltIns) {
        ConfigTemplate t;
        t.id = QStringLiteral("builtin/") + QLatin1String(b.file);
        t.title = QCoreApplication::translate(kContext, b.title);
        t.group = QLatin1String(b.group);
        t.description = QCoreApplication::translate(kContext, b.description);
        t.xml = readResource(b.file);
        t.order = order++;
        out.append(t);
    }
    return out;
}

QString TemplateCatalog::blankXml()
{
    return readResource("blank");
}

QStringList TemplateCatalog::builtInGroups()
{
    QStringList out;
    for (const char *g : kGroups) {
        for (const BuiltIn &b : kBuiltIns) {
            if (qstrcmp(b.group, g) == 0) {
                out.append(QLatin1String(g));
                break;
            }
        }
    }
    return out;
}

QString TemplateCatalog::groupTitle(const QString &group)
{
    const int i = knownGroupIndex(group);
    return i >= 0 ? QCoreApplication::translate(kContext, kGroups[i]) : group;
}

QStringList TemplateCatalog::groups() const
{
    // The order: Custom, then the server's list when there is one, else the web UI's; then the rest as
    // they come.
    QStringList order { kCustom };
    if (!m_serverGroups.isEmpty()) {
        order += m_serverGroups;
    } else {
        for (const char *g : kGroups)
            order.append(QLatin1String(g));
    }
    QStringList out;
    for (const QString &g : std::as_const(order)) {
        const bool used = std::any_of(m_templates.cbegin(), m_templates.cend(),
            [&](const ConfigTemplate &t) { return t.group.compare(g, Qt::CaseInsensitive) == 0; });
        if (used && !out.contains(g, Qt::CaseInsensitive))
            out.append(g);
    }
    for (const ConfigTemplate &t : m_templates) {
        if (!out.contains(t.group, Qt::CaseInsensitive))
            out.append(t.group);
    }
    return out;
}

const ConfigTemplate *TemplateCatalog::find(const QString &id) const
{
    for (const ConfigTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int TemplateCatalog::mergeServer(const ServerTemplates &server)
{
    m_templates.erase(std::remove_if(m_templates.begin(), m_templates.end(),
                          [](const ConfigTemplate &t) { return t.source == ConfigTemplate::Source::Server; }),
        m_templates.end());
    m_serverGroups = server.groups;
    int added = 0;
    for (const ServerTemplate &s : server.templates) {
        ConfigTemplate t;
        t.group = s.group.isEmpty() ? QStringLiteral("Other") : s.group;
        t.id = QStringLiteral("server/%1/%2").arg(t.group, s.title);
        if (find(t.id))
            continue; // the same title twice in a group: the first one wins, as ids must be unique
        t.title = s.title;
        // "details" is HTML for the web UI's info panel; the chooser shows plain text.
        t.description = QTextDocumentFragment::fromHtml(s.details).toPlainText().trimmed();
        t.xml = s.config;
        t.source = ConfigTemplate::Source::Server;
        t.enterprise = s.type.compare(QLatin1String("enterprise"), Qt::CaseInsensitive) == 0;
        t.order = s.order;
        m_templates.append(t);
        ++added;
    }
    sort();
    return added;
}

int TemplateCatalog::serverCount() const
{
    return int(std::count_if(m_templates.cbegin(), m_templates.cend(),
        [](const ConfigTemplate &t) { return t.source == ConfigTemplate::Source::Server; }));
}

void TemplateCatalog::sort()
{
    const QStringList order = groups();
    std::stable_sort(
        m_templates.begin(), m_templates.end(), [&](const ConfigTemplate &a, const ConfigTemplate &b) {
            const auto ga = order.indexOf(a.group);
            const auto gb = order.indexOf(b.group);
            if (ga != gb)
                return ga < gb;
            if (a.source != b.source)
                return a.source == ConfigTemplate::Source::BuiltIn;
            return a.order < b.order;
        });
}

} // namespace lsdesk

#include "configeditor/tagcatalog.h"

#include "labelconfig/configbuilder.h"

#include <QCoreApplication>
#include <QSet>
#include <functional>

namespace lsdesk {

namespace {

constexpr const char *kContext = "lsdesk::TagCatalog";

TagInfo object(const char *tag, const char *name, const char *description, const char *keywords = "")
{
    TagInfo t;
    t.tag = QLatin1String(tag);
    t.kind = TagInfo::Kind::Object;
    t.baseName = QLatin1String(name);
    t.description = description;
    t.keywords = keywords;
    return t;
}

TagInfo control(const char *tag, const char *name, const QStringList &objects, const char *description,
    const char *keywords = "")
{
    TagInfo t;
    t.tag = QLatin1String(tag);
    t.kind = TagInfo::Kind::Control;
    t.baseName = QLatin1String(name);
    t.objects = objects;
    t.description = description;
    t.keywords = keywords;
    return t;
}

TagInfo layout(
    const char *tag, const XmlAttributes &attributes, const char *description, const char *keywords)
{
    TagInfo t;
    t.tag = QLatin1String(tag);
    t.kind = TagInfo::Kind::Layout;
    t.layoutAttributes = attributes;
    t.description = description;
    t.keywords = keywords;
    return t;
}

QList<TagInfo> buildTags()
{
    const QStringList any;
    const QStringList image { QStringLiteral("Image") };
    const QStringList video { QStringLiteral("Video") };
    QList<TagInfo> tags {
        // Objects: the SDK's object tags (object_tags._TAG_TO_CLASS).
        object("Image", "image", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "An image from a URL in the task"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "picture photo")),
        object("Text", "text", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Plain text from the task")),
        object("HyperText", "html", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "HTML markup from the task"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "html web page")),
        object("Audio", "audio", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "An audio file with a waveform"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "sound speech")),
        object("Video", "video", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A video file")),
        object("Paragraphs", "paragraphs",
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A list of paragraphs, e.g. the turns of a dialogue"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "dialogue conversation chat")),
        object("TimeSeries", "ts", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Time series from a CSV or JSON"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "signal sensor")),
        object("Table", "table", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A key-value table from the task")),
        object("List", "list", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A list of items to rank"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "ranking")),
        object("Chat", "chat", QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A chat conversation"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "dialogue conversation llm")),

        // Controls. Names follow Label Studio's own templates ("label" for every *Labels control).
        control("Choices", "choice", any,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Classification: pick one or more choices"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "classification checkbox radio")),
        control("Labels", "label",
            { QStringLiteral("Text"), QStringLiteral("HyperText"), QStringLiteral("Paragraphs"),
                QStringLiteral("Audio"), QStringLiteral("Image"), QStringLiteral("Video") },
            QT_TRANSLATE_NOOP(
                "lsdesk::TagCatalog", "Labels for spans of text or audio, and for region tools"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "named entity ner span segment")),
        control("RectangleLabels", "label", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labelled bounding boxes on an image"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "bounding box bbox object detection")),
        control("PolygonLabels", "label", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labelled polygons on an image"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "segmentation outline")),
        control("KeyPointLabels", "label", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labelled points on an image"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "keypoint landmark pose")),
        control("BrushLabels", "label", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labelled masks painted on an image"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "mask segmentation semantic")),
        control("EllipseLabels", "label", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labelled ellipses on an image"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "circle oval")),
        control("HyperTextLabels", "label", { QStringLiteral("HyperText") },
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labels for spans of HTML"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "named entity ner span html")),
        control("ParagraphLabels", "label", { QStringLiteral("Paragraphs") },
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labels for spans of paragraphs"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "dialogue span")),
        control("TimeSeriesLabels", "label", { QStringLiteral("TimeSeries") },
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labelled ranges of a time series"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "segment event signal")),
        control("TimelineLabels", "label", video,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Labelled time ranges of a video"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "video segment timeline")),
        control("VideoRectangle", "box", video,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Boxes tracked through a video"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "object tracking bounding box")),
        control("TextArea", "textarea", any,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Free text: transcription, answer, comment"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "transcription caption input")),
        control("Rating", "rating", any, QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A star rating"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "score stars")),
        control("Number", "number", any, QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A number"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "count score")),
        control("DateTime", "datetime", any, QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A date and/or time"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "date time")),
        control("Taxonomy", "taxonomy", any,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Hierarchical classification"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "tree hierarchy classification")),
        control("Pairwise", "pairwise", any,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Pick the better of two objects"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "comparison compare ranking")),
        control("Ranker", "rank", { QStringLiteral("List") },
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Rank or sort the items of a List"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "ranking sort order")),
        control("Relations", "", any,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Types for the relations drawn between regions"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "relation extraction link")),
        // The tools without labels, paired with a Labels control in the same config.
        control("Rectangle", "rectangle", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Boxes on an image (labels from a Labels control)"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "bounding box tool")),
        control("Polygon", "polygon", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Polygons on an image (labels from a Labels control)"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "segmentation tool")),
        control("KeyPoint", "keypoint", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Points on an image (labels from a Labels control)"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "landmark tool")),
        control("Ellipse", "ellipse", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Ellipses on an image (labels from a Labels control)"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "circle tool")),
        control("Brush", "brush", image,
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "Masks on an image (labels from a Labels control)"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "mask tool")),

        // Layout.
        layout("View", {}, QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A container to group and style tags"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "group container layout")),
        layout("Header", { { QStringLiteral("value"), QStringLiteral("Header") } },
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A heading or instruction text"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "title instruction")),
        // A TimeSeries shows nothing without a Channel: one per column of the series to plot.
        layout("Channel", { { QStringLiteral("column"), QStringLiteral("value") } },
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "A column of a time series to plot (inside TimeSeries)"),
            QT_TRANSLATE_NOOP("lsdesk::TagCatalog", "time series column channel plot")),
    };
    for (TagInfo &t : tags) {
        // Label Studio refuses Choices without a Choice and Labels without a Label ("'Choice' is a
        // required property", label_config_schema.json); every other control is valid empty, so it gets
        // no placeholder and the label editor adds the real ones.
        if (t.tag == QLatin1String("Choices"))
            t.defaultItems = QStringList { QStringLiteral("Choice 1"), QStringLiteral("Choice 2") };
        else if (t.tag == QLatin1String("Labels"))
            t.defaultItems = QStringList { QStringLiteral("Label 1"), QStringLiteral("Label 2") };
        else if (t.tag == QLatin1String("Pairwise"))
            t.toNameCount = 2;
        else if (t.tag == QLatin1String("Relations"))
            t.toNameCount = 0; // relations connect regions; the tag has neither name nor toName
        else if (t.tag == QLatin1String("Channel"))
            t.parents = QStringList { QStringLiteral("TimeSeries") };
    }
    return tags;
}

// The object elements of a config in document order, by name (the order the SDK and Label Studio read
// them in; "last compatible" means last in the text).
QList<const XmlNode *> objectsInOrder(const LabelInterface *config)
{
    QList<const XmlNode *> out;
    if (!config || !config->document().root())
        return out;
    config->document().root()->forEachElement([&](XmlNode *n) {
        if (tags::isObjectTag(n->name()) && n->hasAttribute(QStringLiteral("name")))
            out.append(n);
    });
    return out;
}

} // namespace

QString TagInfo::descriptionText() const
{
    return description ? QCoreApplication::translate(kContext, description) : QString();
}

QString TagInfo::keywordsText() const
{
    return keywords && *keywords ? QCoreApplication::translate(kContext, keywords) : QString();
}

bool TagInfo::accepts(const QString &objectTag) const
{
    if (kind != Kind::Control || !tags::isObjectTag(objectTag))
        return false;
    return objects.isEmpty() || objects.contains(objectTag, Qt::CaseInsensitive);
}

const QList<TagInfo> &TagCatalog::tags()
{
    static const QList<TagInfo> list = buildTags();
    return list;
}

std::optional<ElementPath> TagCatalog::parentFor(
    const TagInfo &info, const LabelInterface *config, const ElementPath &selected)
{
    if (!config || info.parents.isEmpty())
        return std::nullopt;
    const auto isParent = [&info](const XmlNode *n) {
        return n && n->isElement() && info.parents.contains(n->name(), Qt::CaseInsensitive);
    };
    for (ElementPath p = selected;; p.removeLast()) {
        if (isParent(ConfigDocument::elementIn(config, p)))
            return p;
        if (p.isEmpty())
            break;
    }
    const XmlNode *last = nullptr;
    std::function<void(const XmlNode *)> walk = [&](const XmlNode *n) {
        if (isParent(n))
            last = n;
        for (const XmlNode *c : n->childElements())
            walk(c);
    };
    walk(config->document().root());
    if (!last)
        return std::nullopt;
    return ConfigDocument::pathOf(last);
}

const TagInfo *TagCatalog::find(const QString &tag)
{
    for (const TagInfo &t : tags()) {
        if (t.tag.compare(tag, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

QString TagCatalog::groupTitle(TagInfo::Kind kind)
{
    switch (kind) {
    case TagInfo::Kind::Object:
        return QCoreApplication::translate(kContext, "Objects");
    case TagInfo::Kind::Control:
        return QCoreApplication::translate(kContext, "Controls");
    case TagInfo::Kind::Layout:
        return QCoreApplication::translate(kContext, "Layout");
    }
    return {};
}

QString TagCatalog::uniqueName(const LabelInterface *config, const QString &base)
{
    QSet<QString> taken;
    if (config && config->document().root()) {
        config->document().root()->forEachElement([&](XmlNode *n) {
            if (n->hasAttribute(QStringLiteral("name")))
                taken.insert(n->attribute(QStringLiteral("name")));
        });
    }
    if (!taken.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QLatin1Char('_') + QString::number(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

ElementSpec TagCatalog::elementFor(const TagInfo &info, const QString &name, const QStringList &toName)
{
    if (info.kind == TagInfo::Kind::Layout)
        return ElementSpec { info.tag, info.layoutAttributes, {} };
    if (info.baseName.isEmpty() || name.isEmpty())
        return ElementSpec { info.tag, {}, {} };

    // The tags-list entry {name: tag} (or choices()/labels() with the placeholders) through the builder's
    // own conversion, so that the defaults and their order are the SDK's.
    SpecTag entry;
    entry.key = name;
    entry.tag = info.tag;
    if (!info.defaultItems.isEmpty()) {
        QList<SpecValue> items;
        for (const QString &v : info.defaultItems)
            items.append(SpecValue::string(v));
        entry.form = info.tag == QLatin1String("Choices") ? SpecTag::Form::Choices : SpecTag::Form::Labels;
        entry.items = SpecValue::array(items);
    } else {
        entry.form = SpecTag::Form::String;
    }
    std::optional<SpecNode> node = ConfigBuilder::convert(entry, nullptr);
    if (!node)
        return ElementSpec { info.tag, {}, {} };
    // convert_tags_description sets the default toName after _convert, so it comes after name.
    if (info.isControl() && !toName.isEmpty())
        node->attributes.set(QStringLiteral("toName"), SpecValue::string(toName.join(QLatin1Char(','))));
    return ElementSpec::fromSpecNode(*node);
}

QStringList TagCatalog::toNameFor(
    const TagInfo &info, const LabelInterface *config, const ElementPath &selected)
{
    if (!info.isControl() || info.toNameCount <= 0 || !config)
        return {};
    QList<const XmlNode *> compatible;
    for (const XmlNode *n : objectsInOrder(config)) {
        if (info.accepts(n->name()))
            compatible.append(n);
    }
    if (compatible.isEmpty())
        return {};
    const auto byName = [&](const QString &name) -> const XmlNode * {
        for (const XmlNode *n : compatible) {
            if (n->attribute(QStringLiteral("name")) == name)
                return n;
        }
        return nullptr;
    };

    // The selection, or the nearest ancestor of it that is an object or a control (a selected Label
    // stands for its control).
    const XmlNode *preferred = nullptr;
    for (const XmlNode *n = ConfigDocument::elementIn(config, selected); n && n->parent() && !preferred;
         n = n->parent()) {
        if (tags::isObjectTag(n->name())) {
            preferred = byName(n->attribute(QStringLiteral("name")));
            break;
        }
        if (tags::isControlTag(n->name())) {
            const QStringList targets = n->attribute(QStringLiteral("toName")).split(QLatin1Char(','));
            for (const QString &t : targets) {
                if ((preferred = byName(t.trimmed())))
                    break;
            }
            break;
        }
    }
    if (!preferred)
        preferred = compatible.last();

    QList<const XmlNode *> chosen { preferred };
    for (qsizetype i = compatible.size() - 1; i >= 0 && chosen.size() < info.toNameCount; --i) {
        if (!chosen.contains(compatible[i]))
            chosen.append(compatible[i]);
    }
    QStringList out;
    for (const XmlNode *n : compatible) {
        if (chosen.contains(n))
            out.append(n->attribute(QStringLiteral("name")));
    }
    return out;
}

} // namespace lsdesk

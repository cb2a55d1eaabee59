// What a label config says about each control tag (its metric, perRegion, ranges), and the metric of
// a result "type" when there is no config (docs/agreement.md "Reading results").
#include "agreement/regions.h"
#include "labelconfig/labelinterface.h"

namespace lsdesk::agreement {

MetricKind kindOfResultType(const QString &type)
{
    static const QHash<QString, MetricKind> kinds = {
        { QStringLiteral("choices"), MetricKind::Choices },
        { QStringLiteral("number"), MetricKind::Number },
        { QStringLiteral("rating"), MetricKind::Rating },
        { QStringLiteral("labels"), MetricKind::TextSpans },
        { QStringLiteral("hypertextlabels"), MetricKind::HyperTextSpans },
        { QStringLiteral("paragraphlabels"), MetricKind::HyperTextSpans },
        { QStringLiteral("timeserieslabels"), MetricKind::TimeSpans },
        { QStringLiteral("timelinelabels"), MetricKind::TimeSpans },
        { QStringLiteral("rectanglelabels"), MetricKind::Boxes },
        { QStringLiteral("rectangle"), MetricKind::Boxes },
        { QStringLiteral("polygonlabels"), MetricKind::Polygons },
        { QStringLiteral("polygon"), MetricKind::Polygons },
        { QStringLiteral("keypointlabels"), MetricKind::KeyPoints },
        { QStringLiteral("keypoint"), MetricKind::KeyPoints },
        { QStringLiteral("textarea"), MetricKind::TextArea },
        { QStringLiteral("taxonomy"), MetricKind::Taxonomy },
    };
    // Result types are lowercase already; lowercase only what misses.
    const auto it = kinds.constFind(type);
    if (it != kinds.cend())
        return *it;
    return kinds.value(type.toLower(), MetricKind::Exact);
}

QHash<QString, ControlHint> hintsFromConfig(const QString &labelConfigXml)
{
    QHash<QString, ControlHint> hints;
    XmlError error;
    const auto li = LabelInterface::parse(labelConfigXml, &error);
    if (!li || error.isError())
        return hints;
    for (const ControlTagInfo &c : li->controls()) {
        ControlHint h;
        const QString tag = c.tag.toLower();
        h.kind = kindOfResultType(tag);
        const ObjectTagInfo *object = nullptr;
        for (const QString &name : c.toName) {
            if ((object = li->object(name.trimmed())))
                break;
        }
        const QString objectTag = object ? object->tag.toLower() : QString();
        if (tag == QLatin1String("labels")) {
            // Plain Labels take their shape from the object: seconds on audio/video, xpaths on HTML.
            if (objectTag == QLatin1String("audio") || objectTag == QLatin1String("audioplus")
                || objectTag == QLatin1String("video") || objectTag == QLatin1String("timeseries"))
                h.kind = MetricKind::TimeSpans;
            else if (objectTag == QLatin1String("hypertext") || objectTag == QLatin1String("paragraphs"))
                h.kind = MetricKind::HyperTextSpans;
        }
        h.perRegion = c.attribute(QStringLiteral("perRegion")) == QLatin1String("true");
        if (h.kind == MetricKind::Number) {
            h.minValue = c.attribute(QStringLiteral("min")).toDouble();
            h.maxValue = c.attribute(QStringLiteral("max")).toDouble();
        }
        if (h.kind == MetricKind::Rating) {
            bool ok = false;
            const int r = c.attribute(QStringLiteral("maxRating")).toInt(&ok);
            if (ok && r > 1)
                h.maxRating = r;
        }
        if (object && object->valueIsVariable())
            h.objectText = object->valueName();
        hints.insert(c.name, h);
    }
    return hints;
}

} // namespace lsdesk::agreement

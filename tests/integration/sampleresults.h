#pragma once

// Annotation results for the tests' "sentiment + NER" configs (Text "text", Choices "sentiment", Labels
// "ner"), as the web UI writes them: the config-diff and config-save tests annotate with these.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lsdesk::test {

inline QJsonObject choiceResult(const QString &choice, const QString &control = QStringLiteral("sentiment"))
{
    return { { QStringLiteral("from_name"), control }, { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { choice } } } } };
}

// A span over the first four characters ("task" in "task N").
inline QJsonObject spanResult(const QString &label, const QString &control = QStringLiteral("ner"))
{
    return { { QStringLiteral("from_name"), control }, { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("labels") },
        { QStringLiteral("value"),
            QJsonObject { { QStringLiteral("start"), 0 }, { QStringLiteral("end"), 4 },
                { QStringLiteral("text"), QStringLiteral("task") },
                { QStringLiteral("labels"), QJsonArray { label } } } } };
}

} // namespace lsdesk::test

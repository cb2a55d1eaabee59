// The server's parsed_label_config and a config's sample task, on top of LabelInterface::parse.

#include "labelinterface.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace lsdesk {

namespace {
// Python's truthiness of an attribute: present and non-empty.
bool truthy(const XmlNode *n, const char *name)
{
    return !n->attribute(QLatin1String(name)).isEmpty();
}

bool isControlNode(const XmlNode *n)
{
    return truthy(n, "name") && truthy(n, "toName") && n->name() != QLatin1String("Filter");
}

bool isObjectNode(const XmlNode *n)
{
    return truthy(n, "name") && (truthy(n, "value") || truthy(n, "valueList"));
}

QJsonObject attributesJson(const XmlAttributes &attrs)
{
    QJsonObject o;
    for (const auto &a : attrs)
        o.insert(a.first, a.second);
    return o;
}
} // namespace

std::optional<QJsonObject> LabelInterface::parsedLabelConfig(QString *error) const
{
    // label_studio_tools parse_config: its own walk, slightly different from LabelInterface.parse —
    // labels may come from valueList, inputs come from any tag with name and value/valueList, and
    // "indexFlag" variables (Repeater) turn matching to_name entries into regexes.
    struct Output
    {
        QString name;
        QJsonObject info;
        QStringList toName;
    };
    QList<Output> outputs;
    QHash<QString, QJsonObject> inputs;
    QHash<QString, QList<QPair<QString, QJsonObject>>> labels;
    QHash<QString, QHash<QString, qsizetype>> labelIndex;
    QStringList variables;
    static const QRegularExpression hasVariable(QStringLiteral("^\\$[A-Za-z_]+$"));
    bool failed = false;

    const auto outputIndex = [&](const QString &name) {
        for (int i = 0; i < outputs.size(); ++i) {
            if (outputs[i].name == name)
                return i;
        }
        return -1;
    };

    m_doc->root()->forEachElement([&](XmlNode *n) {
        if (failed)
            return;
        if (n->hasAttribute(QStringLiteral("indexFlag")))
            variables << n->attribute(QStringLiteral("indexFlag"));
        if (isControlNode(n)) {
            QJsonObject info { { QStringLiteral("type"), n->name() } };
            const QStringList toName = n->attribute(QStringLiteral("toName")).split(QLatin1Char(','));
            info.insert(QStringLiteral("to_name"), QJsonArray::fromStringList(toName));
            QJsonObject regex;
            for (const QString &v : std::as_const(variables)) {
                for (const QString &t : toName) {
                    if (t.contains(v))
                        regex.insert(v, QStringLiteral(".*"));
                }
            }
            if (!regex.isEmpty())
                info.insert(QStringLiteral("regex"), regex);
            QJsonObject conditionals;
            if (n->attribute(QStringLiteral("perRegion")) == QLatin1String("true")) {
                if (truthy(n, "whenTagName"))
                    conditionals = { { QStringLiteral("type"), QStringLiteral("tag") },
                        { QStringLiteral("name"), n->attribute(QStringLiteral("whenTagName")) } };
                else if (truthy(n, "whenLabelValue"))
                    conditionals = { { QStringLiteral("type"), QStringLiteral("label") },
                        { QStringLiteral("name"), n->attribute(QStringLiteral("whenLabelValue")) } };
                else if (truthy(n, "whenChoiceValue"))
                    conditionals = { { QStringLiteral("type"), QStringLiteral("choice") },
                        { QStringLiteral("name"), n->attribute(QStringLiteral("whenChoiceValue")) } };
            }
            if (!conditionals.isEmpty())
                info.insert(QStringLiteral("conditionals"), conditionals);
            if (hasVariable.match(n->attribute(QStringLiteral("value"))).hasMatch() || truthy(n, "apiUrl"))
                info.insert(QStringLiteral("dynamic_labels"), true);
            const QString name = n->attribute(QStringLiteral("name"));
            const int at = outputIndex(name);
            if (at >= 0)
                outputs[at] = { name, info, toName };
            else
                outputs.append({ name, info, toName });
        } else if (isObjectNode(n)) {
            QJsonObject input { { QStringLiteral("type"), n->name() } };
            const bool hasVt = n->hasAttribute(QStringLiteral("valueType"));
            input.insert(QStringLiteral("valueType"),
                hasVt ? QJsonValue(n->attribute(QStringLiteral("valueType"))) : QJsonValue(QJsonValue::Null));
            const auto lstripDollar = [](QString s) {
                while (s.startsWith(QLatin1Char('$')))
                    s.remove(0, 1);
                return s;
            };
            if (n->hasAttribute(QStringLiteral("value")))
                input.insert(QStringLiteral("value"), lstripDollar(n->attribute(QStringLiteral("value"))));
            else
                input.insert(
                    QStringLiteral("valueList"), lstripDollar(n->attribute(QStringLiteral("valueList"))));
            inputs.insert(n->attribute(QStringLiteral("name")), input);
        }
        if (!tags::isLabelTag(n->name()))
            return;
        for (XmlNode *p = n->parent(); p; p = p->parent()) {
            const QString pname = p->attribute(QStringLiteral("name"));
            if (pname.isEmpty() || outputIndex(pname) < 0)
                continue;
            QString value = n->attribute(QStringLiteral("alias"));
            if (value.isEmpty())
                value = n->attribute(QStringLiteral("value"));
            if (value.isEmpty())
                value = n->attribute(QStringLiteral("valueList"));
            if (value.isEmpty())
                break;
            auto &list = labels[pname];
            QHash<QString, qsizetype> &index = labelIndex[pname];
            const QJsonObject attrs = attributesJson(n->attributes());
            const auto at = index.constFind(value);
            if (at != index.constEnd()) {
                list[*at].second = attrs;
            } else {
                index.insert(value, list.size());
                list.append({ value, attrs });
            }
            break;
        }
    });
    if (failed)
        return std::nullopt;
    Q_UNUSED(error)

    QJsonObject result;
    for (Output &o : outputs) {
        QJsonArray inputList;
        for (const QString &t : std::as_const(o.toName)) {
            if (inputs.contains(t))
                inputList.append(inputs.value(t));
        }
        o.info.insert(QStringLiteral("inputs"), inputList);
        QJsonArray labelList;
        QJsonObject labelAttrs;
        for (const auto &l : labels.value(o.name)) {
            labelList.append(l.first);
            labelAttrs.insert(l.first, l.second);
        }
        o.info.insert(QStringLiteral("labels"), labelList);
        o.info.insert(QStringLiteral("labels_attrs"), labelAttrs);
        result.insert(o.name, o.info);
    }
    return result;
}

QJsonObject LabelInterface::sampleTaskData() const
{
    // The SDK looks for a comment holding a JSON object with "data" anywhere in the config.
    QStringList comments = m_doc->outerComments();
    m_doc->root()->forEachElement([&](XmlNode *n) {
        for (int i = 0; i < n->childCount(); ++i) {
            if (n->child(i)->kind() == XmlNode::Kind::Comment)
                comments << n->child(i)->value();
        }
    });
    for (const QString &c : std::as_const(comments)) {
        const QJsonDocument d = QJsonDocument::fromJson(c.trimmed().toUtf8());
        if (d.isObject() && d.object().contains(QLatin1String("data")))
            return d.object().value(QLatin1String("data")).toObject();
    }
    return {};
}

} // namespace lsdesk

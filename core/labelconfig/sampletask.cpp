#include "labelconfig/sampletask.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("SampleTask", s);
}

struct GenerateCrash
{
    QString message;
};

// data_examples.json as the SDK holds it after data_examples(): top-level strings of both roots with
// <HOSTNAME> replaced.
const PyValue &dataExamples()
{
    static const PyValue examples = [] {
        QFile f(QStringLiteral(":/lsdesk/labelconfig/data_examples.json"));
        const bool opened = f.open(QIODevice::ReadOnly);
        Q_ASSERT_X(opened, "dataExamples", "the data_examples.json resource is missing");
        PyValue all = PyValue::fromJson(f.readAll()).value_or(PyValue::dict());
        for (const char *root : { "editor_preview", "upload" }) {
            const PyValue *r = all.get(QLatin1String(root));
            if (!r)
                continue;
            PyValue fixed = *r;
            for (int i = 0; i < fixed.size(); ++i) {
                if (fixed.at(i).isStr()) {
                    fixed.insert(fixed.keyAt(i),
                        PyValue::string(QString(fixed.at(i).str())
                                            .replace(QLatin1String("<HOSTNAME>"),
                                                QLatin1String("http://localhost:8080"))));
                }
            }
            all.insert(QLatin1String(root), fixed);
        }
        return all;
    }();
    return examples;
}

PyValue example(const PyValue &examples, const QString &key)
{
    const PyValue *v = examples.get(key);
    return v ? *v : PyValue();
}

std::optional<QString> attr(const ObjectTagInfo &o, const char *name)
{
    for (const auto &a : o.attributes) {
        if (a.first == QLatin1String(name))
            return a.second;
    }
    return std::nullopt;
}

// Python's `a or b` over attributes: an empty string counts as missing.
QString firstNonEmpty(const ObjectTagInfo &o, const char *a, const char *b, const QString &fallback)
{
    const QString x = attr(o, a).value_or(QString());
    if (!x.isEmpty())
        return x;
    const QString y = attr(o, b).value_or(QString());
    return y.isEmpty() ? fallback : y;
}

// urllib.parse.quote_plus
QString quotePlus(const QString &s)
{
    QString out;
    for (const char c : s.toUtf8()) {
        const auto u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '.'
            || u == '-' || u == '~')
            out += QLatin1Char(c);
        else if (u == ' ')
            out += QLatin1Char('+');
        else
            out += QLatin1Char('%') + QString::number(u, 16).toUpper().rightJustified(2, QLatin1Char('0'));
    }
    return out;
}

QString urlencode(const QList<QPair<QString, QString>> &params)
{
    QStringList parts;
    for (const auto &p : params)
        parts << quotePlus(p.first) + QLatin1Char('=') + quotePlus(p.second);
    return parts.join(QLatin1Char('&'));
}

bool truthyAttr(const XmlNode *n, const char *name)
{
    return !n->attribute(QLatin1String(name)).isEmpty();
}

// Whether the SDK built this object with ObjectTag.parse_node (its tag class) rather than as a generic
// ObjectTag twin of a Chat/ReactCode control.
bool parsedAsObject(const ObjectTagInfo &o)
{
    const XmlNode *n = o.node;
    if (!n || !truthyAttr(n, "name"))
        return false;
    if (truthyAttr(n, "toName") && n->name() != QLatin1String("Filter"))
        return false;
    return truthyAttr(n, "value") || truthyAttr(n, "valueList");
}

PyValue timeSeries(const ObjectTagInfo &o, bool onlyUrls)
{
    const QString timeColumn = attr(o, "timeColumn").value_or(QStringLiteral("time"));
    QList<std::optional<QString>> columns;
    for (const XmlNode *child : o.node->childElements()) {
        if (child->name() == QLatin1String("Channel"))
            columns << (child->hasAttribute(QStringLiteral("column"))
                    ? std::optional<QString>(child->attribute(QStringLiteral("column")))
                    : std::nullopt);
    }
    const auto sep = attr(o, "sep");
    const auto timeFormat = attr(o, "timeFormat");
    if (onlyUrls) {
        QStringList values;
        for (const auto &c : std::as_const(columns)) {
            if (!c)
                throw GenerateCrash {
                    tr("a <Channel> of TimeSeries \"%1\" has no column attribute").arg(o.name)
                };
            values << *c;
        }
        QList<QPair<QString, QString>> params { { QStringLiteral("time"), timeColumn },
            { QStringLiteral("values"), values.join(QLatin1Char(',')) } };
        if (sep && !sep->isEmpty())
            params.append({ QStringLiteral("sep"), *sep });
        if (timeFormat && !timeFormat->isEmpty())
            params.append({ QStringLiteral("tf"), *timeFormat });
        return PyValue::string(QStringLiteral("/samples/time-series.csv?") + urlencode(params));
    }
    // The SDK only generates numeric time axes: a strftime format (or "yyyy-MM-dd") raises.
    if (timeFormat && (timeFormat->contains(QLatin1Char('%')) || *timeFormat == QLatin1String("yyyy-MM-dd")))
        throw GenerateCrash {
            tr("TimeSeries \"%1\": sample data with a timeFormat is not supported").arg(o.name)
        };
    constexpr int n = 100;
    PyValue times = PyValue::list();
    for (int i = 0; i < n; ++i)
        times.append(PyValue::integer(i));
    PyValue ts = PyValue::dict();
    ts.insert(timeColumn, times);
    int k = 0;
    for (const auto &c : std::as_const(columns)) {
        // The SDK draws numpy.random.randn(100); a reproducible wave serves the same purpose.
        PyValue values = PyValue::list();
        for (int i = 0; i < n; ++i)
            values.append(PyValue::real(std::sin(0.1 * i + k)));
        ts.insert(c.value_or(QStringLiteral("null")), values); // json.dumps writes a None key as "null"
        ++k;
    }
    return ts;
}

PyValue exampleFor(const ObjectTagInfo &o, const PyValue &examples, const PyValue &upload, bool secure)
{
    const QString valueType = firstNonEmpty(o, "valueType", "valuetype", QString());
    const bool onlyUrls = secure || valueType == QLatin1String("url");
    const QString tag = o.tag.toLower();
    if (parsedAsObject(o)) {
        if (tag == QLatin1String("audio"))
            return example(examples, QStringLiteral("Audio"));
        if (tag == QLatin1String("image"))
            return example(examples, QStringLiteral("Image"));
        if (tag == QLatin1String("table"))
            return example(examples, QStringLiteral("Table"));
        if (tag == QLatin1String("text"))
            return example(examples, onlyUrls ? QStringLiteral("TextUrl") : QStringLiteral("TextRaw"));
        if (tag == QLatin1String("video"))
            return example(examples, QStringLiteral("Video"));
        if (tag == QLatin1String("chat"))
            return example(examples, QStringLiteral("Chat"));
        if (tag == QLatin1String("list"))
            return example(upload, QStringLiteral("List")); // always the upload examples, which have none
        if (tag == QLatin1String("hypertext")) {
            if (o.value == QLatin1String("video"))
                return example(upload, QStringLiteral("$videoHack"));
            const PyValue v
                = example(upload, onlyUrls ? QStringLiteral("HyperTextUrl") : QStringLiteral("HyperText"));
            return v.truthy() ? v : example(upload, QStringLiteral("HyperText"));
        }
        if (tag == QLatin1String("paragraphs")) {
            const QString nameKey = firstNonEmpty(o, "nameKey", "namekey", QStringLiteral("author"));
            const QString textKey = firstNonEmpty(o, "textKey", "textkey", QStringLiteral("text"));
            if (onlyUrls) {
                const PyValue base = example(examples, QStringLiteral("ParagraphsUrl"));
                if (!base.isStr())
                    throw GenerateCrash { tr(
                        "Paragraphs \"%1\": there is no sample URL for paragraphs in this mode")
                                              .arg(o.name) };
                return PyValue::string(base.str()
                    + urlencode(
                        { { QStringLiteral("nameKey"), nameKey }, { QStringLiteral("textKey"), textKey } }));
            }
            PyValue out = PyValue::list();
            const PyValue paragraphs = example(examples, QStringLiteral("Paragraphs"));
            for (const PyValue &item : paragraphs.items()) {
                PyValue p = PyValue::dict();
                p.insert(nameKey, *item.get(QStringLiteral("author")));
                p.insert(textKey, *item.get(QStringLiteral("text")));
                out.append(p);
            }
            return out;
        }
        if (tag == QLatin1String("timeseries"))
            return timeSeries(o, onlyUrls);
    }
    // ObjectTag.generate_example_value: by "$" + value, by tag kind, else by the tag's exact name.
    const PyValue byName = example(examples, QLatin1Char('$') + o.value);
    if (byName.truthy())
        return byName;
    QString byKind;
    if (tag.endsWith(QLatin1String("labels")))
        byKind = QStringLiteral("Labels");
    else if (tag == QLatin1String("choices"))
        byKind
            = firstNonEmpty(o, "allowNested", "allownested", QStringLiteral("false")) == QLatin1String("true")
            ? QStringLiteral("NestedChoices")
            : QStringLiteral("Choices");
    if (!byKind.isEmpty()) {
        // Only the editor_preview examples have these; the SDK raises KeyError in upload mode.
        if (!examples.contains(byKind))
            throw GenerateCrash {
                tr("<%1 name=\"%2\">: there is no sample for this tag in this mode").arg(o.tag, o.name)
            };
        return example(examples, byKind);
    }
    // The SDK sets examples["Text"] just before this lookup.
    if (o.tag == QLatin1String("Text"))
        return example(examples, onlyUrls ? QStringLiteral("TextUrl") : QStringLiteral("TextRaw"));
    const PyValue *byTag = examples.get(o.tag);
    return byTag ? *byTag : PyValue::string(QStringLiteral("Something"));
}
} // namespace

std::optional<PyValue> generateSampleTask(
    const LabelInterface &config, SampleMode mode, bool secureMode, QString *error)
{
    const PyValue &all = dataExamples();
    const PyValue examples = example(
        all, mode == SampleMode::Upload ? QStringLiteral("upload") : QStringLiteral("editor_preview"));
    const PyValue upload = example(all, QStringLiteral("upload"));
    PyValue task = PyValue::dict();
    for (const ObjectTagInfo &o : config.objects()) {
        if (!o.node
            || (!o.node->hasAttribute(QStringLiteral("value"))
                && !o.node->hasAttribute(QStringLiteral("valueList")))) {
            if (error)
                *error = tr("<%1 name=\"%2\"> has no value attribute, so no task field to fill.")
                             .arg(o.tag, o.name);
            return std::nullopt;
        }
        try {
            task.insert(o.valueName(), exampleFor(o, examples, upload, secureMode));
        } catch (const GenerateCrash &crash) {
            if (error)
                *error = crash.message;
            return std::nullopt;
        }
    }
    return task;
}

} // namespace lsdesk

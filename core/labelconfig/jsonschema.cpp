#include "labelconfig/jsonschema.h"

#include "labelconfig/validate_python.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <initializer_list>
#include <utility>

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("JsonSchema", s);
}

// Where the SDK's to_json_schema raises; carries lsdesk's message.
struct SchemaCrash
{
    QString message;
};

PyValue s(const char *v)
{
    return PyValue::string(QLatin1String(v));
}
PyValue s(const QString &v)
{
    return PyValue::string(v);
}
PyValue i(qint64 v)
{
    return PyValue::integer(v);
}
PyValue b(bool v)
{
    return PyValue::boolean(v);
}
PyValue l(std::initializer_list<PyValue> items)
{
    return PyValue::list(std::vector<PyValue>(items));
}
PyValue strings(const QStringList &items)
{
    PyValue out = PyValue::list();
    for (const QString &x : items)
        out.append(PyValue::string(x));
    return out;
}
// A dict literal, keys in the order the SDK's source writes them (json.dumps keeps it).
PyValue d(std::initializer_list<std::pair<const char *, PyValue>> members)
{
    PyValue out = PyValue::dict();
    for (const auto &m : members)
        out.insert(QLatin1String(m.first), m.second);
    return out;
}

std::optional<QString> attr(const ControlTagInfo &c, const char *name)
{
    for (const auto &a : c.attributes) {
        if (a.first == QLatin1String(name))
            return a.second;
    }
    return std::nullopt;
}

QString firstToName(const ControlTagInfo &c)
{
    return c.toName.value(0);
}

PyValue number(qint64 min, qint64 max)
{
    return d({ { "type", s("number") }, { "minimum", i(min) }, { "maximum", i(max) } });
}

// ControlTag._labels_json_schema
PyValue labelsArray(const ControlTagInfo &c)
{
    PyValue schema = d({ { "type", s("array") },
        { "items", d({ { "type", s("string") }, { "enum", strings(c.labels) } }) }, { "minItems", i(1) } });
    if (attr(c, "choice") != QStringLiteral("multiple"))
        schema.insert(QStringLiteral("maxItems"), i(1));
    return schema;
}

PyValue spanIndex()
{
    return d({ { "oneOf",
        l({ d({ { "type", s("integer") }, { "minimum", i(0) } }),
            d({ { "type", s("number") }, { "minimum", i(0) } }) }) } });
}

PyValue vertexSchema()
{
    return d({ { "type", s("object") },
        { "properties",
            d({ { "x", d({ { "type", s("number") } }) }, { "y", d({ { "type", s("number") } }) },
                { "id", d({ { "type", s("string") } }) }, { "isBezier", d({ { "type", s("boolean") } }) },
                { "prevPointId", d({ { "type", s("string") } }) } }) },
        { "required", l({ s("x"), s("y") }) } });
}

PyValue brushProperties()
{
    return d({ { "format", d({ { "type", s("string") }, { "enum", l({ s("rle") }) } }) },
        { "rle",
            d({ { "type", s("array") },
                { "items", d({ { "type", s("integer") }, { "minimum", i(0) }, { "maximum", i(255) } }) },
                { "minItems", i(1) } }) } });
}

PyValue ellipseProperties()
{
    return d({ { "x", number(0, 100) }, { "y", number(0, 100) }, { "radiusX", number(0, 50) },
        { "radiusY", number(0, 50) }, { "rotation", number(0, 360) } });
}

PyValue rectangleProperties()
{
    return d({ { "x", number(1, 99) }, { "y", number(1, 99) }, { "width", number(1, 99) },
        { "height", number(1, 99) }, { "rotation", number(0, 360) } });
}

PyValue vectorProperties()
{
    return d({ { "closed", d({ { "type", s("boolean") } }) },
        { "vertices", d({ { "type", s("array") }, { "items", vertexSchema() } }) } });
}

PyValue objectSchema(PyValue properties, PyValue required)
{
    return d({ { "type", s("object") }, { "properties", std::move(properties) },
        { "required", std::move(required) } });
}

PyValue withLabels(PyValue properties, const char *key, const ControlTagInfo &c)
{
    properties.insert(QLatin1String(key), labelsArray(c));
    return properties;
}

PyValue offsetSpanSchema(const ControlTagInfo &c, const char *key)
{
    return objectSchema(
        d({ { "start", spanIndex() }, { "end", spanIndex() },
            { "startOffset", d({ { "type", s("integer") }, { "minimum", i(0) } }) },
            { "endOffset", d({ { "type", s("integer") }, { "minimum", i(0) } }) }, { key, labelsArray(c) } }),
        l({ s("start"), s("end"), s(key) }));
}

PyValue videoVectorSequence(bool bounds)
{
    PyValue vertices = d({ { "type", s("array") } });
    if (bounds)
        vertices.insert(QStringLiteral("minItems"), i(2));
    vertices.insert(QStringLiteral("items"), vertexSchema());
    const auto num = [&](const char *type) {
        PyValue t = d({ { "type", s(type) } });
        if (bounds)
            t.insert(QStringLiteral("minimum"), i(0));
        return t;
    };
    PyValue item = d({ { "type", s("object") },
        { "properties",
            d({ { "time", num("number") }, { "frame", num("integer") },
                { "closed", d({ { "type", s("boolean") } }) }, { "enabled", d({ { "type", s("boolean") } }) },
                { "vertices", vertices } }) },
        { "required", l({ s("frame"), s("vertices") }) } });
    PyValue seq = d({ { "type", s("array") } });
    if (bounds)
        seq.insert(QStringLiteral("minItems"), i(1));
    seq.insert(QStringLiteral("items"), item);
    return seq;
}

// int(x) of an attribute text, as the SDK calls it unguarded.
PyValue intAttribute(const QString &text, const QString &what)
{
    const auto v = py::intFromString(text);
    if (!v)
        throw SchemaCrash { tr("%1 must be an integer, got %2").arg(what, pyReprString(text)) };
    return *v;
}

// ---- ReactCode outputs --------------------------------------------------------------------------

PyValue typeAlias(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\w+)\s*\(\s*(.+?)\s*\)$)"), QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(py::strip(value));
    if (!m.hasMatch())
        return d({ { "type", s("string") } });
    const QString alias = m.captured(1).toLower();
    QStringList args;
    for (const QString &a : m.captured(2).split(QLatin1Char(',')))
        args << py::strip(a);
    const auto nonEmpty = [&] {
        QStringList out;
        for (const QString &a : std::as_const(args)) {
            if (!py::strip(a).isEmpty())
                out << py::strip(a);
        }
        return out;
    };
    const auto toFloat = [](const QString &text) {
        const auto f = py::floatFromString(text);
        if (!f)
            throw SchemaCrash { tr("outputs: %1 is not a number").arg(pyReprString(text)) };
        return PyValue::real(*f);
    };
    if (alias == QLatin1String("choices"))
        return d({ { "type", s("string") }, { "enum", strings(nonEmpty()) } });
    if (alias == QLatin1String("multichoices"))
        return d({ { "type", s("array") },
            { "items", d({ { "type", s("string") }, { "enum", strings(nonEmpty()) } }) } });
    if (alias == QLatin1String("number")) {
        PyValue out = d({ { "type", s("number") } });
        if (args.size() > 0 && !py::strip(args.at(0)).isEmpty())
            out.insert(QStringLiteral("minimum"), toFloat(py::strip(args.at(0))));
        if (args.size() > 1 && !py::strip(args.at(1)).isEmpty())
            out.insert(QStringLiteral("maximum"), toFloat(py::strip(args.at(1))));
        return out;
    }
    if (alias == QLatin1String("rating")) {
        PyValue max = i(5);
        if (!args.isEmpty() && !py::strip(args.at(0)).isEmpty()) {
            const auto v = py::intFromString(py::strip(args.at(0)));
            if (!v)
                throw SchemaCrash { tr("outputs: %1 is not an integer").arg(pyReprString(args.at(0))) };
            max = *v;
        }
        return d({ { "type", s("integer") }, { "minimum", i(1) }, { "maximum", max } });
    }
    return d({ { "type", s("string") } });
}

PyValue reactCodeSchema(const ControlTagInfo &c)
{
    const QString outputs = attr(c, "outputs").value_or(QString());
    if (outputs.isEmpty() || py::strip(outputs).isEmpty())
        return d({ { "type", s("object") }, { "properties", PyValue::dict() } });
    const QString stripped = py::strip(outputs);
    if (stripped.startsWith(QLatin1Char('{'))) {
        if (const auto json = PyValue::fromJson(stripped.toUtf8())) {
            const PyValue *type = json->get(QStringLiteral("type"));
            const bool isObject = type && type->isStr() && type->str() == QLatin1String("object");
            const bool isArray = type && type->isStr() && type->str() == QLatin1String("array");
            if ((isObject && json->contains(QStringLiteral("properties")))
                || (isArray && json->contains(QStringLiteral("items"))))
                return *json;
            return d({ { "type", s("object") }, { "properties", *json } });
        }
    }
    // Fields split on , ; | tab newline outside parentheses, each "name" or "name:alias(args)".
    QStringList fields;
    QString current;
    int depth = 0;
    for (const QChar ch : outputs) {
        if (ch == QLatin1Char('(')) {
            ++depth;
            current += ch;
        } else if (ch == QLatin1Char(')')) {
            --depth;
            current += ch;
        } else if (depth == 0 && QStringLiteral(",;|\t\n").contains(ch)) {
            if (!py::strip(current).isEmpty())
                fields << py::strip(current);
            current.clear();
        } else {
            current += ch;
        }
    }
    if (!py::strip(current).isEmpty())
        fields << py::strip(current);
    PyValue properties = PyValue::dict();
    for (const QString &spec : std::as_const(fields)) {
        const QString f = py::strip(spec);
        const int colon = f.indexOf(QLatin1Char(':'));
        QString name = f;
        PyValue schema = d({ { "type", s("string") } });
        if (colon >= 0) {
            name = py::strip(f.left(colon));
            schema = typeAlias(py::strip(f.mid(colon + 1)));
        }
        if (!name.isEmpty())
            properties.insert(name, schema);
    }
    return d({ { "type", s("object") }, { "properties", properties } });
}

PyValue schemaOf(const ControlTagInfo &c)
{
    const QString tag = c.tag.toLower();
    const QString to = firstToName(c);
    if (tag == QLatin1String("choices")) {
        if (attr(c, "choice") == QStringLiteral("multiple"))
            return d({ { "type", s("array") },
                { "items", d({ { "type", s("string") }, { "enum", strings(c.labels) } }) },
                { "uniqueItems", b(true) }, { "description", s(QStringLiteral("Choices for ") + to) } });
        return d({ { "type", s("string") }, { "enum", strings(c.labels) },
            { "description", s(QStringLiteral("Choices for ") + to) } });
    }
    if (tag == QLatin1String("labels")) {
        const PyValue item = d({ { "type", s("object") },
            { "required", l({ s("start"), s("end"), s("labels") }) },
            { "properties",
                d({ { "start", spanIndex() }, { "end", spanIndex() },
                    { "labels",
                        d({ { "type", s("array") },
                            { "items", d({ { "type", s("string") }, { "enum", strings(c.labels) } }) } }) },
                    { "text", d({ { "type", s("string") } }) } }) } });
        return d({ { "type", s("array") }, { "items", item },
            { "description", s(QStringLiteral("Labels and span indices for ") + to) } });
    }
    if (tag == QLatin1String("brush") || tag == QLatin1String("magicwand"))
        return objectSchema(brushProperties(), l({ s("format"), s("rle") }));
    if (tag == QLatin1String("brushlabels"))
        return objectSchema(
            withLabels(brushProperties(), "brushlabels", c), l({ s("format"), s("rle"), s("brushlabels") }));
    if (tag == QLatin1String("bitmask") || tag == QLatin1String("bitmasklabels")) {
        PyValue props = d({ { "imageDataURL", d({ { "type", s("string") } }) },
            { "format", d({ { "type", s("string") } }) } });
        if (tag == QLatin1String("bitmask"))
            return objectSchema(props, l({ s("imageDataURL") }));
        return objectSchema(
            withLabels(props, "bitmasklabels", c), l({ s("imageDataURL"), s("bitmasklabels") }));
    }
    if (tag == QLatin1String("ellipse"))
        return objectSchema(ellipseProperties(), l({ s("x"), s("y"), s("radiusX"), s("radiusY") }));
    if (tag == QLatin1String("ellipselabels"))
        return objectSchema(withLabels(ellipseProperties(), "ellipselabels", c),
            l({ s("x"), s("y"), s("radiusX"), s("radiusY"), s("ellipselabels") }));
    if (tag == QLatin1String("keypoint") || tag == QLatin1String("keypointlabels")) {
        PyValue props = d({ { "x", number(0, 100) }, { "y", number(0, 100) } });
        if (tag == QLatin1String("keypoint"))
            return objectSchema(props, l({ s("x"), s("y") }));
        return objectSchema(
            withLabels(props, "keypointlabels", c), l({ s("x"), s("y"), s("keypointlabels") }));
    }
    if (tag == QLatin1String("vector"))
        return objectSchema(vectorProperties(), l({ s("vertices") }));
    if (tag == QLatin1String("vectorlabels"))
        return objectSchema(
            withLabels(vectorProperties(), "vectorlabels", c), l({ s("vertices"), s("vectorlabels") }));
    if (tag == QLatin1String("ocrlabels")) {
        const PyValue props
            = d({ { "x", d({ { "type", s("number") } }) }, { "y", d({ { "type", s("number") } }) },
                { "width", d({ { "type", s("number") } }) }, { "height", d({ { "type", s("number") } }) },
                { "rotation", d({ { "type", s("number") } }) }, { "ocrtext", d({ { "type", s("string") } }) },
                { "pageIndex", d({ { "type", s("integer") } }) }, { "ocrlabels", labelsArray(c) } });
        return objectSchema(props, l({ s("x"), s("y"), s("width"), s("height"), s("ocrlabels") }));
    }
    if (tag == QLatin1String("polygon") || tag == QLatin1String("polygonlabels")) {
        const PyValue point = d({ { "type", s("array") }, { "items", number(0, 100) }, { "minItems", i(2) },
            { "maxItems", i(2) } });
        PyValue points = d({ { "type", s("array") }, { "items", point } });
        if (tag == QLatin1String("polygon")) {
            points.insert(QStringLiteral("minItems"), i(3));
            return objectSchema(d({ { "points", points } }), l({ s("points") }));
        }
        return objectSchema(d({ { "points", points }, { "polygonlabels", labelsArray(c) } }),
            l({ s("points"), s("polygonlabels") }));
    }
    if (tag == QLatin1String("rectangle"))
        return objectSchema(rectangleProperties(), l({ s("x"), s("y"), s("width"), s("height") }));
    if (tag == QLatin1String("rectanglelabels"))
        return objectSchema(withLabels(rectangleProperties(), "rectanglelabels", c),
            l({ s("x"), s("y"), s("width"), s("height"), s("rectanglelabels") }));
    if (tag == QLatin1String("videorectangle")) {
        const PyValue item = d({ { "type", s("object") },
            { "properties",
                d({ { "x", number(0, 100) }, { "y", number(0, 100) },
                    { "time", d({ { "type", s("number") }, { "minimum", i(0) } }) },
                    { "frame", d({ { "type", s("integer") }, { "minimum", i(0) } }) },
                    { "width", number(0, 100) }, { "height", number(0, 100) },
                    { "rotation", d({ { "type", s("number") } }) } }) },
            { "required", l({ s("x"), s("y"), s("time"), s("frame"), s("width"), s("height") }) } });
        PyValue props = d({ { "framesCount", d({ { "type", s("integer") }, { "minimum", i(1) } }) },
            { "duration", d({ { "type", s("number") }, { "minimum", i(0) } }) },
            { "sequence", d({ { "type", s("array") }, { "minItems", i(1) }, { "items", item } }) } });
        PyValue required = l({ s("framesCount"), s("duration"), s("sequence") });
        if (!c.labels.isEmpty()) {
            props.insert(QStringLiteral("labels"), labelsArray(c));
            required.append(s("labels"));
        }
        return objectSchema(props, required);
    }
    if (tag == QLatin1String("videovector")) {
        const PyValue props = d({ { "framesCount", d({ { "type", s("integer") }, { "minimum", i(1) } }) },
            { "duration", d({ { "type", s("number") }, { "minimum", i(0) } }) },
            { "sequence", videoVectorSequence(true) } });
        return objectSchema(props, l({ s("sequence") }));
    }
    if (tag == QLatin1String("videovectorlabels")) {
        const PyValue props = d({ { "framesCount", d({ { "type", s("integer") } }) },
            { "duration", d({ { "type", s("number") } }) }, { "sequence", videoVectorSequence(false) },
            { "labels", labelsArray(c) } });
        return objectSchema(props, l({ s("sequence"), s("labels") }));
    }
    if (tag == QLatin1String("number")) {
        PyValue schema
            = d({ { "type", s("number") }, { "description", s(QStringLiteral("Number for ") + to) } });
        // NumberTag._parse_numeric_bound: float(attr), None when absent or not a number.
        const std::pair<const char *, const char *> bounds[] = { { "min", "minimum" }, { "max", "maximum" } };
        for (const auto &bound : bounds) {
            const auto text = attr(c, bound.first);
            const auto f = text ? py::floatFromString(*text) : std::nullopt;
            if (f)
                schema.insert(QLatin1String(bound.second), PyValue::real(*f));
        }
        return schema;
    }
    if (tag == QLatin1String("datetime"))
        return d({ { "type", s("string") }, { "format", s("date-time") },
            { "description", s(QStringLiteral("Date and time for ") + to) } });
    if (tag == QLatin1String("hypertextlabels"))
        return offsetSpanSchema(c, "hypertextlabels");
    if (tag == QLatin1String("paragraphlabels"))
        return offsetSpanSchema(c, "paragraphlabels");
    if (tag == QLatin1String("pairwise")) {
        if (c.toName.size() < 2)
            throw SchemaCrash { tr("Pairwise \"%1\" needs two names in toName (left and right), got %2")
                                    .arg(c.name, pyReprStringList(c.toName)) };
        return d({ { "type", s("string") }, { "enum", l({ s("left"), s("right") }) },
            { "description",
                s(QStringLiteral("Pairwise selection between ") + c.toName.at(0)
                    + QStringLiteral(" (left) and ") + c.toName.at(1) + QStringLiteral(" (right)")) } });
    }
    if (tag == QLatin1String("ranker")) {
        PyValue inner = PyValue::dict();
        inner.insert(c.name,
            d({ { "type", s("array") }, { "items", d({ { "type", s("string") } }) }, { "minItems", i(1) } }));
        return objectSchema(d({ { "ranker", objectSchema(inner, l({ s(c.name) })) } }), l({ s("ranker") }));
    }
    if (tag == QLatin1String("rating")) {
        const auto text = attr(c, "maxRating");
        const PyValue max = text ? intAttribute(*text, QStringLiteral("maxRating")) : i(5);
        return d({ { "type", s("integer") }, { "minimum", i(0) }, { "maximum", max },
            { "description",
                s(QStringLiteral("Rating for ") + to + QStringLiteral(" (0 to ") + max.intText()
                    + QLatin1Char(')')) } });
    }
    if (tag == QLatin1String("chatmessage")) {
        const PyValue content = d({ { "type", s("object") }, { "required", l({ s("role"), s("content") }) },
            { "properties",
                d({ { "role", d({ { "type", s("string") } }) }, { "content", d({ { "type", s("string") } }) },
                    { "createdAt", d({ { "type", s("number") } }) } }) },
            { "additionalProperties", b(true) } });
        return d({ { "type", s("object") }, { "required", l({ s("chatmessage") }) },
            { "properties", d({ { "chatmessage", content } }) },
            { "description", s(QStringLiteral("Chat message for ") + to) } });
    }
    if (tag == QLatin1String("taxonomy"))
        return d({ { "type", s("array") }, { "minItems", i(1) },
            { "items",
                d({ { "type", s("array") }, { "minItems", i(1) },
                    { "items", d({ { "type", s("string") }, { "enum", strings(c.labels) } }) } }) },
            { "description",
                s(QStringLiteral("Taxonomy for ") + to
                    + QStringLiteral(". Each item is a path from root to selected node.")) } });
    if (tag == QLatin1String("textarea"))
        return d({ { "oneOf",
                       l({ d({ { "type", s("string") } }),
                           d({ { "type", s("array") }, { "items", d({ { "type", s("string") } }) } }) }) },
            { "description", s(QStringLiteral("Text or list of texts for ") + to) } });
    if (tag == QLatin1String("timeserieslabels")) {
        const PyValue numberOrInt
            = d({ { "oneOf", l({ d({ { "type", s("integer") } }), d({ { "type", s("number") } }) }) } });
        return objectSchema(
            d({ { "start", numberOrInt }, { "end", numberOrInt },
                { "instant", d({ { "type", s("boolean") } }) }, { "timeserieslabels", labelsArray(c) } }),
            l({ s("start"), s("end"), s("instant"), s("timeserieslabels") }));
    }
    if (tag == QLatin1String("timelinelabels")) {
        const PyValue range = objectSchema(
            d({ { "start", d({ { "type", s("number") } }) }, { "end", d({ { "type", s("number") } }) },
                { "enabled", d({ { "type", s("boolean") } }) } }),
            l({ s("start"), s("end") }));
        return objectSchema(
            d({ { "ranges", d({ { "type", s("array") }, { "items", range }, { "minItems", i(1) } }) },
                { "timelinelabels", labelsArray(c) } }),
            l({ s("ranges"), s("timelinelabels") }));
    }
    if (tag == QLatin1String("reactcode"))
        return reactCodeSchema(c);
    return d({ { "type", s("string") } }); // ControlTag.to_json_schema (Relations, unknown tags)
}
} // namespace

std::optional<PyValue> controlJsonSchema(const ControlTagInfo &control, QString *error)
{
    try {
        return schemaOf(control);
    } catch (const SchemaCrash &crash) {
        if (error)
            *error = tr("Control \"%1\": %2").arg(control.name, crash.message);
        return std::nullopt;
    }
}

std::optional<PyValue> labelConfigJsonSchema(const LabelInterface &config, QString *error)
{
    PyValue properties = PyValue::dict();
    PyValue required = PyValue::list();
    for (const ControlTagInfo &c : config.controls()) {
        if (attr(c, "required").value_or(QStringLiteral("false")).toLower() == QLatin1String("true"))
            required.append(PyValue::string(c.name));
    }
    for (const ControlTagInfo &c : config.controls()) {
        const auto schema = controlJsonSchema(c, error);
        if (!schema)
            return std::nullopt;
        properties.insert(c.name, *schema);
    }
    return d({ { "type", s("object") }, { "properties", properties }, { "required", required } });
}

} // namespace lsdesk

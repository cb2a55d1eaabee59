#include "labelconfig/validate_pydantic.h"

#include "labelconfig/validate_python.h"

#include <QHash>
#include <cmath>
#include <memory>

namespace lsdesk::pd {

namespace {
// pydantic-core trims numeric strings with Rust's str::trim (Unicode White_Space).
QString rustTrim(const QString &s)
{
    int b = 0, e = int(s.size());
    while (b < e && py::isRustWhitespace(s.at(b).unicode()))
        ++b;
    while (e > b && py::isRustWhitespace(s.at(e - 1).unicode()))
        --e;
    return s.mid(b, e - b);
}

// pydantic-core's strip_underscores: none at either end, never two in a row.
std::optional<QString> stripUnderscores(const QString &s)
{
    if (s.startsWith(QLatin1Char('_')) || s.endsWith(QLatin1Char('_')) || s.contains(QLatin1String("__")))
        return std::nullopt;
    return QString(s).remove(QLatin1Char('_'));
}

bool asciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Rust's f64::from_str grammar.
std::optional<double> rustFloat(const QString &s)
{
    int i = 0;
    if (i < s.size() && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')))
        ++i;
    const QString rest = s.mid(i).toLower();
    if (rest == QLatin1String("inf") || rest == QLatin1String("infinity") || rest == QLatin1String("nan"))
        return py::cStrtod(s.toLatin1());
    int digits = 0;
    while (i < s.size() && asciiDigit(s.at(i))) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < s.size() && asciiDigit(s.at(i))) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (i < s.size() && (s.at(i) == QLatin1Char('e') || s.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < s.size() && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')))
            ++i;
        int exp = 0;
        while (i < s.size() && asciiDigit(s.at(i))) {
            ++i;
            ++exp;
        }
        if (exp == 0)
            return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    return py::cStrtod(s.toLatin1());
}

std::optional<PyValue> rustInt(const QString &s)
{
    int i = 0;
    if (i < s.size() && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')))
        ++i;
    if (i == s.size())
        return std::nullopt;
    for (int j = i; j < s.size(); ++j) {
        if (!asciiDigit(s.at(j)))
            return std::nullopt;
    }
    return PyValue::integerFromText(s);
}

// For ints pydantic-core is stricter than for floats: an underscore must sit between two digits
// ("+_1" is a float but not an int).
std::optional<PyValue> intWithUnderscores(const QString &s)
{
    if (auto i = rustInt(s))
        return i;
    for (int k = 0; k < s.size(); ++k) {
        if (s.at(k) == QLatin1Char('_')
            && (k == 0 || k + 1 == s.size() || !asciiDigit(s.at(k - 1)) || !asciiDigit(s.at(k + 1))))
            return std::nullopt;
    }
    return rustInt(QString(s).remove(QLatin1Char('_')));
}

bool isNegativeInt(const PyValue &i)
{
    return i.intText().startsWith(QLatin1Char('-'));
}

Type t(Type::Kind k)
{
    Type r;
    r.kind = k;
    return r;
}
Type flt(std::optional<double> le = std::nullopt)
{
    Type r = t(Type::Kind::Float);
    r.le = le;
    return r;
}
Type integer(std::optional<double> ge = std::nullopt)
{
    Type r = t(Type::Kind::Int);
    r.ge = ge;
    return r;
}
Type str()
{
    return t(Type::Kind::Str);
}
Type boolean()
{
    return t(Type::Kind::Bool);
}
Type listOf(Type item, int minLength = 0)
{
    Type r = t(Type::Kind::List);
    r.args = { std::move(item) };
    r.minLength = minLength;
    return r;
}
Type strList()
{
    return listOf(str());
}
Type tuple2(Type a, Type b)
{
    Type r = t(Type::Kind::Tuple);
    r.args = { std::move(a), std::move(b) };
    return r;
}
Type dictOf(Type value)
{
    Type r = t(Type::Kind::Dict);
    r.args = { std::move(value) };
    return r;
}
Type model(const Model *m)
{
    Type r = t(Type::Kind::Model);
    r.model = m;
    return r;
}
Type unionOf(std::vector<Type> members)
{
    Type r = t(Type::Kind::Union);
    r.args = std::move(members);
    return r;
}
Type optional(Type x)
{
    x.nullable = true;
    return x;
}
Field req(const char *name, Type type)
{
    return { QLatin1String(name), std::move(type), true };
}
Field opt(const char *name, Type type)
{
    return { QLatin1String(name), optional(std::move(type)), false };
}
// A field with a non-None default that is not Optional: may be omitted, may not be null.
Field dflt(const char *name, Type type)
{
    return { QLatin1String(name), std::move(type), false };
}

struct Registry
{
    QHash<QString, Model *> models;
    std::vector<std::unique_ptr<Model>> owned;

    Model *add(const char *name, std::vector<Field> fields)
    {
        owned.push_back(std::make_unique<Model>(Model { QLatin1String(name), std::move(fields) }));
        models.insert(QLatin1String(name), owned.back().get());
        return owned.back().get();
    }
    // class Child(Parent): parent's fields first, then the new ones.
    Model *derive(const char *name, const Model *parent, std::vector<Field> more)
    {
        std::vector<Field> fields = parent->fields;
        for (auto &f : more)
            fields.push_back(std::move(f));
        return add(name, std::move(fields));
    }

    Registry()
    {
        // control_tags.py, label-studio-sdk 2.1.2.
        const Type span = unionOf({ flt(), integer(), str() });
        const Model *spanSel = add("SpanSelection", { req("start", span), req("end", span) });
        const Model *spanOff = derive("SpanSelectionOffsets", spanSel,
            { opt("startOffset", integer(0)), opt("endOffset", integer(0)) });
        add("ChoicesValue", { req("choices", strList()) });
        derive("LabelsValue", spanSel, { req("labels", strList()) });

        Type rle = listOf(integer());
        rle.rle = true;
        const Model *brush = add("BrushValue", { dflt("format", str()), req("rle", rle) });
        derive("BrushLabelsValue", brush, { req("brushlabels", strList()) });
        const Model *bitmask = add("BitmaskValue", { req("imageDataURL", str()), opt("format", str()) });
        derive("BitmaskLabelsValue", bitmask, { req("bitmasklabels", strList()) });
        const Model *ellipse = add("EllipseValue",
            { req("x", flt(100)), req("y", flt(100)), req("radiusX", flt(50)), req("radiusY", flt(50)),
                opt("rotation", flt(360)) });
        derive("EllipseLabelsValue", ellipse, { req("ellipselabels", strList()) });
        const Model *keypoint = add("KeyPointValue", { req("x", flt(100)), req("y", flt(100)) });
        derive("KeyPointLabelsValue", keypoint, { req("keypointlabels", strList()) });
        const Model *vertex = add("VectorVertex",
            { req("x", flt()), req("y", flt()), opt("id", str()), opt("isBezier", boolean()),
                opt("prevPointId", str()) });
        const Model *vector
            = add("VectorValue", { opt("closed", boolean()), req("vertices", listOf(model(vertex))) });
        derive("VectorLabelsValue", vector, { req("vectorlabels", strList()) });
        add("OcrLabelsValue",
            { req("x", flt()), req("y", flt()), req("width", flt()), req("height", flt()),
                opt("rotation", flt()), opt("ocrtext", str()), req("ocrlabels", strList()),
                opt("pageIndex", integer()) });
        const Model *polygon = add("PolygonValue", { req("points", listOf(tuple2(flt(100), flt(100)))) });
        derive("PolygonLabelsValue", polygon, { req("polygonlabels", strList()) });
        const Model *rect = add("RectangleValue",
            { req("x", flt(100)), req("y", flt(100)), req("width", flt(100)), req("height", flt(100)),
                opt("rotation", flt(360)) });
        derive("RectangleLabelsValue", rect, { req("rectanglelabels", strList()) });
        const Model *vrSeq = add("VideoRectangleSequenceValue",
            { req("x", flt(100)), req("y", flt(100)), req("time", flt()), req("frame", integer()),
                req("width", flt(100)), req("height", flt(100)), opt("rotation", flt()) });
        add("VideoRectangleValue",
            { req("framesCount", integer()), req("duration", flt()), req("sequence", listOf(model(vrSeq))),
                opt("labels", strList()) });
        const Model *vvSeq = add("VideoVectorSequenceValue",
            { opt("time", flt()), req("frame", integer()), opt("closed", boolean()),
                opt("enabled", boolean()), req("vertices", listOf(model(vertex))) });
        const Model *vv = add("VideoVectorValue",
            { opt("framesCount", integer()), opt("duration", flt()), req("sequence", listOf(model(vvSeq))) });
        derive("VideoVectorLabelsValue", vv, { opt("labels", strList()) });
        add("NumberValue", { req("number", flt()) });
        add("DateTimeValue", { req("datetime", str()) });
        derive("HyperTextLabelsValue", spanOff, { req("hypertextlabels", strList()) });
        add("PairwiseValue", { req("selected", str()) });
        derive("ParagraphLabelsValue", spanOff, { req("paragraphlabels", strList()) });
        add("RankerValue", { req("ranker", dictOf(strList())) });
        add("RatingValue", { req("rating", integer(0)) });
        const Model *chat = add(
            "ChatMessageContent", { req("role", str()), req("content", str()), opt("createdAt", integer()) });
        add("ChatMessageValue", { req("chatmessage", model(chat)) });
        add("TaxonomyValue", { req("taxonomy", listOf(strList())) });
        add("TextAreaValue", { req("text", strList()) });
        derive("TimeSeriesValue", spanSel, { req("instant", boolean()), req("timeserieslabels", strList()) });
        const Model *range = add("TimelineRange",
            { req("start", unionOf({ integer(), flt() })), req("end", unionOf({ integer(), flt() })),
                opt("enabled", boolean()) });
        add("TimelineLabelsValue",
            { req("ranges", listOf(model(range), 1)), req("timelinelabels", strList()) });
        add("ReactCodeValue", { req("reactcode", dictOf(t(Type::Kind::Any))) });
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}
} // namespace

QStringList Model::fieldNames() const
{
    QStringList names;
    for (const Field &f : fields)
        names << f.name;
    return names;
}

std::optional<double> laxFloat(const PyValue &v)
{
    switch (v.type()) {
    case PyValue::Type::Bool:
    case PyValue::Type::Float:
        return v.toDouble();
    case PyValue::Type::Int: {
        const double d = v.toDouble();
        return std::isinf(d) ? std::nullopt : std::optional<double>(d);
    }
    case PyValue::Type::Str: {
        const QString s = rustTrim(v.str());
        if (auto d = rustFloat(s))
            return d;
        if (const auto stripped = stripUnderscores(s))
            return rustFloat(*stripped);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<PyValue> laxInt(const PyValue &v)
{
    switch (v.type()) {
    case PyValue::Type::Bool:
        return PyValue::integer(v.toBool() ? 1 : 0);
    case PyValue::Type::Int:
        return v;
    case PyValue::Type::Float: {
        // Only exact integers strictly inside the i64 range (pydantic-core float -> int).
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || d <= -9223372036854775808.0
            || d >= 9223372036854775808.0)
            return std::nullopt;
        return PyValue::integer(qint64(d));
    }
    case PyValue::Type::Str: {
        const QString s = rustTrim(v.str());
        if (s.size() > 4300)
            return std::nullopt;
        if (auto i = intWithUnderscores(s))
            return i;
        // "3.000" is an int, "3." and "3.5" are not.
        const int dot = s.indexOf(QLatin1Char('.'));
        if (dot >= 0) {
            const QString frac = s.mid(dot + 1);
            if (!frac.isEmpty() && frac.count(QLatin1Char('0')) == frac.size())
                return intWithUnderscores(s.left(dot));
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<bool> laxBool(const PyValue &v)
{
    switch (v.type()) {
    case PyValue::Type::Bool:
        return v.toBool();
    case PyValue::Type::Int:
        if (v.intFits64() && (v.toInt64() == 0 || v.toInt64() == 1))
            return v.toInt64() == 1;
        return std::nullopt;
    case PyValue::Type::Float:
        if (v.toDouble() == 0 || v.toDouble() == 1)
            return v.toDouble() == 1;
        return std::nullopt;
    case PyValue::Type::Str: {
        static const QStringList yes { QStringLiteral("1"), QStringLiteral("on"), QStringLiteral("t"),
            QStringLiteral("true"), QStringLiteral("y"), QStringLiteral("yes") };
        static const QStringList no { QStringLiteral("0"), QStringLiteral("off"), QStringLiteral("f"),
            QStringLiteral("false"), QStringLiteral("n"), QStringLiteral("no") };
        const QString l = v.str().toLower();
        if (yes.contains(l))
            return true;
        if (no.contains(l))
            return false;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool validateType(const Type &type, const PyValue &v)
{
    if (v.isNone() && type.nullable)
        return true;
    switch (type.kind) {
    case Type::Kind::Any:
        return true;
    case Type::Kind::Float: {
        const auto d = laxFloat(v);
        return d && (!type.le || *d <= *type.le); // NaN and inf fail an upper bound
    }
    case Type::Kind::Int: {
        const auto i = laxInt(v);
        return i && (!type.ge || !isNegativeInt(*i)); // only ge=0 is used
    }
    case Type::Kind::Str:
        return v.isStr();
    case Type::Kind::Bool:
        return laxBool(v).has_value();
    case Type::Kind::List: {
        if (!v.isList() || v.size() < type.minLength)
            return false;
        for (const PyValue &item : v.items()) {
            if (!validateType(type.args.front(), item))
                return false;
        }
        if (type.rle) {
            // validate_rle runs on the coerced ints: non-empty, each within 0..255.
            if (v.size() == 0)
                return false;
            for (const PyValue &item : v.items()) {
                const PyValue i = *laxInt(item);
                if (!i.intFits64() || i.toInt64() < 0 || i.toInt64() > 255)
                    return false;
            }
        }
        return true;
    }
    case Type::Kind::Tuple:
        if (!v.isList() || v.size() != int(type.args.size()))
            return false;
        for (int i = 0; i < v.size(); ++i) {
            if (!validateType(type.args[size_t(i)], v.at(i)))
                return false;
        }
        return true;
    case Type::Kind::Dict:
        if (!v.isDict())
            return false;
        for (const PyValue &item : v.items()) {
            if (!validateType(type.args.front(), item))
                return false;
        }
        return true;
    case Type::Kind::Model:
        return validateModel(*type.model, v);
    case Type::Kind::Union:
        for (const Type &member : type.args) {
            if (validateType(member, v))
                return true;
        }
        return false;
    }
    return false;
}

bool validateModel(const Model &m, const PyValue &data)
{
    if (!data.isDict())
        return false;
    for (const Field &f : m.fields) {
        const PyValue *v = data.get(f.name);
        if (!v) {
            if (f.required)
                return false;
            continue;
        }
        if (!validateType(f.type, *v))
            return false;
    }
    return true;
}

const Model *valueModel(const QString &className)
{
    return registry().models.value(className);
}

} // namespace lsdesk::pd
